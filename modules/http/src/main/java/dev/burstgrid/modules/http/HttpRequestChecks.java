package dev.burstgrid.modules.http;

import dev.burstgrid.lang.ArgumentCheck;
import dev.burstgrid.lang.value.Value;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the compiler checks of an {@code http_request}'s constant arguments: the URL is an absolute
 * http or https URL, the method a token, at most one body, and no body on GET or HEAD (OkHttp
 * refuses both at run time).
 */
public final class HttpRequestChecks implements ArgumentCheck {
  /** RFC 9110's token: what an HTTP method may be made of. */
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private static final List<String> BODIES = List.of("body", "json", "form", "multipart");

  @Override
  public void check(Map<String, Value> known, Problems problems) {
    if (known.get("url") instanceof Value.Str url) {
      String why = urlProblem(url.value());
      if (why != null) {
        problems.report("url", why);
      }
    }
    Value method = known.get("method");
    if (method instanceof Value.Str m && !isMethod(m.value())) {
      problems.report("method", "\"" + m.value() + "\" is not an HTTP method: a method is one word of letters,"
          + " digits and !#$%&'*+.^_`|~-, with at least one letter, such as \"GET\" or \"POST\".");
    }
    String first = null;
    for (String body : BODIES) {
      Value v = known.get(body);
      if (v == null) {
        return; // not known before the run: the run checks the rest
      }
      if (v.isNull()) {
        continue;
      }
      if (first != null) {
        problems.report(body, "\"" + first + "\" and \"" + body + "\" are both set; a request has one body:"
            + " set only one of body, json, form and multipart.");
        return;
      }
      first = body;
    }
    if (first != null && method instanceof Value.Str m) {
      String name = m.value().toUpperCase(Locale.ROOT);
      if (name.equals("GET") || name.equals("HEAD")) {
        problems.report(first, "a " + name + " request has no body; send it with POST, PUT or PATCH"
            + " (method = \"POST\") or pass the values as query parameters.");
      }
    }
  }

  /**
   * Whether {@code text} may be a method: a token, as RFC 9110 says, with a letter in it (a number,
   * {@code method = 5}, is a token too, but no method; every registered one is a word).
   */
  private static boolean isMethod(String text) {
    return TOKEN.matcher(text).matches() && text.chars().anyMatch(Character::isLetter);
  }

  /** Why {@code text} is no absolute http(s) URL, or null when it is one. */
  static String urlProblem(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return "\"" + text + "\" is not a URL (" + e.getReason() + " at index " + e.getIndex()
          + "): write an absolute URL such as \"http://127.0.0.1:8080/path\".";
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      return "\"" + text + "\" is not an absolute URL: write one with its scheme and host, such as"
          + " \"http://127.0.0.1:8080/path\".";
    }
    if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
      return "the scheme \"" + scheme + "\" is not supported: http_request sends http and https URLs.";
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return "\"" + text + "\" names no host: write one such as \"http://127.0.0.1:8080/path\".";
    }
    return null;
  }
}
