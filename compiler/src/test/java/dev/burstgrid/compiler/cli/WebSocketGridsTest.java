package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.modules.websocket.testing.NodeServer;
import dev.burstgrid.modules.websocket.testing.NodeServerExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WebSocket grids run by bggoc against a real WebSocket server (Node's ws) on 127.0.0.1. */
class WebSocketGridsTest {
  @RegisterExtension static final NodeServerExtension NODE = new NodeServerExtension("websocket");

  static NodeServer server() {
    return NODE.server();
  }

  @Test
  void theEchoExampleSendsTextAndBytesAndClosesNormally() throws Exception {
    CliResult r = Cli.run("run", "../examples/websocket/echo.hcl", "-var", "url=" + server().wsUrl());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("step.print.replies [{\"n\":1,\"op\":\"hello\"},\"raw bytes\"]\n");
    assertThat(Json.encode(awaitLastClose())).isEqualTo("{\"code\":1000,\"reason\":\"closed by bggo\"}");
  }

  @Test
  void aCloseFrameFromTheServerFailsTheWaitingStepWithItsCodeAndReason() {
    CliResult r = Cli.run("run", "src/test/resources/run/websocket/server_close.hcl", "-var", "url=" + server().wsUrl());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("error   step.websocket_receive.never (server_close.hcl:12:1): message on "
        + server().wsUrl() + ": the server closed the connection to " + server().wsUrl() + " (code 4000, reason \"bye\")");
  }

  /** The close frame of the last connection, once every connection has closed. */
  static Value awaitLastClose() throws Exception {
    server().awaitStat("open", 0);
    List<Value> closes = ((Value.TupleValue) server().stats().attributes().get("closes")).elements();
    return closes.get(closes.size() - 1);
  }
}
