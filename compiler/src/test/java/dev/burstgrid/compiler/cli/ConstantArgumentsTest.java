package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        .contains("11 errors found.")
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

  @Test
  void aZeroTimeoutIsNoLimitForACommand(@TempDir Path dir) throws Exception {
    Path grid = Files.writeString(dir.resolve("g.hcl"), """
        step "cmd" "c" {
          arguments {
            command = ["sh", "-c", "sleep 0.2; echo done"]
            timeout = "0"
          }
        }
        step "print" "p" {
          arguments { input = step.cmd.c.output.stdout }
        }
        """);
    CliResult r = Cli.run("run", grid.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("step.print.p \"done\\n\"");
  }
}
