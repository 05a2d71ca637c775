package dev.burstgrid.compiler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bggoc k8s PATH --parallelism N --image IMAGE [-o DIR]}: the grid's jar and the
 * manifests that run it as N segments on Kubernetes (an Indexed Job), see {@link K8sManifests}.
 */
@Command(name = "k8s", mixinStandardHelpOptions = true,
    description = "Builds the grid's jar and writes the Kubernetes manifests that run it in N pods, one segment each, "
        + "from one start instant: an Indexed Job, a ConfigMap, a volume for the reports and a Dockerfile.")
final class K8sCommand implements Callable<Integer> {
  @Mixin GridPathOptions grid;

  @Option(names = "--parallelism", paramLabel = "N", required = true, description = "Pods, one segment each.")
  int parallelism;

  @Option(names = "--image", paramLabel = "IMAGE", required = true,
      description = "The image built from the Dockerfile written here (it holds grid.jar).")
  String image;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "k8s",
      description = "Where to write grid.jar, the Dockerfile and the manifests. Default: ${DEFAULT-VALUE}.")
  Path output;

  @Option(names = "--name", paramLabel = "NAME", description = "The Job's name. Default: from the grid's file name.")
  String name;

  @Option(names = "--start-at", paramLabel = "INSTANT",
      description = "When the segments start (ISO-8601 or epoch ms). Default: 5 minutes from now; edit the ConfigMap to change it.")
  String startAt;

  @Option(names = "--storage-class", paramLabel = "CLASS",
      description = "The storage class of the reports volume (it must allow ReadWriteMany).")
  String storageClass;

  @Option(names = "-var", paramLabel = "NAME=VALUE", description = "A variable for every pod (BGGO_VAR_NAME).")
  List<String> vars = new java.util.ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      K8sManifests.Spec manifest = spec(err);
      Files.createDirectories(output);
      BuildCommand.writeJar(grid, output.resolve("grid.jar"), err);
      for (Map.Entry<String, String> f : K8sManifests.of(manifest).entrySet()) {
        Files.writeString(output.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      out.println("Wrote " + output + ": grid.jar, Dockerfile, configmap.yaml, reports-pvc.yaml, job.yaml, collector.yaml");
      out.println("Next: docker build -t " + image + " " + output + " && docker push " + image
          + " && kubectl apply -f " + output.resolve("configmap.yaml") + " -f " + output.resolve("reports-pvc.yaml")
          + " -f " + output.resolve("job.yaml") + " (README: Kubernetes)");
      return ExitCodes.OK;
    } catch (CommandExit e) {
      return e.code();
    } catch (IOException e) {
      err.println("bggoc: cannot write " + output + ": " + IoProblems.describe(e) + ".");
      return ExitCodes.USAGE;
    }
  }

  private K8sManifests.Spec spec(PrintWriter err) throws CommandExit {
    try {
      if (parallelism < 1) {
        throw new IllegalArgumentException("--parallelism must be at least 1, got " + parallelism);
      }
      Instant start = startAt == null ? Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS)
          : dev.burstgrid.runtime.load.StartAt.parse(startAt);
      Map<String, String> variables = new LinkedHashMap<>();
      for (String v : vars) {
        int eq = v.indexOf('=');
        if (eq < 1) {
          throw new IllegalArgumentException("-var takes NAME=VALUE, not \"" + v + "\"");
        }
        variables.put(v.substring(0, eq), v.substring(eq + 1));
      }
      return new K8sManifests.Spec(jobName(), image, parallelism, start, variables, storageClass);
    } catch (IllegalArgumentException e) {
      err.println("bggoc: " + e.getMessage() + ".");
      throw new CommandExit(ExitCodes.USAGE);
    }
  }

  /** A DNS label: lower case letters, digits and dashes, at most 52 characters (Job pods add a suffix). */
  private String jobName() {
    String base = name != null ? name : grid.path.toAbsolutePath().normalize().getFileName().toString().replaceAll("\\.hcl$", "");
    String label = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    if (label.isEmpty()) {
      label = "bggo-grid";
    }
    return label.length() > 52 ? label.substring(0, 52).replaceAll("-+$", "") : label;
  }
}
