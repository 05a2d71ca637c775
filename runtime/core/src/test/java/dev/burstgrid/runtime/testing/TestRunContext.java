package dev.burstgrid.runtime.testing;

import dev.burstgrid.runtime.spi.Metrics;
import dev.burstgrid.runtime.spi.RunContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A run context for module tests: captured stdout, a given environment, manual cancellation.
 * Shared through the runtime's test jar.
 */
public final class TestRunContext implements RunContext {
  private final String address;
  private final Map<String, String> environment;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
  private final List<Runnable> hooks = new CopyOnWriteArrayList<>();
  private final CountDownLatch hookRegistered = new CountDownLatch(1);
  private volatile boolean cancelled;
  private volatile Metrics metrics = Metrics.NONE;

  public TestRunContext(String address, Map<String, String> environment) {
    this.address = address;
    this.environment = environment;
  }

  public TestRunContext(String address) {
    this(address, System.getenv());
  }

  @Override
  public String address() {
    return address;
  }

  @Override
  public String location() {
    return "test.hcl:1:1";
  }

  @Override
  public PrintStream out() {
    return out;
  }

  @Override
  public Map<String, String> environment() {
    return environment;
  }

  @Override
  public synchronized void onCancel(Runnable hook) {
    hooks.add(hook);
    hookRegistered.countDown();
    if (cancelled) {
      hook.run();
    }
  }

  @Override
  public boolean isCancelled() {
    return cancelled;
  }

  @Override
  public Metrics metrics() {
    return metrics;
  }

  /** From now on the runner records its metrics into {@code into}; returns this. */
  public TestRunContext recordingMetricsInto(Metrics into) {
    this.metrics = into;
    return this;
  }

  /** Cancels as the runtime does, minus the interrupt: runs every registered hook. */
  public synchronized void cancel() {
    cancelled = true;
    hooks.forEach(Runnable::run);
  }

  /** Waits until the runner registered a cancel hook (it has started its work). */
  public void awaitHook() throws InterruptedException {
    hookRegistered.await();
  }

  public String printed() {
    return captured.toString(StandardCharsets.UTF_8);
  }
}
