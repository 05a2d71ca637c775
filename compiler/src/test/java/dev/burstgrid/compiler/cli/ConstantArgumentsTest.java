package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Constant arguments that could only fail at run time are diagnostics of bggoc check. */
class ConstantArgumentsTest {
  static final String GRID = "src/test/resources/check/errors/constant_arguments.hcl";

  @Test
  void eachRuleOfTheBuiltInRunnersNamesTheArgumentAndSaysWhatToWrite() {
    CliResult r = Cli.run("check", GRID);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .contains(GRID + ":4:23: Error: Invalid duration")
        .contains("Argument \"timeout\" of resource.http_client.c must not be negative, but is \"-5s\".")
        .contains(GRID + ":5:23: Error: Invalid argument")
        .contains("Argument \"max_connections\" of resource.http_client.c: it is 0, but must be a whole number")
        .contains("Argument \"max_connections\" of resource.http_client.d: it is 2.5, but must be a whole number")
        .contains(GRID + ":14:14: Error: Invalid argument")
        .contains("\"not a url\" is not a URL")
        .contains(GRID + ":15:14: Error: Invalid argument")
        .contains("\"GE T\" is not an HTTP method")
        .contains(GRID + ":21:12: Error: Invalid argument")
        .contains("the scheme \"ftp\" is not supported")
        .contains(GRID + ":23:12: Error: Invalid argument")
        .contains("\"body\" and \"json\" are both set")
        .contains(GRID + ":29:15: Error: Invalid argument")
        .contains("a GET request has no body")
        .contains(GRID + ":36:15: Error: Invalid duration")
        .contains(GRID + ":40:26: Error: Invalid duration")
        .contains(GRID + ":45:14: Error: Invalid argument")
        .contains("\"5\" is not an HTTP method: a method is one word of letters")
        .contains("Argument \"max_connections\" of resource.http_client.e: it is 1000000000000, but must be a whole")
        .contains("13 errors found.")
        .doesNotContain("Exception");
  }

  @Test
  void theSocketIoAndWebSocketRunnersCheckTheirUrlsWaitsAndPayloads() {
    String grid = "src/test/resources/check/errors/socket_arguments.hcl";
    CliResult r = Cli.run("check", grid);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err())
        .contains(grid + ":3:21: Error: Invalid argument")
        .contains("Argument \"url\" of resource.socketio_client.scheme: url must start with http://, https://,"
            + " ws:// or wss://, got \"ftp://127.0.0.1:3000\"; write one such as \"http://127.0.0.1:3000\".")
        .contains("url names namespace \"/chat\" but namespace is \"/admin\": give it in one of them.")
        .contains("Argument \"transports\" of resource.socketio_client.rest: unknown transport \"carrier-pigeon\"")
        .contains("Argument \"timeout\" of resource.socketio_client.rest: it is \"0s\", but a wait must be longer"
            + " than zero: write a limit such as \"5s\".")
        .contains("Argument \"args\" of step.socketio_emit.e: give data (one argument) or args (several), not both.")
        .contains("Argument \"binary\" of step.socketio_emit.e: it must be base64 text")
        .contains("Argument \"emit_args\" of step.socketio_request.r: emit_args must be a list of the event's"
            + " arguments")
        .contains("Argument \"timeout\" of step.socketio_await.a: it is \"0ms\"")
        .contains("Argument \"url\" of step.socketio.legacy: url is not a valid URL: \"not a url\"")
        .contains("Argument \"url\" of resource.websocket_client.w: the scheme \"ftp\" is not supported:"
            + " websocket_client connects to ws:// and wss:// URLs.")
        .contains("Argument \"url\" of resource.websocket_client.nohost: \"ws:///socket\" names no host")
        .contains("Argument \"binary\" of step.websocket_send.both: give exactly one of text and binary.")
        .contains("Argument \"text\" of step.websocket_send.neither (its default): give exactly one")
        .contains("Argument \"binary\" of step.websocket_send.bytes: it must be base64 text")
        .contains("Argument \"timeout\" of step.websocket_receive.r: it is \"0s\"")
        .contains("17 errors found.")
        .doesNotContain("Exception");
  }

  @Test
  void argumentsKnownOnlyAtRunTimeAreLeftToTheRun(@TempDir Path dir) throws Exception {
    Path grid = Files.writeString(dir.resolve("g.hcl"), """
        variable "base" {
          type    = string
          default = "not a url"
        }
        step "http_request" "a" {
          arguments { url = "${var.base}/x" }
        }
        """);
    CliResult r = Cli.run("check", grid.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0s", "0ms"})
  void aZeroTimeoutIsNoLimitForACommand(String zero, @TempDir Path dir) throws Exception {
    Path grid = Files.writeString(dir.resolve("g.hcl"), """
        step "cmd" "c" {
          arguments {
            command = ["sh", "-c", "sleep 0.2; echo done"]
            timeout = "%s"
          }
        }
        step "print" "p" {
          arguments { input = step.cmd.c.output.stdout }
        }
        """.formatted(zero));
    CliResult r = Cli.run("run", grid.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("step.print.p \"done\\n\"");
  }
}
