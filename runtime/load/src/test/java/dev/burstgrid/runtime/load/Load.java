package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.RunOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Runs load scenarios with captured output. */
final class Load {

  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final LoadOptions options;

  Load() {
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    this.options = LoadOptions.of(
        RunOptions.builder().out(stream).err(stream).cancelGrace(Duration.ofSeconds(5)).build());
  }

  LoadResult run(String name, Executor executor, Iteration iteration) {
    return LoadRun.run(options, List.of(scenario(name, executor, iteration)));
  }

  static Scenario scenario(String name, Executor executor, Iteration iteration) {
    return new Scenario(name, executor, Duration.ZERO, Duration.ofSeconds(5), iteration);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  static Duration ms(long ms) {
    return Duration.ofMillis(ms);
  }
}
