package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs one HTTP call against each fault of a real local server and checks that the step fails
 * clearly, by name, within its timeout — and that the run leaves no step thread and no open
 * socket or pipe behind, measured in this process (the run is in process too). Files are left
 * out of the count: the JVM opens jars and its own files lazily, the first time a path needs
 * them, and keeps them open.
 */
@Timeout(120)
class FaultMatrixTest {
  private static final Path FDS = Path.of("/proc/self/fd");
  private static FaultServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new FaultServer();
    // Warm up: javac, class loading and the JDK's own lazily opened files count once, before any
    // case — on the timeout path too (on JDK 25 it opens descriptors of its own the first time).
    Cli.run("run", grid("faults"), "-var", "url=" + server.baseUrl() + "/error");
    Cli.run("run", grid("faults"), "-var", "url=" + server.baseUrl() + "/hang");
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static String grid(String name) {
    return Path.of("src/test/resources/controls", name + ".hcl").toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/hang   | timed out after 1s",
      "/stall  | timed out after 1s",
      "/reset  | ",
      "/close  | ",
      "/error  | 503",
  })
  void aFaultIsAClearStepNamedFailureAndLeavesNothingBehind(String path, String expected) throws Exception {
    int fdsBefore = openFds();
    long started = System.nanoTime();
    CliResult r = Cli.run("run", grid("faults"), "-var", "url=" + server.baseUrl() + path);
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("error   step.http_request.call (faults.hcl:6:1): ")
        .contains("skipped step.print.size").doesNotContain("Exception in thread");
    if (expected != null) {
      assertThat(r.err()).contains(expected);
    }
    assertThat(tookMs).as("bounded by the 1 s timeout, with room for a loaded machine").isLessThan(15_000);
    assertNothingLeft(fdsBefore, r);
  }

  @ParameterizedTest(name = "50 failures of {0}")
  @CsvSource({"/reset", "/close", "/hang"})
  void manyFailuresThatDoNotStopTheRunLeaveNothingBehind(String path) throws Exception {
    int fdsBefore = openFds();
    CliResult r = Cli.run("run", grid("faults_many"), "-var", "url=" + server.baseUrl() + path);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("0 ok, 50 failed, 0 cancelled, 0 skipped");
    assertNothingLeft(fdsBefore, r);
  }

  @ParameterizedTest(name = "a 50 MB body")
  @CsvSource("/big")
  void aFiftyMegabyteBodyIsReadBoundedAndLeavesNothingBehind(String path) throws Exception {
    int fdsBefore = openFds();
    CliResult r = Cli.run("run", grid("faults_big"), "-var", "url=" + server.baseUrl() + path);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("step.print.sizes [" + FaultServer.BIG + "," + FaultServer.BIG + "]\n");
    assertNothingLeft(fdsBefore, r);
  }

  /** No bggo-step thread alive, and the sockets and pipes back to their count (closing may lag a little). */
  private static void assertNothingLeft(int fdsBefore, CliResult r) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while ((LiveStepThreads.count() > 0 || openFds() > fdsBefore) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(LiveStepThreads.count()).as("bggo-step threads after\n" + r.err()).isZero();
    assertThat(openFds()).as("open sockets and pipes after\n" + r.err()).isLessThanOrEqualTo(fdsBefore);
  }

  /** This process's open sockets and pipes. */
  private static int openFds() throws IOException {
    int count = 0;
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(FDS)) {
      for (Path fd : fds) {
        String target;
        try {
          target = Files.readSymbolicLink(fd).toString();
        } catch (IOException closedMeanwhile) {
          continue; // the directory stream's own descriptor, or one closed while listing
        }
        if (target.startsWith("socket:") || target.startsWith("pipe:")) {
          count++;
        }
      }
    }
    return count;
  }
}
