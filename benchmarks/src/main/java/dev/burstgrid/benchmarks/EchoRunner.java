package dev.burstgrid.benchmarks;

import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;

/**
 * {@code bench_echo}: returns its {@code url} unchanged, so that a benchmark of a one-step
 * iteration measures the generated code and the scheduler, not I/O. It remembers the last URL
 * (one volatile write) so that a benchmark's setup can check what the expression produced.
 */
@Kind(name = "bench_echo", doc = "Benchmarks only: returns its url unchanged.")
public final class EchoRunner implements Runner<EchoRunner.Input, EchoRunner.Output> {
  private static volatile String lastUrl;

  @Doc("Arguments of bench_echo.")
  public record Input(@Doc("Any string; typed like http_request's url.") String url) {}

  @Doc("Outputs of bench_echo.")
  public record Output(@Doc("The url, unchanged.") String url) {}

  /** The url of the latest bench_echo step in this JVM. */
  static String lastUrl() {
    return lastUrl;
  }

  @Override
  public Output run(Input input, RunContext context) {
    lastUrl = input.url();
    return new Output(input.url());
  }
}
