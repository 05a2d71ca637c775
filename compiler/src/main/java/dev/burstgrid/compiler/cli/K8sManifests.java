package dev.burstgrid.compiler.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files of {@code bggoc k8s}: a Kubernetes Indexed Job whose N pods each run one segment
 * of the built grid jar from one start instant and write their JSON report to a shared volume,
 * the ConfigMap with that instant and the grid's variables, the volume claim, a pod to collect
 * the reports from, and the Dockerfile of the image. YAML is written by hand: every value that
 * comes from the user is a quoted scalar.
 */
final class K8sManifests {

  /** What the manifests are made of. */
  record Spec(String name, String image, int parallelism, Instant startAt, Map<String, String> variables,
      String storageClass) {}

  private K8sManifests() {}

  /** File name → content, in the order {@code kubectl apply -f DIR} needs nothing of. */
  static Map<String, String> of(Spec s) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("Dockerfile", dockerfile());
    files.put("configmap.yaml", configMap(s));
    files.put("reports-pvc.yaml", claim(s));
    files.put("job.yaml", job(s));
    files.put("collector.yaml", collector(s));
    return files;
  }

  private static String dockerfile() {
    return "FROM eclipse-temurin:17-jre\n"
        + "COPY grid.jar /grid/grid.jar\n"
        + "ENTRYPOINT [\"java\", \"-jar\", \"/grid/grid.jar\"]\n";
  }

  private static String configMap(Spec s) {
    StringBuilder y = new StringBuilder();
    y.append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ").append(q(s.name() + "-config")).append('\n');
    labels(y, s, "  ");
    y.append("data:\n  BGGO_START_AT: ").append(q(s.startAt().toString())).append('\n');
    for (Map.Entry<String, String> v : s.variables().entrySet()) {
      y.append("  ").append(q("BGGO_VAR_" + v.getKey())).append(": ").append(q(v.getValue())).append('\n');
    }
    return y.toString();
  }

  private static String claim(Spec s) {
    StringBuilder y = new StringBuilder();
    y.append("apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: ").append(q(s.name() + "-reports"))
        .append('\n');
    labels(y, s, "  ");
    y.append("spec:\n  accessModes: [\"ReadWriteMany\"]\n");
    if (s.storageClass() != null) {
      y.append("  storageClassName: ").append(q(s.storageClass())).append('\n');
    }
    y.append("  resources:\n    requests:\n      storage: \"1Gi\"\n");
    return y.toString();
  }

  /**
   * Pod i runs segment i+1 of N: {@code JOB_COMPLETION_INDEX} is the pod's index (0-based) that
   * an Indexed Job sets. A failed threshold (99) is the result, not a pod failure: the pod
   * succeeds when its report was written.
   */
  private static String job(Spec s) {
    String command = "java -jar /grid/grid.jar --quiet --segment $((JOB_COMPLETION_INDEX+1))/" + s.parallelism()
        + " --start-at \"$BGGO_START_AT\" --report-json /reports/part-$((JOB_COMPLETION_INDEX+1)).json;"
        + " code=$?; echo \"segment $((JOB_COMPLETION_INDEX+1))/" + s.parallelism() + " exited $code\";"
        + " test -s /reports/part-$((JOB_COMPLETION_INDEX+1)).json";
    StringBuilder y = new StringBuilder();
    y.append("apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ").append(q(s.name())).append('\n');
    labels(y, s, "  ");
    y.append("spec:\n  completionMode: Indexed\n  completions: ").append(s.parallelism())
        .append("\n  parallelism: ").append(s.parallelism()).append("\n  backoffLimit: 0\n  template:\n    metadata:\n");
    labels(y, s, "      ");
    y.append("    spec:\n      restartPolicy: Never\n      containers:\n        - name: grid\n          image: ")
        .append(q(s.image())).append("\n          command: [\"/bin/sh\", \"-c\"]\n          args:\n            - ")
        .append(q(command)).append('\n');
    y.append("          envFrom:\n            - configMapRef:\n                name: ").append(q(s.name() + "-config"))
        .append('\n');
    y.append("          volumeMounts:\n            - name: reports\n              mountPath: /reports\n");
    y.append("      volumes:\n        - name: reports\n          persistentVolumeClaim:\n            claimName: ")
        .append(q(s.name() + "-reports")).append('\n');
    return y.toString();
  }

  /** A pod that mounts the reports so that {@code kubectl cp} can fetch them after the Job ended. */
  private static String collector(Spec s) {
    StringBuilder y = new StringBuilder();
    y.append("apiVersion: v1\nkind: Pod\nmetadata:\n  name: ").append(q(s.name() + "-collector")).append('\n');
    labels(y, s, "  ");
    y.append("spec:\n  restartPolicy: Never\n  containers:\n    - name: collector\n      image: ").append(q(s.image()))
        .append("\n      command: [\"/bin/sh\", \"-c\", \"sleep 3600\"]\n");
    y.append("      volumeMounts:\n        - name: reports\n          mountPath: /reports\n");
    y.append("  volumes:\n    - name: reports\n      persistentVolumeClaim:\n        claimName: ")
        .append(q(s.name() + "-reports")).append('\n');
    return y.toString();
  }

  private static void labels(StringBuilder y, Spec s, String indent) {
    y.append(indent).append("labels:\n").append(indent).append("  app.kubernetes.io/name: \"bggo\"\n")
        .append(indent).append("  bggo.dev/grid: ").append(q(s.name())).append('\n');
  }

  /** A double-quoted YAML scalar. */
  static String q(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
