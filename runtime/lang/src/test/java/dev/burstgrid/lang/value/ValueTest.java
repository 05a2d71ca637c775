package dev.burstgrid.lang.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueTest {
  @Test
  void numbersCompareAsExactDecimals() {
    assertThat(Value.number(new BigDecimal("1.50"))).isEqualTo(Value.number(new BigDecimal("1.5")));
    assertThat(Value.number(new BigDecimal("1.50")).hashCode())
        .isEqualTo(Value.number(new BigDecimal("1.5")).hashCode());
  }
}
