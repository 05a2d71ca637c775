package dev.burstgrid.modules.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.burstgrid.runtime.testing.ProcessState;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Finding and killing what a command left running, through its environment marker. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProcessTreeTest {

  /**
   * Children started just before the command exits may still be inside execve when the sweep
   * reads them, with no environment for a moment; none of them may survive.
   */
  @Test
  void childrenStartedInABurstAsTheCommandExitsAreAllKilled() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc")), "leftovers are found through /proc");
    for (int attempt = 0; attempt < 10; attempt++) {
      ProcessBuilder builder = new ProcessBuilder(
          "/bin/sh", "-c", "for i in 1 2 3 4 5 6 7 8; do sleep 60 >/dev/null & echo $!; done");
      Map<String, String> environment = builder.environment();
      ProcessTree tree = ProcessTree.mark(environment);
      Process root = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(root.getInputStream().readNBytes(200), StandardCharsets.UTF_8);
      root.waitFor();
      tree.destroyLeftovers(root);
      List<Long> pids = Arrays.stream(out.strip().split("\\s+")).map(Long::parseLong).toList();
      assertThat(pids).hasSize(8);
      for (long pid : pids) {
        assertGone(pid, attempt);
      }
    }
  }

  @Test
  void entriesMatchWholeVariablesOnly() {
    byte[] environ = "A=1\0BGGO_PROCESS_TREE=abc\0B=2\0".getBytes(StandardCharsets.UTF_8);
    assertThat(ProcessTree.containsEntry(environ, bytes("BGGO_PROCESS_TREE=abc"))).isTrue();
    assertThat(ProcessTree.containsEntry(environ, bytes("BGGO_PROCESS_TREE=ab"))).isFalse();
    assertThat(ProcessTree.containsEntry(environ, bytes("B=2"))).isTrue();
    assertThat(ProcessTree.containsEntry(new byte[0], bytes("B=2"))).isFalse();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Killing is a signal: the process ends within a few seconds, as a zombie at least. */
  private static void assertGone(long pid, int attempt) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (ProcessState.running(pid) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    boolean survived = ProcessState.running(pid);
    if (survived) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
    assertThat(survived).as("leftover " + pid + " of attempt " + attempt + " still running: " + ProcessState.describe(pid)).isFalse();
  }
}
