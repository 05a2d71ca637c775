package dev.burstgrid.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.runtime.GridRun;
import org.junit.jupiter.api.Test;

class CountKeysTest {

  @Test
  void aCountGivesTheKeysFromZero() {
    assertThat(CountKeys.of(3)).containsExactly(0, 1, 2);
    assertThat(CountKeys.of(0)).isEmpty();
  }

  @Test
  void theLargestGroupIsNotAllocatedUpFront() {
    assertThat(CountKeys.of(GridRun.MAX_INSTANCES)).hasSize(GridRun.MAX_INSTANCES)
        .element(GridRun.MAX_INSTANCES - 1).isEqualTo(GridRun.MAX_INSTANCES - 1);
  }

  @Test
  void aNegativeCountIsRejectedWithTheUsersMessage() {
    assertThatThrownBy(() -> CountKeys.of(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be a whole number ≥ 0, got -1");
  }

  @Test
  void aCountAboveTheInstanceCapIsRejected() {
    assertThatThrownBy(() -> CountKeys.of(GridRun.MAX_INSTANCES + 1L)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count is 1000001, more than the 1000000 instances a group may have; split the work or lower"
            + " the count");
  }
}
