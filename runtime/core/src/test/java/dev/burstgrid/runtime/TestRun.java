package dev.burstgrid.runtime;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** A run whose out and err are captured, on the given kind of threads. */
final class TestRun {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final GridRun run;

  private TestRun(RunOptions.Builder options) {
    this.run =
        GridRun.start(
            options
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8))
                .build());
  }

  static TestRun start(ExecutorKind kind) {
    return new TestRun(defaults(kind));
  }

  static TestRun start(RunOptions.Builder options) {
    return new TestRun(options);
  }

  static RunOptions.Builder defaults(ExecutorKind kind) {
    return RunOptions.builder()
        .executor(kind)
        .environment(Map.of("GREETING", "hello"))
        .cancelGrace(Duration.ofSeconds(5));
  }

  /** The keys {@code 0 … n-1} of a dynamic count group (generated code takes them from bggo-lang). */
  static List<Integer> keys(long n) {
    return IntStream.range(0, Math.toIntExact(n)).boxed().toList();
  }

  static StepInfo step(String name) {
    return new StepInfo("step.test." + name, "grid.hcl:" + (name.length() + 1) + ":1");
  }

  static ResourceInfo resource(String name) {
    return new ResourceInfo("resource.test." + name, "grid.hcl:1:1");
  }

  String log() {
    return err.toString(StandardCharsets.UTF_8);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }
}
