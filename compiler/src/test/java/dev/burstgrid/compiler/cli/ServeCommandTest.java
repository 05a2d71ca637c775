package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code bggoc serve} as a real process, answering grids and raw sockets, stopped with SIGINT. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServeCommandTest {
  private Process serve;
  private String baseUrl;

  @BeforeEach
  void startServe() throws IOException {
    ServeProcess started = ServeProcess.start();
    serve = started.process;
    baseUrl = started.baseUrl;
  }

  @AfterEach
  void stopServe() {
    serve.destroyForcibly();
  }

  @Test
  void answersEveryPathToAGrid() {
    CliResult r = Cli.run("run", "src/test/resources/serve/target.hcl", "-var", "base_url=" + baseUrl);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("step.print.answers {\"delay\":50,\"json\":true,\"missing\":404,"
        + "\"post\":200,\"root\":\"ok\\n\",\"status\":503,\"waited\":true}\n");
  }

  @Test
  void keepsConnectionsAliveAnswersPipelinedAndHeadRequestsAndRefusesGarbage() throws IOException {
    int port = Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET /status/201 HTTP/1.1\r\nHost: x\r\n\r\n"
          + "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
          + "HEAD /json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(all).startsWith("HTTP/1.1 201 Created\r\n").contains("{\"status\":201}HTTP/1.1 200 OK\r\n")
          .contains("\r\n\r\nok\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\n").endsWith("\r\n\r\n");
    }
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write("NOT HTTP AT ALL\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(answer).startsWith("HTTP/1.1 400 Bad Request\r\n");
    }
  }

  @Test
  void ctrlCStopsItWithExitCode130AndACount() throws Exception {
    Cli.run("run", "src/test/resources/serve/target.hcl", "-var", "base_url=" + baseUrl);
    Process kill = new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).start();
    assertThat(kill.waitFor()).isZero();
    assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(serve.exitValue()).isEqualTo(130);
    assertThat(read(serve.getErrorStream())).contains("bggoc serve: stopped after 6 requests");
  }

  @Test
  void aPortInUseIsAUsageError() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliResult r = Cli.run("serve", "--port", Integer.toString(taken.getLocalPort()));
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).startsWith("bggoc: cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .contains("--port 0 for any free one");
    }
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
