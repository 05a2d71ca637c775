package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code bggoc k8s}: the manifests parse back as YAML with an Indexed Job of N pods, each
 * running its segment from the ConfigMap's start instant; the jar and the Dockerfile are there.
 * (No cluster here: the segment/merge path itself is tested with local processes in RunReportsTest.)
 */
class K8sCommandTest {

  @TempDir Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void writesAnIndexedJobOfNSegments() throws Exception {
    CliResult r = Cli.run("k8s", "src/test/resources/run/reports/segments.hcl", "--parallelism", "4", "--image",
        "registry.example/load:1", "-o", dir.toString(), "--start-at", "2026-12-01T10:00:00Z", "-var", "greeting=a \"b\"");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(dir.resolve("grid.jar")).isNotEmptyFile();
    assertThat(Files.readAllLines(dir.resolve("Dockerfile"))).hasSize(3).first().asString().startsWith("FROM ");

    Map<String, Object> job = yaml("job.yaml");
    assertThat(job).containsEntry("kind", "Job").containsEntry("apiVersion", "batch/v1");
    assertThat(path(job, "metadata", "name")).isEqualTo("segments");
    Map<String, Object> spec = (Map<String, Object>) job.get("spec");
    assertThat(spec).containsEntry("completionMode", "Indexed").containsEntry("completions", 4)
        .containsEntry("parallelism", 4);
    Map<String, Object> container = ((List<Map<String, Object>>) path(job, "spec", "template", "spec", "containers")).get(0);
    assertThat(container).containsEntry("image", "registry.example/load:1");
    String command = ((List<String>) container.get("args")).get(0);
    assertThat(command).contains("--segment $((JOB_COMPLETION_INDEX+1))/4", "--start-at \"$BGGO_START_AT\"",
        "--report-json /reports/part-$((JOB_COMPLETION_INDEX+1)).json");
    assertThat(path(job, "spec", "template", "spec", "restartPolicy")).isEqualTo("Never");

    Map<String, Object> config = yaml("configmap.yaml");
    assertThat(path(config, "data", "BGGO_START_AT")).isEqualTo("2026-12-01T10:00:00Z");
    assertThat(path(config, "data", "BGGO_VAR_greeting")).isEqualTo("a \"b\"");
    assertThat(path(yaml("reports-pvc.yaml"), "spec", "accessModes")).isEqualTo(List.of("ReadWriteMany"));
    assertThat(path(yaml("collector.yaml"), "kind")).isEqualTo("Pod");
  }

  @Test
  void aBadParallelismIsAUsageError() {
    CliResult r = Cli.run("k8s", "src/test/resources/run/reports/segments.hcl", "--parallelism", "0", "--image", "x",
        "-o", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--parallelism must be at least 1");
  }

  private Map<String, Object> yaml(String file) throws Exception {
    return new Yaml().load(Files.readString(dir.resolve(file)));
  }

  @SuppressWarnings("unchecked")
  private static Object path(Map<String, Object> m, String... keys) {
    Object v = m;
    for (String k : keys) {
      v = ((Map<String, Object>) v).get(k);
    }
    return v;
  }
}
