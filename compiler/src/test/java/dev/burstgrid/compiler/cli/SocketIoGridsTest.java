package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.modules.websocket.testing.NodeServer;
import dev.burstgrid.modules.websocket.testing.NodeServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Socket.IO grids run by the real bggoc against a real Socket.IO 4 server (Node) on 127.0.0.1. */
class SocketIoGridsTest {
  static final Path EXAMPLES = Paths.get("../examples/socketio");
  static final Path GRIDS = Paths.get("src/test/resources/run/socketio");
  @RegisterExtension static final NodeServerExtension NODE = new NodeServerExtension("socketio");

  static NodeServer server() {
    return NODE.server();
  }

  static String grid(String name) {
    return GRIDS.resolve(name + ".hcl").toString();
  }

  /** The seed grids read the server from SOCKETIO_WSS_URL, written as the seed's default is. */
  static Map<String, String> seedEnvironment() {
    return Map.of("SOCKETIO_WSS_URL", server().wsUrl() + "/socket.io");
  }

  @Test
  void theExamplesAreTheSeedGridsUnchanged() throws Exception {
    Path seed = seedGrids();
    Assumptions.assumeTrue(seed != null, "seed grids not present beside the project");
    for (String name : new String[] {"socketio_ping_pong.hcl", "socketio_same_connection.hcl"}) {
      assertThat(Files.readString(EXAMPLES.resolve(name))).as(name).isEqualTo(Files.readString(seed.resolve(name)));
    }
  }

  @Test
  void theSeedPingPongGridGetsItsPong() throws Exception {
    CliResult r = BggocProcess.run(seedEnvironment(), "run", EXAMPLES.resolve("socketio_ping_pong.hcl").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("ok      step.socketio.ping_pong").contains("2 ok, 0 failed");
  }

  @Test
  void theSeedSameConnectionGridSendsBothRequestsOnOneConnection() throws Exception {
    long before = server().stat("connections");
    CliResult r = BggocProcess.run(seedEnvironment(), "run", EXAMPLES.resolve("socketio_same_connection.hcl").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    // The two requests run at once: their prints come in either order.
    assertThat(r.out().lines()).containsExactlyInAnyOrder(
        "step.print.display_result1 {\"pong\":true}", "step.print.display_result2 {\"pong\":true}");
    assertThat(server().stat("connections") - before).isEqualTo(1);
    assertThat(r.err()).containsOnlyOnce("create  resource.socketio_client.shared_connection")
        .containsOnlyOnce("close   resource.socketio_client.shared_connection");
  }

  @Test
  void theChatRoomExampleHoldsAConversation() {
    CliResult r = Cli.run("run", EXAMPLES.resolve("chat_room.hcl").toString(), "-var", "url=" + server().httpUrl());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("step.print.conversation [\"alice: hello bob\",\"bob: hi alice, you said: hello bob\"]\n");
  }

  @Test
  void twoHundredConcurrentRequestsOnOneConnectionEachGetTheirOwnReply() throws Exception {
    long before = server().stat("connections");
    CliResult r = Cli.run("run", "--quiet", grid("concurrent_requests"), "-var", "url=" + server().httpUrl());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String ids = IntStream.range(0, 200).mapToObj(Integer::toString).collect(Collectors.joining(","));
    assertThat(r.out()).isEqualTo("step.print.ids [" + ids + "]\n");
    assertThat(server().stat("connections") - before).isEqualTo(1);
  }

  @Test
  void twoHundredConnectionsFromACountGroupAllSucceed() throws Exception {
    long before = server().stat("connections");
    CliResult r = Cli.run("run", "--quiet", grid("many_connections"), "-var", "url=" + server().httpUrl());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("step.print.users 200\n");
    assertThat(server().stat("connections") - before).isEqualTo(200);
    server().awaitStat("open", 0);
  }

  @Test
  void multipleArgumentsAndBinaryPayloadsGoBothWays() {
    CliResult r = Cli.run("run", "--quiet", grid("binary_echo"), "-var", "url=" + server().httpUrl());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("step.print.ack [1,\"two\",{\"three\":3},\"Ynl0ZXM=\"]\nstep.print.bytes \"bytes\"\n");
  }

  @Test
  void anUnreachableServerFailsTheResourceAndSkipsItsSteps() {
    CliResult r = fault("unreachable");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("error   resource.socketio_client.conn (faults.hcl:11:1): cannot connect to http://127.0.0.1:1/: websocket error")
        .contains("1 skipped");
  }

  @Test
  void aWrongTokenIsRefusedWithTheServersMessage() {
    CliResult r = fault("wrong_auth");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("cannot connect to " + server().httpUrl() + "/admin: the server refused: unauthorized: wrong or missing token");
  }

  @Test
  void noReplyWithinTheTimeoutFailsInTimeAndReleasesTheConnection() throws Exception {
    long started = System.nanoTime();
    CliResult r = fault("no_reply");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("error   step.socketio_request.wait (faults.hcl:27:1): no event \"pong\" from "
        + server().httpUrl() + "/ within 500ms");
    // The step waits 500ms; its 60s alternative would show as a much longer run.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    server().awaitStat("open", 0);
  }

  @Test
  void aServerDisconnectEndsTheWaitingStep() throws Exception {
    CliResult r = fault("disconnect");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("error   step.socketio_request.wait (faults.hcl:27:1): event \"pong\" from "
        + server().httpUrl() + "/: the connection to " + server().httpUrl() + "/ ended: the server closed the connection or it was lost");
    server().awaitStat("open", 0);
  }

  @Test
  void ctrlCDuringAWaitStopsTheRunAndClosesTheConnection() throws Exception {
    BggocProcess p = BggocProcess.start(Map.of(), "run", grid("faults"), "-var", "url=" + server().httpUrl(), "-var", "fault=wait");
    for (int i = 0; i < 600 && !p.errSoFar().contains("create  resource.socketio_client.conn"); i++) {
      Thread.sleep(50);
    }
    assertThat(server().stat("open")).isEqualTo(1);
    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
    CliResult r = p.finish();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(130);
    assertThat(r.err()).contains("close   resource.socketio_client.conn");
    server().awaitStat("open", 0);
  }

  /** {@code shared/seed/grids} beside the checkout (or beside the folder of worktrees). */
  static Path seedGrids() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path grids = dir.resolve("shared/seed/grids");
      if (Files.isDirectory(grids)) {
        return grids;
      }
    }
    return null;
  }

  CliResult fault(String fault) {
    return Cli.run("run", grid("faults"), "-var", "url=" + server().httpUrl(), "-var", "fault=" + fault);
  }
}
