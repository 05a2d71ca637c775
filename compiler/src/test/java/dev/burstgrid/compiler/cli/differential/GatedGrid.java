package dev.burstgrid.compiler.cli.differential;

import dev.burstgrid.compiler.cli.Cli;
import dev.burstgrid.compiler.cli.CliResult;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.Verbosity;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * Probes that fail at run time, built once ({@code bggoc build}) and run one at a time from the
 * built jar's grid class: each probe's step is gated by a variable ({@code count =
 * var.<name>__on ? 1 : 0}, or the group's size or map when off), so a run executes exactly one
 * probe and fail-fast has nothing else to cancel. One javac run instead of one per probe.
 *
 * <p>The gate makes every step a group sized at run time; the probe's expression is written as
 * it would be for any instance.
 */
final class GatedGrid {
  private final Path dir;
  private final List<Probe> probes;
  private Method run;
  private Map<String, Value> variables;

  GatedGrid(Path dir, List<Probe> probes) {
    this.dir = dir;
    this.probes = probes;
  }

  /** Builds the jar; the {@code bggoc build} result when that fails, else null. */
  CliResult build() {
    try {
      Path grid = Files.createDirectories(dir.resolve("gated"));
      variables = new LinkedHashMap<>();
      for (Probe p : probes) {
        Files.writeString(grid.resolve(p.name() + ".hcl"), GridRunner.source(p, gate(p)));
        variables.putAll(p.variables());
        if (p.group() != null && p.group().fromVariable()) {
          variables.put(p.groupVariable(), p.group().value());
        }
        variables.put(gate(p), Value.bool(false));
      }
      Path jar = dir.resolve("gated.jar");
      CliResult built = Cli.run("build", grid.toString(), "-o", jar.toString());
      if (built.exitCode() != 0) {
        return built;
      }
      String mainClass;
      try (JarFile j = new JarFile(jar.toFile())) {
        mainClass = j.getManifest().getMainAttributes().getValue("Main-Class");
      }
      ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
      run = loader.loadClass(mainClass).getMethod("run", RunOptions.class, Map.class);
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load the built grid", e);
    }
  }

  /** Runs {@code p} alone; stdout and stderr as {@code bggoc run --quiet} would print them. */
  CliResult runAlone(Probe p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, Value> given = new LinkedHashMap<>(variables);
    given.put(gate(p), Value.bool(true));
    RunOptions options = RunOptions.builder()
        .out(new PrintStream(out, true, StandardCharsets.UTF_8))
        .err(new PrintStream(err, true, StandardCharsets.UTF_8))
        .verbosity(Verbosity.QUIET)
        .build();
    try {
      RunResult result = (RunResult) run.invoke(null, options, given);
      String printed = out.toString(StandardCharsets.UTF_8);
      String logged = err.toString(StandardCharsets.UTF_8);
      if (p.group() == null) {
        // A single probe runs as instance [0] of its gate.
        printed = printed.replace("step.print." + p.name() + "[0] ", "step.print." + p.name() + " ");
        logged = logged.replace("step.print." + p.name() + "[0] ", "step.print." + p.name() + " ");
      }
      return new CliResult(result.exitCode(), printed, logged);
    } catch (ReflectiveOperationException e) {
      return new CliResult(70, "", "the built grid threw " + e.getCause() + " for " + Json.encode(given.get(gate(p))));
    }
  }

  static String gate(Probe p) {
    return p.name() + "__on";
  }
}
