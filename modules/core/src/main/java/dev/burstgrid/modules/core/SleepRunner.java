package dev.burstgrid.modules.core;

import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import dev.burstgrid.lang.value.Durations;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code sleep}: waits for a duration; returns early, failing, when the run is cancelled. */
@Kind(name = "sleep", doc = "Waits for the given duration.")
public final class SleepRunner implements Runner<SleepRunner.Input, SleepRunner.Output> {

  @Doc("Arguments of sleep.")
  public record Input(@Doc("How long to wait, such as \"500ms\" or \"2s\".") Duration duration) {}

  @Doc("Outputs of sleep.")
  public record Output(@Doc("How long the step waited.") Duration duration) {}

  @Override
  public Output run(Input input, RunContext context) throws InterruptedException {
    Duration duration = input.duration();
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          "duration must not be negative, got \"" + Durations.format(duration) + "\"");
    }
    // Wakes on interruption (InterruptedException) and on the cancel hook alike.
    CountDownLatch cancelled = new CountDownLatch(1);
    context.onCancel(cancelled::countDown);
    // TimeUnit.convert saturates: a duration too long for a long of nanoseconds waits "forever".
    if (cancelled.await(TimeUnit.NANOSECONDS.convert(duration), TimeUnit.NANOSECONDS)) {
      throw new CancellationException("sleep cancelled");
    }
    return new Output(duration);
  }
}
