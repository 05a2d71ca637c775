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
 *
 * <p>Every request of every virtual user sharing the client reads the jar, and most responses set
 * nothing: reads take no lock (they see an immutable snapshot), only changes do.
 */
final class SessionCookies implements CookieJar {
  private volatile List<Cookie> snapshot = List.of(); // in insertion order; replaced, never changed

  @Override
  public void saveFromResponse(HttpUrl url, List<Cookie> cookies) {
    if (cookies.isEmpty()) {
      return;
    }
    synchronized (this) {
      Map<String, Cookie> byIdentity = new LinkedHashMap<>();
      for (Cookie cookie : snapshot) {
        byIdentity.put(identity(cookie), cookie);
      }
      long now = System.currentTimeMillis();
      for (Cookie cookie : cookies) {
        // OkHttp gives an already-expired cookie to say "delete it".
        byIdentity.remove(identity(cookie));
        if (cookie.expiresAt() > now) {
          byIdentity.put(identity(cookie), cookie);
        }
      }
      snapshot = List.copyOf(byIdentity.values());
    }
  }

  @Override
  public List<Cookie> loadForRequest(HttpUrl url) {
    List<Cookie> all = snapshot;
    if (all.isEmpty()) {
      return List.of();
    }
    long now = System.currentTimeMillis();
    List<Cookie> matching = new ArrayList<>();
    boolean expired = false;
    for (Cookie cookie : all) {
      if (cookie.expiresAt() <= now) {
        expired = true;
      } else if (cookie.matches(url)) {
        matching.add(cookie);
      }
    }
    if (expired) {
      dropExpired(now);
    }
    return matching;
  }

  private synchronized void dropExpired(long now) {
    List<Cookie> kept = new ArrayList<>();
    for (Cookie cookie : snapshot) {
      if (cookie.expiresAt() > now) {
        kept.add(cookie);
      }
    }
    snapshot = List.copyOf(kept);
  }

  private static String identity(Cookie cookie) {
    return cookie.name() + '\u0000' + cookie.domain() + '\u0000' + cookie.path();
  }
}
