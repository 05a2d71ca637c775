package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.testmodule.BadDefaultRunner;
import dev.burstgrid.runtime.spi.Runner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module SPI as users meet it through {@code bggoc}: defaults, listings, broken modules. */
class ModuleSpiTest {
  static final Path SEED_MANIFESTS = Paths.get("../../shared/seed/manifests");

  @TempDir Path dir;

  @Test
  void omittedAndNullArgumentsTakeTheModulesTypedDefaults() {
    CliResult r = Cli.run("run", "src/test/resources/run/defaults.hcl");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().lines().toList()).containsExactlyInAnyOrder(
        "step.print.omitted {\"headers\":{\"x-kind\":\"echo\"},\"label\":\"omitted\","
            + "\"limits\":{\"max\":10,\"window\":\"1s\"},\"max_retries\":3,\"note\":null,\"tags\":[\"a\",\"b\"],"
            + "\"verbose\":true,\"wait_for\":\"1.5s\"}",
        "step.print.given {\"headers\":{\"x-kind\":\"echo\"},\"label\":\"given\","
            + "\"limits\":{\"max\":5,\"window\":\"1s\"},\"max_retries\":3,\"note\":null,\"tags\":[\"z\"],"
            + "\"verbose\":true,\"wait_for\":\"2s\"}");
    CliResult set = Cli.run("run", "src/test/resources/run/defaults.hcl", "-var", "verbose=false", "-var", "max=7");
    assertThat(set.out()).as(set.toString()).contains("\"limits\":{\"max\":7,\"window\":\"1s\"}")
        .contains("\"verbose\":false,\"wait_for\":\"2s\"");
  }

  @Test
  void modulesShowsDefaultsAsHcl() {
    CliResult r = Cli.run("modules");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(
        "runner test_echo — Returns its arguments (compiler tests only).",
        "  argument label: string, required — Required.",
        "  argument wait_for: string, default \"1.5s\" — A duration with a default.",
        "  argument max_retries: number, default 3 — A primitive with a default.",
        "  argument tags: list(string), default [\"a\", \"b\"] — A list with a default.",
        "  argument headers: map(string), default { \"x-kind\" = \"echo\" } — A map with a default.",
        "  argument limits: object({max = optional(number), window = optional(string)}), default { max = 10, window = \"1s\" }",
        "  argument note: string, optional — Optional without a default.",
        "  argument timeout: string, default \"10s\"",
        "  argument max_connections: number, default 256");
  }

  /** Every default {@code --format hcl} prints is an HCL expression, and the listing checks clean. */
  @Test
  void manifestListingIsValidHclThatMatchesTheModules() throws IOException {
    CliResult r = Cli.run("modules", "--format", "hcl");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> defaults = r.out().lines().filter(l -> l.startsWith("    default     = "))
        .map(l -> l.substring("    default     = ".length())).toList();
    assertThat(defaults).contains("\"GET\"", "{}", "[\"a\", \"b\"]", "{ max = 10, window = \"1s\" }");
    for (String expr : defaults) {
      CliResult eval = Cli.run("eval", expr);
      assertThat(eval.exitCode()).as(expr + ": " + eval).isZero();
    }
    Path manifests = dir.resolve("manifests.hcl");
    Files.writeString(manifests, r.out());
    CliResult check = Cli.run("check", manifests.toString());
    assertThat(check.exitCode()).as(check.toString()).isZero();
  }

  @Test
  void theSeedManifestsStillMatchTheBuiltInModules() {
    Assumptions.assumeTrue(Files.isDirectory(SEED_MANIFESTS), "seed manifests not present beside the project");
    for (String name : List.of("env_vars", "http_client", "print", "socketio")) {
      CliResult r = Cli.run("check", SEED_MANIFESTS.resolve(name + ".hcl").toString());
      assertThat(r.exitCode()).as(name + ": " + r).isZero();
      assertThat(r.err()).as(name).doesNotContain("Manifest does not match");
    }
  }

  @Test
  void aModuleWithAWronglyTypedDefaultIsReportedByClassAndComponent() throws IOException {
    Path jar = serviceJar(BadDefaultRunner.class);
    String problem = "runner " + BadDefaultRunner.class.getName()
        + ": BadDefaultRunner.Input.DEFAULTS.ports[0] is a java.lang.String, not a java.lang.Integer";
    CliResult listed = Cli.run("modules", "--modules", jar.toString());
    assertThat(listed.exitCode()).as(listed.toString()).isZero();
    assertThat(listed.err()).isEqualTo("bggoc: warning: " + problem + "\n");
    assertThat(listed.out()).doesNotContain("bad_default").contains("runner sleep");

    Path grid = dir.resolve("grid.hcl");
    Files.writeString(grid, "step \"bad_default\" \"b\" {}\n");
    CliResult checked = Cli.run("check", "--modules", jar.toString(), grid.toString());
    assertThat(checked.exitCode()).as(checked.toString()).isEqualTo(3);
    assertThat(checked.err()).contains("grid.hcl:1:6: Error: Unknown runner type")
        .contains("A module defines it, but it cannot be used: " + problem)
        .doesNotContain("Exception");
  }

  /** A jar holding only a service registration for {@code runner} (whose class is on the test class path). */
  private Path serviceJar(Class<?> runner) throws IOException {
    Path jar = dir.resolve("module.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("META-INF/services/" + Runner.class.getName()));
      out.write((runner.getName() + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }
}
