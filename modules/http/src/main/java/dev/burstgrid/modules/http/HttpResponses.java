package dev.burstgrid.modules.http;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Reads an OkHttp response into {@code http_request}'s outputs. */
final class HttpResponses {
  private static final int EXCERPT_CHARS = 200;

  private static final ParseCache<MediaType> MEDIA_TYPES = new ParseCache<>(256, MediaType::parse);

  private HttpResponses() {}

  /**
   * Reads the whole response, keeping at most {@code maxBody} body bytes (all when 0); {@code
   * startedNanos} is when the request was sent.
   */
  static HttpRequestRunner.Output read(Response response, long maxBody, long startedNanos)
      throws IOException {
    ResponseBody body = response.body();
    String contentTypeHeader = response.header("Content-Type");
    MediaType contentType = contentTypeHeader == null ? null : MEDIA_TYPES.get(contentTypeHeader);
    BoundedBody read = BoundedBody.read(body, contentType, maxBody);
    double durationMs = (System.nanoTime() - startedNanos) / 1e6;
    okhttp3.Headers received = response.headers();
    Map<String, List<String>> all = new LazyMap<>(() -> headersAll(received));
    return new HttpRequestRunner.Output(
        response.code(),
        new LazyMap<>(() -> joined(all)),
        all,
        read.text(),
        read.truncated() ? Value.nullOf(Type.ANY) : json(contentType, read.text()),
        HttpVersion.label(response.protocol()),
        read.totalBytes(),
        read.discardedBytes(),
        durationMs);
  }

  static boolean isSuccess(HttpRequestRunner.Output output) {
    return output.statusCode() >= 200 && output.statusCode() < 300;
  }

  /** The start of the body, for failure messages. */
  static String bodyExcerpt(HttpRequestRunner.Output output) {
    String body = output.body().strip();
    if (body.isEmpty()) {
      return "";
    }
    return "; body: "
        + (body.length() > EXCERPT_CHARS ? body.substring(0, EXCERPT_CHARS) + "…" : body);
  }

  private static SortedMap<String, List<String>> headersAll(okhttp3.Headers received) {
    SortedMap<String, List<String>> headers = new TreeMap<>();
    // toMultimap lowercases names and keeps repeated values in order.
    for (Map.Entry<String, List<String>> e : received.toMultimap().entrySet()) {
      headers.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return Collections.unmodifiableSortedMap(headers);
  }

  private static SortedMap<String, String> joined(Map<String, List<String>> all) {
    SortedMap<String, String> headers = new TreeMap<>();
    all.forEach((name, values) -> headers.put(name, String.join(", ", values)));
    return Collections.unmodifiableSortedMap(headers);
  }

  /**
   * The body parsed when the content type is JSON ({@code application/json}, {@code
   * application/problem+json} …); null when it is not JSON or does not parse, so a server's
   * malformed error page never fails a step whose status is its result.
   */
  private static Value json(MediaType contentType, String text) {
    if (contentType == null || text.isBlank() || !isJson(contentType)) {
      return Value.nullOf(Type.ANY);
    }
    try {
      return Json.decode(text);
    } catch (Json.JsonException notJson) {
      return Value.nullOf(Type.ANY);
    }
  }

  private static boolean isJson(MediaType contentType) {
    String subtype = contentType.subtype();
    return subtype.equals("json") || subtype.endsWith("+json");
  }
}
