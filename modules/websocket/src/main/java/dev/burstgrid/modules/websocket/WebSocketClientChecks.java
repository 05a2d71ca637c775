package dev.burstgrid.modules.websocket;

import dev.burstgrid.lang.ArgumentCheck;
import dev.burstgrid.lang.value.Value;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * What the compiler checks of a {@code websocket_client}'s constant arguments: the URL is one
 * OkHttp can open a WebSocket to (ws or wss; http and https work too), the timeout longer than
 * zero.
 */
public final class WebSocketClientChecks implements ArgumentCheck {
  @Override
  public void check(Map<String, Value> known, Problems problems) {
    if (known.get("url") instanceof Value.Str url) {
      String why = urlProblem(url.value());
      if (why != null) {
        problems.report("url", why);
      }
    }
    WaitLimits.longerThanZero(known, "timeout", problems);
  }

  /** Why {@code text} is no URL a WebSocket can connect to, or null when it is one. */
  static String urlProblem(String text) {
    String example = " such as \"ws://127.0.0.1:8080/socket\"";
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return "\"" + text + "\" is not a URL (" + e.getReason() + " at index " + e.getIndex() + "): write one"
          + example + ".";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.isEmpty()) {
      return "\"" + text + "\" is not an absolute URL: write one with its scheme and host," + example + ".";
    }
    if (!scheme.equals("ws") && !scheme.equals("wss") && !scheme.equals("http") && !scheme.equals("https")) {
      return "the scheme \"" + scheme + "\" is not supported: websocket_client connects to ws:// and wss:// URLs.";
    }
    // OkHttp opens ws and wss URLs as http and https ones
    String asHttp = (scheme.startsWith("ws") ? "http" + scheme.substring(2) : scheme) + text.substring(scheme.length());
    if (uri.getHost() == null || HttpUrl.parse(asHttp) == null) {
      return "\"" + text + "\" names no host: write one" + example + ".";
    }
    return null;
  }
}
