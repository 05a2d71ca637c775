/**
 * How a request reaches its server. Cleartext HTTP/1.1 — the common case of a load test against
 * a service on the same network — goes over {@link dev.burstgrid.modules.http.transport.Http1Transport},
 * a connection pool and exchange written for that one protocol, which does a fraction of a
 * general client's work per request. Everything else (TLS, HTTP/2, proxies) goes through OkHttp.
 * Both present a call as an {@link dev.burstgrid.modules.http.transport.Exchange} that yields an
 * OkHttp {@link okhttp3.Response}, so reading a response is the same whichever carried it.
 */
package dev.burstgrid.modules.http.transport;
