package dev.burstgrid.benchmarks.load;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.HdrHistogram.Recorder;

/**
 * The baseline bggo's load runs are compared with: N callers in a closed loop of synchronous
 * OkHttp GETs on one client sized for them, for a fixed time. Prints requests/s and p99.
 *
 * <pre>java -cp benchmarks.jar dev.burstgrid.benchmarks.load.OkHttpLoop URL CALLERS SECONDS [virtual]</pre>
 */
public final class OkHttpLoop {
  private OkHttpLoop() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int callers = Integer.parseInt(args[1]);
    Duration length = Duration.ofSeconds(Long.parseLong(args[2]));
    boolean virtual = args.length > 3 && args[3].equals("virtual");
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(callers);
    dispatcher.setMaxRequestsPerHost(callers);
    OkHttpClient client = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(callers, 5, TimeUnit.MINUTES))
        .dispatcher(dispatcher)
        .build();
    Request request = new Request.Builder().url(url).build();
    Recorder latencies = new Recorder(3);
    AtomicLong failures = new AtomicLong();
    long end = System.nanoTime() + length.toNanos();
    Runnable loop = () -> {
      while (System.nanoTime() < end) {
        long started = System.nanoTime();
        try (Response response = client.newCall(request).execute()) {
          response.body().bytes();
          if (!response.isSuccessful()) {
            failures.incrementAndGet();
          }
        } catch (Exception e) {
          failures.incrementAndGet();
        }
        latencies.recordValue(System.nanoTime() - started);
      }
    };
    double seconds = Callers.run(callers, virtual, loop);
    var h = latencies.getIntervalHistogram();
    System.out.printf("requests %d%nrequests_per_s %.0f%np99_ms %.2f%nfailures %d%n", h.getTotalCount(),
        h.getTotalCount() / seconds, h.getValueAtPercentile(99) / 1e6, failures.get());
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
