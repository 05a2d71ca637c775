package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A grid built with {@code bggoc build}, for tests that run the jar as its own process. */
final class BuiltJar {
  private BuiltJar() {}

  /** Builds {@code grid} into {@code jar}; the command that runs it, {@code java -jar JAR}, to add arguments to. */
  static List<String> build(Path grid, Path jar) {
    CliResult built = Cli.run("build", grid.toString(), "-o", jar.toString());
    assertThat(built.exitCode()).as(built.toString()).isZero();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ArrayList<>(List.of(java, "-jar", jar.toString()));
  }
}
