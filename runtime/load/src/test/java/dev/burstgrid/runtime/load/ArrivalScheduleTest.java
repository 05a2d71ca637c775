package dev.burstgrid.runtime.load;

import static dev.burstgrid.runtime.load.Load.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

  private static List<Long> offsets(Executor e) {
    ArrivalSchedule s = ArrivalSchedule.of(e);
    List<Long> out = new ArrayList<>();
    for (long i = 0; ; i++) {
      long t = s.offset(i);
      if (t < 0) {
        return out;
      }
      out.add(t);
    }
  }

  @Test
  void aConstantRateStartsAtZeroAndEveryTimeUnitOverRate() {
    List<Long> t = offsets(new Executor.ConstantArrivalRate(10, Duration.ofSeconds(1), ms(1000), 1, 1));
    assertThat(t).hasSize(10);
    for (int i = 0; i < 10; i++) {
      assertThat(t.get(i)).isBetween(i * 100_000_000L - 1, i * 100_000_000L + 1);
    }
  }

  @Test
  void theTimeUnitScalesTheRate() {
    assertThat(offsets(new Executor.ConstantArrivalRate(3, Duration.ofMinutes(1), Duration.ofMinutes(2), 1, 1))).hasSize(6);
  }

  @Test
  void aRampStartsTheIntegralOfItsRate() {
    // 0 → 10/s over 10s: 50 iterations, denser towards the end; 10 → 0 over 1s: 5; a jump to 10,
    // then 10 → 0 over 2s: 10.
    Executor e = new Executor.RampingArrivalRate(0, Duration.ofSeconds(1),
        List.of(new Stage(Duration.ofSeconds(10), 10), new Stage(Duration.ofSeconds(1), 0), new Stage(Duration.ZERO, 10),
            new Stage(Duration.ofSeconds(2), 0)), 1, 1);
    List<Long> t = offsets(e);

    assertThat(t.size()).isBetween(64, 66);
    assertThat(t).isSorted();
    assertThat(t.get(0)).isZero();
    // Iteration 12 of the ramp is due where 0.5·t² = 12: t ≈ 4.9s.
    assertThat(t.get(12)).isBetween(4_800_000_000L, 5_000_000_000L);
    assertThat(t.stream().filter(x -> x >= 10_000_000_000L && x < 11_000_000_000L).count()).isBetween(4L, 6L);
    assertThat(t.get(t.size() - 1)).isLessThan(13_000_000_000L);
  }
}
