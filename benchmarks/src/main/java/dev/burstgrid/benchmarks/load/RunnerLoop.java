package dev.burstgrid.benchmarks.load;

import dev.burstgrid.modules.http.HttpClientAsset;
import dev.burstgrid.modules.http.HttpClientInstance;
import dev.burstgrid.modules.http.HttpRequestRunner;
import dev.burstgrid.runtime.metrics.MetricRegistry;
import dev.burstgrid.runtime.spi.Metrics;
import dev.burstgrid.runtime.spi.RunContext;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code http_request}'s runner called directly by N callers (platform threads, or virtual ones
 * as {@link OkHttpLoop} starts them) in a closed loop, for a fixed time, on a client configured
 * as {@code benchmarks/load/one_request.hcl}'s: what the http module costs without the scheduler
 * and the load engine. Set beside {@link OkHttpLoop} and the
 * built grid, it tells which layer a gap in throughput comes from. Prints requests/s. With
 * {@code metered} the runner records its metrics into a load run's registry (under the step, as
 * a load test does); without, nowhere.
 *
 * <pre>java -cp benchmarks.jar dev.burstgrid.benchmarks.load.RunnerLoop URL CALLERS SECONDS [virtual|platform] [metered]</pre>
 */
public final class RunnerLoop {
  private RunnerLoop() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int callers = Integer.parseInt(args[1]);
    long seconds = Long.parseLong(args[2]);
    boolean virtual = args.length > 3 && args[3].equals("virtual");
    HttpClientAsset.Config d = HttpClientAsset.Config.DEFAULTS;
    HttpClientInstance client = HttpClientInstance.create(new HttpClientAsset.Config(
        d.timeout(), d.connectTimeout(), d.followRedirects(), callers, d.queueTimeout(),
        d.insecureSkipVerify(), d.headers(), d.cookies(), d.httpVersion(), d.maxBody(), null, null, null));
    HttpRequestRunner runner = new HttpRequestRunner();
    HttpRequestRunner.Input input = new HttpRequestRunner.Input(
        url, "GET", Map.of(), Map.of(), null, null, null, null, null, null, null, null, false);
    HttpRequestRunner.Uses uses = new HttpRequestRunner.Uses(client);
    Metrics metrics = args.length > 4 && args[4].equals("metered")
        ? new MetricRegistry(System::nanoTime).step("step.http_request.get")
        : Metrics.NONE;
    RunContext context = new LoopContext(metrics);
    AtomicLong requests = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    Runnable loop = () -> {
      while (System.nanoTime() < end) {
        try {
          runner.run(input, uses, context);
        } catch (Exception e) {
          failures.incrementAndGet();
        }
        requests.incrementAndGet();
      }
    };
    double elapsed = Callers.run(callers, virtual, loop);
    System.out.printf("requests %d%nrequests_per_s %.0f%nfailures %d%n",
        requests.get(), requests.get() / elapsed, failures.get());
    client.close();
  }

  /** A step's context with nothing to cancel. */
  private static final class LoopContext implements RunContext {
    private final Metrics metrics;

    LoopContext(Metrics metrics) {
      this.metrics = metrics;
    }

    @Override
    public Metrics metrics() {
      return metrics;
    }

    @Override
    public String address() {
      return "step.http_request.get";
    }

    @Override
    public String location() {
      return "one_request.hcl:13:1";
    }

    @Override
    public PrintStream out() {
      return System.out;
    }

    @Override
    public Map<String, String> environment() {
      return Map.of();
    }

    @Override
    public void onCancel(Runnable hook) {}

    @Override
    public boolean isCancelled() {
      return false;
    }
  }
}
