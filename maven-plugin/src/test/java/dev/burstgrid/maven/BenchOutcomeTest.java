package dev.burstgrid.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchOutcomeTest {
  @Test
  void aRegressionNamesTheRowsThatRegressed() {
    BenchOutcome.Lines lines = new BenchOutcome.Lines();
    lines.accept("Baseline comparison (allowed regression 10.0%):");
    lines.accept("  a.Bench.iteration sample: 1.000 ± 0.100 ms/op -> 1.010 ± 0.100 ms/op, ratio 1.010 [0.8, 1.2] ok");
    lines.accept("  b.Bench.iteration sample: 1.000 ± 0.100 ms/op -> 3.000 ± 0.100 ms/op, ratio 3.000 [2.5, 3.4] REGRESSION");

    assertThat(lines.outcome(99).reason()).isEqualTo("regressed against the baseline:"
        + " b.Bench.iteration sample: 1.000 ± 0.100 ms/op -> 3.000 ± 0.100 ms/op, ratio 3.000 [2.5, 3.4]");
  }

  @Test
  void aFailedStepOrABadOptionIsTheReason() {
    BenchOutcome.Lines lines = new BenchOutcome.Lines();
    lines.accept("step failed: step.http_request.get (grid.hcl:1:1): connection refused");
    lines.accept("bggoc: JMH ended with exit code 1 (its output is above).");

    assertThat(lines.outcome(1).reason()).isEqualTo("step failed: step.http_request.get (grid.hcl:1:1): connection"
        + " refused; JMH ended with exit code 1 (its output is above).");
    assertThat(new BenchOutcome.Lines().outcome(1).reason()).isEqualTo("bggoc bench exited with 1");
    assertThat(lines.outcome(0).reason()).isEmpty();
  }
}
