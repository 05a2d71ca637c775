package dev.burstgrid.modules.http;

import dev.burstgrid.lang.CheckedBy;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.MetricKind;
import dev.burstgrid.runtime.spi.Metrics;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import dev.burstgrid.runtime.spi.RunnerMetric;
import dev.burstgrid.runtime.spi.Sensitive;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import dev.burstgrid.modules.http.transport.Exchange;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code http_request}: sends one HTTP request and returns the response. A response with any status
 * is a result (unless {@code fail_on_status}); not getting one (refused connection, timeout, TLS
 * failure) fails the step.
 */
@Kind(name = "http_request", doc = "Executes an HTTP request and returns the response.")
@RunnerMetric(name = "http_reqs", kind = MetricKind.COUNTER, doc = "requests completed or failed")
@RunnerMetric(name = "http_req_duration", kind = MetricKind.TREND, doc = "from sending to the whole body, ms")
@RunnerMetric(name = "http_req_waiting", kind = MetricKind.TREND, doc = "from sending to the response headers, ms")
@RunnerMetric(name = "http_req_failed", kind = MetricKind.RATE, doc = "share of requests that failed or got 4xx/5xx")
@RunnerMetric(name = "data_sent", kind = MetricKind.COUNTER, doc = "request header and body bytes")
@RunnerMetric(name = "data_received", kind = MetricKind.COUNTER, doc = "response header and body bytes")
public final class HttpRequestRunner
    implements Runner.WithUses<HttpRequestRunner.Input, HttpRequestRunner.Uses, HttpRequestRunner.Output> {

  @Doc("Arguments of http_request.")
  @CheckedBy(HttpRequestChecks.class)
  public record Input(
      @Doc("The absolute http or https URL to send the request to.") String url,
      @Doc("The HTTP method, such as GET, POST, PUT, PATCH or DELETE.") String method,
      @Doc("Request headers; they override the client's headers of the same name.")
          Map<String, String> headers,
      @Doc("Query parameters appended to the URL, encoded.") Map<String, String> query,
      @Doc("The request body as text. At most one of body, json, form and multipart.")
          @OptionalArg
          String body,
      @Doc(
              "A value sent as a JSON body, with Content-Type application/json unless 'headers'"
                  + " sets one.")
          @OptionalArg
          Value json,
      @Doc("Fields sent as an application/x-www-form-urlencoded body.") @OptionalArg
          Map<String, String> form,
      @Doc(
              "Parts sent as a multipart/form-data body: each {name, value} or {name, file},"
                  + " file names relative to the grid's directory and inside it.")
          @OptionalArg
          List<Part> multipart,
      @Doc("Credentials sent as HTTP basic authentication.") @OptionalArg @Sensitive
          BasicAuth basicAuth,
      @Doc("A token sent as 'Authorization: Bearer <token>'.") @OptionalArg @Sensitive
          String bearerToken,
      @Doc(
              "Limit for this request once it has a connection slot, overriding the client's"
                  + " 'timeout', such as \"2s\".")
          @OptionalArg
          Duration timeout,
      @Doc("Most body bytes kept for this request, overriding the client's max_body.")
          @OptionalArg
          String maxBody,
      @Doc("Fails the step when the response status is not 2xx.") boolean failOnStatus) {

    public static final Input DEFAULTS =
        new Input(
            null, "GET", Map.of(), Map.of(), null, null, null, null, null, null, null, null,
            false);
  }

  @Doc("One part of a multipart/form-data body.")
  public record Part(
      @Doc("The form field's name.") String name,
      @Doc("The part's content as text. Exactly one of value and file.") @OptionalArg
          String value,
      @Doc("A file sent as the part's content, relative to the grid's directory and inside it.")
          @OptionalArg
          String file,
      @Doc("The file name the server sees; the file's own name by default.") @OptionalArg
          String filename,
      @Doc("The part's Content-Type; for a file guessed from its extension, else application/octet-stream; none for a value.")
          @OptionalArg
          String contentType) {}

  @Doc("Credentials for HTTP basic authentication.")
  public record BasicAuth(
      @Doc("The user name.") String username, @Doc("The password.") String password) {}

  @Doc("What http_request uses.")
  public record Uses(
      @Doc("The http_client to send with; a shared client with default settings when omitted.")
          @OptionalArg
          HttpClientInstance client) {}

  @Doc("Outputs of http_request.")
  public record Output(
      @Doc("The response status, such as 200.") int statusCode,
      @Doc("Response headers by lowercase name; repeated headers joined with \", \".")
          Map<String, String> headers,
      @Doc(
              "Response headers by lowercase name, each a list of its values in order (Set-Cookie"
                  + " and other repeated headers intact).")
          Map<String, List<String>> headersAll,
      @Doc("The response body as text, at most max_body bytes of it.") String body,
      @Doc(
              "The body parsed as JSON when the response says it is JSON and was not cut by"
                  + " max_body; null otherwise.")
          Value json,
      @Doc("The protocol the response came over: \"http/1.1\", \"h2\" or \"h2c\".")
          String protocol,
      @Doc("The body's whole size in bytes, as received (after decompression).") long bodyBytes,
      @Doc("Body bytes dropped beyond max_body; 0 when the whole body was kept.")
          long discardedBytes,
      @Doc(
              "Time from sending the request (once it had a connection slot) to reading the whole"
                  + " response, in milliseconds.")
          double durationMs) {}

  @Override
  public Output run(Input input, Uses uses, RunContext context) throws IOException {
    HttpClientInstance client = uses.client() != null ? uses.client() : SharedDefault.CLIENT;
    Request request =
        HttpRequests.build(input, client.defaultHeaders(), context.gridDirectory());
    long maxBody =
        input.maxBody() != null ? ByteSize.parse("max_body", input.maxBody()) : client.maxBody();
    // "GET https://…", for messages only: built when one is needed, not for every request.
    java.util.function.Supplier<String> what = () -> request.method() + " " + input.url();
    Exchange exchange = client.exchange(request);
    Duration timeout = effectiveTimeout(input, client);
    exchange.timeout(HttpRequests.timeoutNanos(timeout)); // 0: none
    // A timeout can end an exchange too: remember which cancellations were the run's.
    AtomicBoolean cancelledByRun = new AtomicBoolean();
    context.onCancel(
        () -> {
          cancelledByRun.set(true);
          exchange.cancel();
        });

    acquireSlot(client, what);
    Output output;
    try {
      output = send(exchange, client, maxBody, what, timeout, cancelledByRun, context);
    } finally {
      client.slots().release();
    }
    if (input.failOnStatus() && !HttpResponses.isSuccess(output)) {
      throw new IOException(
          what.get() + " returned status " + output.statusCode() + HttpResponses.bodyExcerpt(output));
    }
    return output;
  }

  private static void acquireSlot(HttpClientInstance client, java.util.function.Supplier<String> what)
      throws IOException {
    try {
      client.slots().acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException(what.get() + " was cancelled while waiting for a connection");
    } catch (IOException e) {
      throw new IOException(what.get() + " failed: " + e.getMessage(), e);
    }
  }

  private static Output send(
      Exchange exchange,
      HttpClientInstance client,
      long maxBody,
      java.util.function.Supplier<String> what,
      Duration timeout,
      AtomicBoolean cancelledByRun,
      RunContext context)
      throws IOException {
    long started = System.nanoTime();
    Output output;
    Metrics metrics = context.metrics();
    try (Response response = exchange.execute()) {
      output = HttpResponses.read(response, maxBody, started);
      metrics.counter("http_reqs").add(1);
      metrics.trend("http_req_duration").recordNanos(System.nanoTime() - started);
      metrics.trend("http_req_waiting").record(Math.max(0, exchange.waitingMillis()));
      metrics.rate("http_req_failed").add(!HttpResponses.isSuccess(output));
      metrics.counter("data_received").add(output.bodyBytes() + response.headers().byteCount());
      metrics.counter("data_sent").add(exchange.sentBytes());
    } catch (IOException e) {
      metrics.counter("http_reqs").add(1);
      metrics.rate("http_req_failed").add(true);
      if (cancelledByRun.get() || context.isCancelled()) {
        throw (CancellationException)
            new CancellationException(what.get() + " was cancelled").initCause(e);
      }
      throw HttpFailures.describe(what.get(), timeout, e);
    } catch (OutOfMemoryError e) {
      throw HttpFailures.outOfMemory(what.get(), maxBody, e); // the body is unreachable by now
    }
    client.version().check(output.protocol(), what);
    return output;
  }

  private static Duration effectiveTimeout(Input input, HttpClientInstance client) {
    return input.timeout() != null
        ? input.timeout()
        : Duration.ofMillis(client.okHttp().callTimeoutMillis());
  }

  /** The client for steps that name none; created on first use, lives as long as the JVM. */
  private static final class SharedDefault {
    static final HttpClientInstance CLIENT = HttpClientInstance.createDefault();
  }
}
