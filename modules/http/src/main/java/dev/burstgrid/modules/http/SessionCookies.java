package dev.burstgrid.modules.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/**
 * One client's cookies, in memory, as a browser keeps a session: a cookie replaces the one of the
 * same name, domain and path; expired ones are dropped; a request gets the cookies whose domain,
 * path and {@code Secure} flag match its URL (OkHttp's {@link Cookie#matches}).
 */
final class SessionCookies implements CookieJar {
  private final Map<String, Cookie> byIdentity = new LinkedHashMap<>();

  @Override
  public synchronized void saveFromResponse(HttpUrl url, List<Cookie> cookies) {
    for (Cookie cookie : cookies) {
      // OkHttp gives an already-expired cookie to say "delete it".
      byIdentity.remove(identity(cookie));
      if (cookie.expiresAt() > System.currentTimeMillis()) {
        byIdentity.put(identity(cookie), cookie);
      }
    }
  }

  @Override
  public synchronized List<Cookie> loadForRequest(HttpUrl url) {
    long now = System.currentTimeMillis();
    byIdentity.values().removeIf(cookie -> cookie.expiresAt() <= now);
    List<Cookie> matching = new ArrayList<>();
    for (Cookie cookie : byIdentity.values()) {
      if (cookie.matches(url)) {
        matching.add(cookie);
      }
    }
    return matching;
  }

  private static String identity(Cookie cookie) {
    return cookie.name() + '\u0000' + cookie.domain() + '\u0000' + cookie.path();
  }
}
