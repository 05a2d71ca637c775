package dev.burstgrid.compiler.cli.serve;

/**
 * What the target answers, whatever the method: {@code /} (text), {@code /json}, {@code
 * /delay/N} (after N milliseconds) and {@code /status/N}; anything else 404.
 */
final class TargetRoutes {
  static final long MAX_DELAY_MILLIS = 600_000;
  private static final String JSON = "application/json";
  private static final String TEXT = "text/plain; charset=utf-8";

  private static final TargetResponse ROOT = TargetResponse.of(200, TEXT, "ok\n");
  private static final TargetResponse HELLO_JSON =
      TargetResponse.of(200, JSON, "{\"message\":\"hello from bggoc serve\",\"ok\":true}");
  private static final TargetResponse NOT_FOUND = TargetResponse.of(404, JSON,
      "{\"error\":\"not found\",\"paths\":[\"/\",\"/json\",\"/delay/N\",\"/status/N\"]}");
  static final TargetResponse BAD_REQUEST = TargetResponse.of(400, JSON, "{\"error\":\"bad request\"}");
  /** /status/200 … /status/599, built once. */
  private static final TargetResponse[] STATUSES = new TargetResponse[600];

  static {
    for (int s = 200; s < STATUSES.length; s++) {
      STATUSES[s] = TargetResponse.of(s, JSON, "{\"status\":" + s + "}");
    }
  }

  private TargetRoutes() {}

  static TargetResponse answer(String path) {
    switch (path) {
      case "/":
        return ROOT;
      case "/json":
        return HELLO_JSON;
      default:
        break;
    }
    if (path.startsWith("/status/")) {
      long status = number(path, "/status/".length());
      return status >= 200 && status < STATUSES.length ? STATUSES[(int) status]
          : TargetResponse.of(400, JSON, "{\"error\":\"status must be 200 to 599\"}");
    }
    if (path.startsWith("/delay/")) {
      long millis = number(path, "/delay/".length());
      return millis >= 0 && millis <= MAX_DELAY_MILLIS
          ? TargetResponse.of(200, JSON, "{\"delay_ms\":" + millis + "}", millis)
          : TargetResponse.of(400, JSON, "{\"error\":\"delay must be 0 to " + MAX_DELAY_MILLIS + " ms\"}");
    }
    return NOT_FOUND;
  }

  /** The decimal number after {@code start}, or -1 when there is none. */
  private static long number(String path, int start) {
    int end = path.length();
    if (start == end || end - start > 9) {
      return -1;
    }
    long n = 0;
    for (int i = start; i < end; i++) {
      char c = path.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
