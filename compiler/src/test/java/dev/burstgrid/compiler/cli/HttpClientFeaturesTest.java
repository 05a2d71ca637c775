package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.Protocol;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * http_client's sessions, TLS, HTTP/2, multipart and body limits, through {@code bggoc run} on
 * grid files against MockWebServer on 127.0.0.1, with certificates made here.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HttpClientFeaturesTest {
  private static final Path GRIDS = Paths.get("src/test/resources/http");

  private static HeldCertificate authority;
  private static HeldCertificate serverCertificate;
  private static HeldCertificate clientCertificate;

  private final MockWebServer server = new MockWebServer();
  @TempDir Path gridDir;

  @BeforeAll
  static void makeCertificates() {
    authority = new HeldCertificate.Builder().commonName("bggo test CA").certificateAuthority(0).build();
    serverCertificate = new HeldCertificate.Builder().signedBy(authority).commonName("127.0.0.1")
        .addSubjectAlternativeName("127.0.0.1").addSubjectAlternativeName("localhost").build();
    clientCertificate = new HeldCertificate.Builder().signedBy(authority).commonName("grid user").build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aClientKeepsItsCookieSessionAndAnotherClientHasNone() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getUrl().encodedPath().equals("/login")) {
          return new MockResponse.Builder().addHeader("Set-Cookie", "sid=abc123; Path=/; HttpOnly")
              .addHeader("Set-Cookie", "theme=dark; Path=/").body("welcome").build();
        }
        String cookie = request.getHeaders().get("Cookie");
        return new MockResponse.Builder().body(cookie == null ? "" : cookie).build();
      }
    });
    start();
    CliResult r = run("cookies", "-var", "base_url=" + server.url("").toString().replaceAll("/$", ""));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().lines().toList()).contains(
        "step.print.set_cookies [\"sid=abc123; Path=/; HttpOnly\",\"theme=dark; Path=/\"]",
        "step.print.session \"sid=abc123; theme=dark\"",
        "step.print.no_cookies \"\"",
        "step.print.elsewhere \"\"");
  }

  @Test
  void mutualTlsPresentsTheClientCertificateAndTrustsTheGivenAuthority() throws Exception {
    server.useHttps(serverTls().sslSocketFactory());
    server.requireClientAuth();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String peer = request.getHandshake() == null || request.getHandshake().peerPrincipal() == null
            ? "nobody" : request.getHandshake().peerPrincipal().getName();
        return new MockResponse.Builder().body("hello " + peer).build();
      }
    });
    start();
    Files.writeString(gridDir.resolve("ca.pem"), authority.certificatePem());

    CliResult r = run("mtls", "-var", "base_url=" + baseUrl(),
        "-var", "client_cert=" + clientCertificate.certificatePem(),
        "-var", "client_key=" + clientCertificate.privateKeyPkcs8Pem());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("step.print.hello \"hello CN=grid user\"\n");
    assertThat(r.err()).doesNotContain("PRIVATE KEY");

    CliResult anonymous = run("tls_without_client_cert", "-var", "base_url=" + baseUrl());
    assertThat(anonymous.exitCode()).as(anonymous.toString()).isEqualTo(1);
    assertThat(anonymous.err()).contains("failed  step.http_request.hello", "GET " + baseUrl() + "/hello failed");
  }

  @Test
  void aBadClientKeyIsReportedOnTheResource() throws Exception {
    server.useHttps(serverTls().sslSocketFactory());
    start();
    Files.writeString(gridDir.resolve("ca.pem"), authority.certificatePem());
    CliResult r = run("mtls", "-var", "base_url=" + baseUrl(),
        "-var", "client_cert=" + clientCertificate.certificatePem(),
        "-var", "client_key=-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("resource.http_client.mtls", "client_key must be an unencrypted PKCS#8 key",
        "it holds a RSA PRIVATE KEY", "openssl pkcs8 -topk8 -nocrypt");
  }

  @Test
  void http2OverTlsIsNegotiated() throws Exception {
    server.useHttps(serverTls().sslSocketFactory());
    server.setProtocols(List.of(Protocol.HTTP_2, Protocol.HTTP_1_1));
    server.enqueue(new MockResponse.Builder().body("hi").build());
    start();
    Files.writeString(gridDir.resolve("ca.pem"), authority.certificatePem());
    CliResult r = run("http2", "-var", "base_url=" + baseUrl(), "-var", "ca_cert=ca.pem");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("step.print.protocol \"h2\"\n");
    assertThat(server.takeRequest().getVersion()).isEqualTo("HTTP/2");
  }

  @Test
  void http2WithPriorKnowledgeOverCleartext() throws Exception {
    server.setProtocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE));
    server.enqueue(new MockResponse.Builder().body("hi").build());
    start();
    CliResult r = run("http2", "-var", "base_url=" + baseUrl());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("step.print.protocol \"h2c\"\n");
  }

  @Test
  void http2FailsWhenTheTlsServerOffersOnlyHttp1() throws Exception {
    server.useHttps(serverTls().sslSocketFactory());
    server.setProtocols(List.of(Protocol.HTTP_1_1));
    server.enqueue(new MockResponse.Builder().body("hi").build());
    start();
    Files.writeString(gridDir.resolve("ca.pem"), authority.certificatePem());
    CliResult r = run("http2", "-var", "base_url=" + baseUrl(), "-var", "ca_cert=ca.pem");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("was answered over HTTP/1.1, but the client's http_version is \"2\"");
  }

  @Test
  void multipartPartsReachTheServerIntact() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().body(describeParts(request)).build();
      }
    });
    start();
    Files.writeString(gridDir.resolve("upload.txt"), "line one\nline two\n");
    CliResult r = run("multipart", "-var", "base_url=" + baseUrl());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("step.print.parsed \"title|-|-|quarterly report;"
        + "doc|upload.txt|text/plain|line one\\nline two\\n;"
        + "blob|renamed.bin|text/plain|line one\\nline two\\n;\"\n");
  }

  @Test
  void multipartFilesOutsideTheGridDirectoryAreRefused() throws Exception {
    server.enqueue(new MockResponse.Builder().body("never").build());
    start();
    Files.writeString(gridDir.getParent().resolve("outside-" + gridDir.getFileName() + ".txt"), "secret");
    CliResult r = run("multipart", "-var", "base_url=" + baseUrl(),
        "-var", "upload=../outside-" + gridDir.getFileName() + ".txt");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("multipart[1].file \"../outside-", "is outside the grid's directory");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void maxBodyKeepsThePrefixAndCountsTheRest() throws Exception {
    byte[] big = new byte[1 << 20];
    java.util.Arrays.fill(big, (byte) 'x');
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().body(new Buffer().write(big)).build();
      }
    });
    start();
    CliResult r = run("max_body", "-var", "base_url=" + baseUrl());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().lines().toList()).containsExactly(
        "step.print.big {\"bytes\":1048576,\"discarded\":1047552,\"kept\":1024}",
        "step.print.big_allowed {\"discarded\":0,\"kept\":1048576}");
  }

  /** One {@code name|filename|type|content;} per part, as the server parsed them. */
  private static String describeParts(RecordedRequest request) {
    StringBuilder sb = new StringBuilder();
    MediaType type = MediaType.get(request.getHeaders().get("Content-Type"));
    try (MultipartReader reader = new MultipartReader(
        new Buffer().write(request.getBody()), type.parameter("boundary"))) {
      for (MultipartReader.Part part; (part = reader.nextPart()) != null; ) {
        String disposition = part.headers().get("Content-Disposition");
        sb.append(param(disposition, "name")).append('|').append(param(disposition, "filename")).append('|')
            .append(part.headers().get("Content-Type") == null ? "-" : part.headers().get("Content-Type"))
            .append('|').append(part.body().readString(StandardCharsets.UTF_8)).append(';');
      }
    } catch (IOException e) {
      return "unparseable: " + e;
    }
    return sb.toString();
  }

  private static String param(String disposition, String name) {
    for (String piece : disposition.split(";")) {
      String p = piece.strip();
      if (p.startsWith(name + "=")) {
        return p.substring(name.length() + 1).replace("\"", "");
      }
    }
    return "-";
  }

  private HandshakeCertificates serverTls() {
    return new HandshakeCertificates.Builder().heldCertificate(serverCertificate)
        .addTrustedCertificate(authority.certificate()).build();
  }

  private void start() throws IOException {
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  private String baseUrl() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  /** Runs the named grid from a copy in the test's grid directory. */
  private CliResult run(String grid, String... args) throws IOException {
    Path copy = gridDir.resolve(grid + ".hcl");
    Files.copy(GRIDS.resolve(grid + ".hcl"), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    List<String> all = new ArrayList<>(List.of("run", copy.toString()));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }
}
