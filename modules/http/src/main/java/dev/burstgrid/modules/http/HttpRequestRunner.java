package dev.burstgrid.modules.http;

import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import dev.burstgrid.runtime.spi.Sensitive;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code http_request}: sends one HTTP request and returns the response. A response with any status
 * is a result (unless {@code fail_on_status}); not getting one (refused connection, timeout, TLS
 * failure) fails the step.
 */
@Kind(name = "http_request", doc = "Executes an HTTP request and returns the response.")
public final class HttpRequestRunner
    implements Runner.WithUses<HttpRequestRunner.Input, HttpRequestRunner.Uses, HttpRequestRunner.Output> {

  @Doc("Arguments of http_request.")
  public record Input(
      @Doc("The absolute http or https URL to send the request to.") String url,
      @Doc("The HTTP method, such as GET, POST, PUT, PATCH or DELETE.") String method,
      @Doc("Request headers; they override the client's headers of the same name.")
          Map<String, String> headers,
      @Doc("Query parameters appended to the URL, encoded.") Map<String, String> query,
      @Doc("The request body as text. At most one of body, json and form.") @OptionalArg
          String body,
      @Doc(
              "A value sent as a JSON body, with Content-Type application/json unless 'headers'"
                  + " sets one.")
          @OptionalArg
          Value json,
      @Doc("Fields sent as an application/x-www-form-urlencoded body.") @OptionalArg
          Map<String, String> form,
      @Doc("Credentials sent as HTTP basic authentication.") @OptionalArg @Sensitive
          BasicAuth basicAuth,
      @Doc("A token sent as 'Authorization: Bearer <token>'.") @OptionalArg @Sensitive
          String bearerToken,
      @Doc("Limit for this request, overriding the client's 'timeout', such as \"2s\".")
          @OptionalArg
          Duration timeout,
      @Doc("Fails the step when the response status is not 2xx.") boolean failOnStatus) {

    public static final Input DEFAULTS =
        new Input(null, "GET", Map.of(), Map.of(), null, null, null, null, null, null, false);
  }

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
      @Doc("The response body as text.") String body,
      @Doc("The body parsed as JSON when the response says it is JSON; null otherwise.") Value json,
      @Doc("Time from sending the request to reading the whole response, in milliseconds.")
          double durationMs) {}

  @Override
  public Output run(Input input, Uses uses, RunContext context) throws IOException {
    HttpClientInstance client = uses.client() != null ? uses.client() : SharedDefault.CLIENT;
    Request request = HttpRequests.build(input, client.defaultHeaders());
    String what = request.method() + " " + input.url();
    Call call = client.okHttp().newCall(request);
    if (input.timeout() != null) {
      call.timeout().timeout(HttpRequests.timeoutNanos(input.timeout()), TimeUnit.NANOSECONDS);
    }
    // OkHttp cancels a call that times out too: remember which cancellations were the run's.
    AtomicBoolean cancelledByRun = new AtomicBoolean();
    context.onCancel(
        () -> {
          cancelledByRun.set(true);
          call.cancel();
        });

    long started = System.nanoTime();
    Output output;
    try (Response response = call.execute()) {
      output = HttpResponses.read(response, started);
    } catch (IOException e) {
      if (cancelledByRun.get() || context.isCancelled()) {
        throw (CancellationException)
            new CancellationException(what + " was cancelled").initCause(e);
      }
      throw HttpFailures.describe(what, effectiveTimeout(input, client), e);
    }
    if (input.failOnStatus() && !HttpResponses.isSuccess(output)) {
      throw new IOException(
          what + " returned status " + output.statusCode() + HttpResponses.bodyExcerpt(output));
    }
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
