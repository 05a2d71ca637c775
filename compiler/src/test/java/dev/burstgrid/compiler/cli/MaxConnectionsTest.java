package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code max_connections} caps requests in flight whatever threads the steps run on (a platform
 * pool on Java 17, a virtual thread each on 21+: CI runs this class on both), and a request's
 * {@code timeout} does not count its wait for a slot; the connections are kept alive and reused.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class MaxConnectionsTest {

  @Test
  void twentyThousandRequestsNeverHaveMoreThanFiftyInFlight() throws Exception {
    try (InFlightServer server = new InFlightServer(64, 5)) {
      CliResult r = Cli.run("run", "--quiet", "src/test/resources/http/max_connections.hcl",
          "-var", "base_url=" + server.baseUrl());
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("step.print.done 20000\n");
      assertThat(server.requests()).isEqualTo(20_000);
      assertThat(server.peak()).as("peak of requests in flight at the server").isBetween(1, 50);
      // Kept alive and reused: the pool holds at most max_connections idle ones.
      assertThat(server.connections()).as("connections the server saw").isBetween(1, 50);
    }
  }

  @Test
  void theWaitForASlotIsNotPartOfTheTimeout() throws Exception {
    // 6 × 500 ms through one slot: the last request is sent after 2.5 s, past its 2 s timeout,
    // and takes 500 ms of it. Few threads, so no scheduling burst eats into that margin.
    try (InFlightServer server = new InFlightServer(4, 500)) {
      CliResult r = Cli.run("run", "--quiet", "src/test/resources/http/queue_wait.hcl",
          "-var", "base_url=" + server.baseUrl());
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("step.print.done 6\n");
      assertThat(server.peak()).isEqualTo(1);
    }
  }

  /** Answers 200 after a delay, counting requests and the most handled at once. */
  private static final class InFlightServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final LongAdder requests = new LongAdder();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

    /** {@code threads} above the client's cap, so the server is never what limits concurrency. */
    InFlightServer(int threads, long delayMillis) throws IOException {
      this.threads = Executors.newFixedThreadPool(threads);
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
      server.setExecutor(this.threads);
      server.createContext("/", exchange -> {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        try {
          Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        requests.increment();
        inFlight.decrementAndGet();
        exchange.sendResponseHeaders(200, 2);
        exchange.getResponseBody().write("ok".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        exchange.close();
      });
      server.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int peak() {
      return peak.get();
    }

    /** Distinct client ports seen: one per connection, as all come from 127.0.0.1. */
    int connections() {
      return clientPorts.size();
    }

    long requests() {
      return requests.sum();
    }

    @Override
    public void close() {
      server.stop(0);
      threads.shutdownNow();
    }
  }
}
