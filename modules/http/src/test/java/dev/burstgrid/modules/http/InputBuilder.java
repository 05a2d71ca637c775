package dev.burstgrid.modules.http;

import dev.burstgrid.lang.value.Value;
import java.time.Duration;
import java.util.Map;

/** Builds {@code http_request} arguments for tests, omitted ones as generated code passes them. */
final class InputBuilder {
  private final String url;
  private String method = HttpRequestRunner.Input.DEFAULTS.method();
  private Map<String, String> headers = HttpRequestRunner.Input.DEFAULTS.headers();
  private Map<String, String> query = HttpRequestRunner.Input.DEFAULTS.query();
  private String body;
  private Value json;
  private Map<String, String> form;
  private java.util.List<HttpRequestRunner.Part> multipart;
  private HttpRequestRunner.BasicAuth basicAuth;
  private String bearerToken;
  private Duration timeout;
  private String maxBody;
  private boolean failOnStatus = HttpRequestRunner.Input.DEFAULTS.failOnStatus();

  InputBuilder(String url) {
    this.url = url;
  }

  InputBuilder method(String method) {
    this.method = method;
    return this;
  }

  InputBuilder headers(Map<String, String> headers) {
    this.headers = headers;
    return this;
  }

  InputBuilder query(Map<String, String> query) {
    this.query = query;
    return this;
  }

  InputBuilder body(String body) {
    this.body = body;
    return this;
  }

  InputBuilder json(Value json) {
    this.json = json;
    return this;
  }

  InputBuilder form(Map<String, String> form) {
    this.form = form;
    return this;
  }

  InputBuilder basicAuth(HttpRequestRunner.BasicAuth basicAuth) {
    this.basicAuth = basicAuth;
    return this;
  }

  InputBuilder bearerToken(String bearerToken) {
    this.bearerToken = bearerToken;
    return this;
  }

  InputBuilder timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  InputBuilder multipart(java.util.List<HttpRequestRunner.Part> multipart) {
    this.multipart = multipart;
    return this;
  }

  InputBuilder maxBody(String maxBody) {
    this.maxBody = maxBody;
    return this;
  }

  InputBuilder failOnStatus(boolean failOnStatus) {
    this.failOnStatus = failOnStatus;
    return this;
  }

  HttpRequestRunner.Input build() {
    return new HttpRequestRunner.Input(
        url,
        method,
        headers,
        query,
        body,
        json,
        form,
        multipart,
        basicAuth,
        bearerToken,
        timeout,
        maxBody,
        failOnStatus);
  }
}
