package dev.burstgrid.modules.http.transport;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The request a redirect asks for, by the rules OkHttp follows, so a grid's redirects go the same
 * way over either transport: 300–303 turn a request with a body into a GET without one, 307 and
 * 308 repeat it as it was; the Authorization header stays behind when the redirect leaves the
 * scheme, host or port; https is followed only when the client follows redirects at all.
 */
final class Http1Redirects {
  private Http1Redirects() {}

  /** The follow-up request, or null when the response is the answer. */
  static Request followUp(OkHttpClient client, Response response, Request request) {
    int code = response.code();
    boolean redirect = (code >= 300 && code <= 303) || code == 307 || code == 308;
    if (!redirect || !client.followRedirects()) {
      return null;
    }
    String location = response.header("Location");
    HttpUrl url = location == null ? null : request.url().resolve(location);
    if (url == null) {
      return null;
    }
    if (!url.scheme().equals(request.url().scheme()) && !client.followSslRedirects()) {
      return null;
    }
    Request.Builder next = request.newBuilder();
    String method = request.method();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      boolean keepBody = method.equals("PROPFIND") || code == 307 || code == 308;
      if (keepBody) {
        next.method(method, request.body());
      } else {
        next.method("GET", null);
        next.removeHeader("Transfer-Encoding");
        next.removeHeader("Content-Length");
        next.removeHeader("Content-Type");
      }
    }
    HttpUrl from = request.url();
    if (!from.scheme().equals(url.scheme()) || !from.host().equals(url.host()) || from.port() != url.port()) {
      next.removeHeader("Authorization");
    }
    return next.url(url).build();
  }
}
