package dev.burstgrid.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSummaryTest {
  @Test
  void aFailureKeepsItsReasonThroughTheFileBggoVerifyReads(@TempDir Path dir) throws Exception {
    RunSummary summary = new RunSummary();
    summary.record("smoke", 0, "");
    summary.record("load", 99, "threshold fast failed: metric.iterations.count > 100 (measured iterations.count=2)");
    summary.record("timed.out", ForkedGridRun.TIMED_OUT, "");
    summary.write(dir);

    RunSummary read = RunSummary.read(dir);

    assertThat(read.grids()).containsExactly("load", "smoke", "timed.out");
    assertThat(read.failures()).containsExactly(
        java.util.Map.entry("load", "a threshold failed (exit 99): threshold fast failed:"
            + " metric.iterations.count > 100 (measured iterations.count=2)"),
        java.util.Map.entry("timed.out", "did not finish within bggo.timeout"));
  }
}
