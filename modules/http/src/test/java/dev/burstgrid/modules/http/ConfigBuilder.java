package dev.burstgrid.modules.http;

import java.time.Duration;
import java.util.Map;

/** Builds {@code http_client} arguments for tests, starting from the defaults. */
final class ConfigBuilder {
  private static final HttpClientAsset.Config D = HttpClientAsset.Config.DEFAULTS;
  private Duration timeout = D.timeout();
  private Duration connectTimeout = D.connectTimeout();
  private boolean followRedirects = D.followRedirects();
  private int maxConnections = D.maxConnections();
  private Duration queueTimeout = D.queueTimeout();
  private boolean insecureSkipVerify = D.insecureSkipVerify();
  private Map<String, String> headers = D.headers();
  private boolean cookies = D.cookies();
  private String httpVersion = D.httpVersion();
  private String maxBody = D.maxBody();
  private String caCert = D.caCert();
  private String clientCert = D.clientCert();
  private String clientKey = D.clientKey();

  ConfigBuilder timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  ConfigBuilder connectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
    return this;
  }

  ConfigBuilder followRedirects(boolean followRedirects) {
    this.followRedirects = followRedirects;
    return this;
  }

  ConfigBuilder maxConnections(int maxConnections) {
    this.maxConnections = maxConnections;
    return this;
  }

  ConfigBuilder queueTimeout(Duration queueTimeout) {
    this.queueTimeout = queueTimeout;
    return this;
  }

  ConfigBuilder insecureSkipVerify(boolean insecureSkipVerify) {
    this.insecureSkipVerify = insecureSkipVerify;
    return this;
  }

  ConfigBuilder headers(Map<String, String> headers) {
    this.headers = headers;
    return this;
  }

  ConfigBuilder cookies(boolean cookies) {
    this.cookies = cookies;
    return this;
  }

  ConfigBuilder httpVersion(String httpVersion) {
    this.httpVersion = httpVersion;
    return this;
  }

  ConfigBuilder maxBody(String maxBody) {
    this.maxBody = maxBody;
    return this;
  }

  ConfigBuilder caCert(String caCert) {
    this.caCert = caCert;
    return this;
  }

  ConfigBuilder clientCert(String clientCert) {
    this.clientCert = clientCert;
    return this;
  }

  ConfigBuilder clientKey(String clientKey) {
    this.clientKey = clientKey;
    return this;
  }

  HttpClientAsset.Config build() {
    return new HttpClientAsset.Config(
        timeout, connectTimeout, followRedirects, maxConnections, queueTimeout,
        insecureSkipVerify, headers, cookies, httpVersion, maxBody, caCert, clientCert, clientKey);
  }
}
