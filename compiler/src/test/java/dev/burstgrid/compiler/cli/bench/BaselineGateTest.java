package dev.burstgrid.compiler.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a row counts as a regression: worse beyond both error bars and the allowed ratio, by mode. */
class BaselineGateTest {
  private static JmhRow row(String mode, double score, double error) {
    return new JmhRow("b.B.iteration", mode, Map.of(), score, error, mode.equals("thrpt") ? "ops/s" : "ms/op");
  }

  @Test
  void aSlowerTimeIsARegressionOnlyBeyondBothErrorsAndTheAllowance() {
    assertThat(BaselineGate.isRegression(row("avgt", 10, 1), row("avgt", 13, 1), 0.10)).isTrue();
    assertThat(BaselineGate.isRegression(row("avgt", 10, 1), row("avgt", 11.5, 1), 0.10)).as("errors overlap").isFalse();
    assertThat(BaselineGate.isRegression(row("avgt", 10, 0), row("avgt", 10.5, 0), 0.10)).as("within 10%").isFalse();
    assertThat(BaselineGate.isRegression(row("sample", 10, 1), row("sample", 5, 1), 0.10)).as("faster").isFalse();
  }

  @Test
  void aLowerThroughputIsTheRegressionInThroughputMode() {
    assertThat(BaselineGate.isRegression(row("thrpt", 100, 2), row("thrpt", 80, 2), 0.10)).isTrue();
    assertThat(BaselineGate.isRegression(row("thrpt", 100, 2), row("thrpt", 130, 2), 0.10)).isFalse();
    assertThat(BaselineGate.isRegression(row("thrpt", 100, Double.NaN), row("thrpt", 95, Double.NaN), 0.10)).isFalse();
  }

  @Test
  void theAllowedRegressionIsAPercentageOrAFraction() {
    assertThat(BaselineGate.parseRegression("10%")).isEqualTo(0.10);
    assertThat(BaselineGate.parseRegression("0.25")).isEqualTo(0.25);
    assertThatThrownBy(() -> BaselineGate.parseRegression("ten")).hasMessageContaining("--max-regression takes");
  }
}
