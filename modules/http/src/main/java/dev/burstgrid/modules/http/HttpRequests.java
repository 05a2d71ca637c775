package dev.burstgrid.modules.http;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Turns {@code http_request} arguments into an OkHttp request, checking them on the way. */
final class HttpRequests {
  private static final Pattern METHOD = Pattern.compile("[A-Z0-9!#$%&'*+.^_`|~-]+");
  private static final Set<String> COMMON_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
  private static final Set<String> METHODS_WITHOUT_BODY = Set.of("GET", "HEAD");
  private static final Set<String> METHODS_REQUIRING_BODY =
      Set.of("POST", "PUT", "PATCH", "PROPPATCH", "REPORT");

  private HttpRequests() {}

  /**
   * Builds the request.
   *
   * @throws IllegalArgumentException naming the argument at fault when the arguments are
   *     inconsistent or malformed
   */
  static Request build(
      HttpRequestRunner.Input input, Map<String, String> clientHeaders, Path gridDirectory) {
    String method = method(input.method());
    Request.Builder builder = new Request.Builder().url(url(input.url(), input.query()));
    Optional<String> authorization = authorization(input);
    BodyAndType body = body(input, gridDirectory);
    if (body != null && METHODS_WITHOUT_BODY.contains(method)) {
      throw new IllegalArgumentException(
          "method "
              + method
              + " cannot send a body; use POST, PUT or PATCH with body, json, form or multipart");
    }
    boolean typedBody = body != null && body.contentType() != null;
    if (!clientHeaders.isEmpty() || !input.headers().isEmpty() || authorization.isPresent() || typedBody) {
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.putAll(clientHeaders);
      headers.putAll(input.headers());
      authorization.ifPresent(value -> headers.put("Authorization", value));
      if (typedBody) {
        headers.putIfAbsent("Content-Type", body.contentType());
      }
      headers.forEach((name, value) -> setHeader(builder, name, value));
    }
    RequestBody requestBody =
        body != null
            ? body.body()
            : METHODS_REQUIRING_BODY.contains(method) ? RequestBody.create(new byte[0]) : null;
    return builder.method(method, requestBody).build();
  }

  /** A timeout for OkHttp: saturated instead of overflowing; zero means none. */
  static long timeoutNanos(Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative");
    }
    return TimeUnit.NANOSECONDS.convert(timeout);
  }

  private static String method(String method) {
    if (COMMON_METHODS.contains(method)) {
      return method;
    }
    String upper = method.toUpperCase(Locale.ROOT);
    if (!METHOD.matcher(upper).matches()) {
      throw new IllegalArgumentException(
          "method \"" + method + "\" is not an HTTP method, such as GET or POST");
    }
    return upper;
  }

  private static final ParseCache<HttpUrl> URLS = new ParseCache<>(1024, HttpUrl::parse);

  private static HttpUrl url(String url, Map<String, String> query) {
    HttpUrl parsed = url == null ? null : URLS.get(url);
    if (parsed == null) {
      throw new IllegalArgumentException(
          "url \""
              + url
              + "\" is not an absolute http or https URL, such as \"http://127.0.0.1:8080/get\"");
    }
    if (query.isEmpty()) {
      return parsed;
    }
    HttpUrl.Builder builder = parsed.newBuilder();
    query.forEach(builder::addQueryParameter);
    return builder.build();
  }

  private static void setHeader(Request.Builder builder, String name, String value) {
    try {
      builder.header(name, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid header \"" + name + "\": " + e.getMessage(), e);
    }
  }

  private static Optional<String> authorization(HttpRequestRunner.Input input) {
    if (input.basicAuth() != null && input.bearerToken() != null) {
      throw new IllegalArgumentException("set at most one of basic_auth and bearer_token");
    }
    if (input.basicAuth() != null) {
      HttpRequestRunner.BasicAuth auth = input.basicAuth();
      return Optional.of(
          Credentials.basic(
              nullToEmpty(auth.username()), nullToEmpty(auth.password()), StandardCharsets.UTF_8));
    }
    if (input.bearerToken() != null) {
      return Optional.of("Bearer " + input.bearerToken());
    }
    return Optional.empty();
  }

  private record BodyAndType(RequestBody body, String contentType) {
    static BodyAndType text(String text, String contentType) {
      return new BodyAndType(
          RequestBody.create(text.getBytes(StandardCharsets.UTF_8)), contentType);
    }
  }

  private static BodyAndType body(HttpRequestRunner.Input input, Path gridDirectory) {
    // HCL's null means "not set".
    Value json = input.json() == null || input.json().isNull() ? null : input.json();
    int given =
        (input.body() != null ? 1 : 0)
            + (json != null ? 1 : 0)
            + (input.form() != null ? 1 : 0)
            + (input.multipart() != null ? 1 : 0);
    if (given > 1) {
      throw new IllegalArgumentException("set at most one of body, json, form and multipart");
    }
    if (input.body() != null) {
      return BodyAndType.text(input.body(), null);
    }
    if (json != null) {
      return BodyAndType.text(Json.encode(json), "application/json");
    }
    if (input.form() != null) {
      return BodyAndType.text(formEncode(input.form()), "application/x-www-form-urlencoded");
    }
    if (input.multipart() != null) {
      // OkHttp sets Content-Type from the body: the boundary always matches.
      return new BodyAndType(MultipartForms.build(input.multipart(), gridDirectory), null);
    }
    return null;
  }

  private static String formEncode(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder();
    fields.forEach(
        (name, value) -> {
          if (sb.length() > 0) {
            sb.append('&');
          }
          sb.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(nullToEmpty(value), StandardCharsets.UTF_8));
        });
    return sb.toString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
