package dev.burstgrid.lang.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
  @Test
  void parsesGoSyntax() {
    assertThat(Durations.parse("300ms")).isEqualTo(Duration.ofMillis(300));
    assertThat(Durations.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("2h45m")).isEqualTo(Duration.ofMinutes(165));
    assertThat(Durations.parse("45s")).isEqualTo(Duration.ofSeconds(45));
    assertThat(Durations.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.parse("1us")).isEqualTo(Duration.ofNanos(1000));
    assertThat(Durations.parse("1\u00b5s")).isEqualTo(Duration.ofNanos(1000));
    assertThat(Durations.parse("1\u03bcs")).isEqualTo(Duration.ofNanos(1000));
    assertThat(Durations.parse("7ns")).isEqualTo(Duration.ofNanos(7));
    assertThat(Durations.parse("0")).isEqualTo(Duration.ZERO);
    assertThat(Durations.parse("-1.5s")).isEqualTo(Duration.ofMillis(-1500));
    assertThat(Durations.parse("+2s")).isEqualTo(Duration.ofSeconds(2));
    assertThat(Durations.parse(".5s")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("1.s")).isEqualTo(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "s", "10", "1x", "1.2.3s", "-", ".s", "1 s", "2h45", "1e3s"})
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid duration \"" + text + "\"");
  }

  @Test
  void namesTheProblem() {
    assertThatThrownBy(() -> Durations.parse("10"))
        .hasMessageContaining("the number 10 has no unit");
    assertThatThrownBy(() -> Durations.parse("5sec")).hasMessageContaining("unknown unit \"sec\"");
    assertThatThrownBy(() -> Durations.parse("3000000h")).hasMessageContaining("too long");
  }

  @Test
  void formatsAsGo() {
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(Durations.format(Duration.ofNanos(7))).isEqualTo("7ns");
    assertThat(Durations.format(Duration.ofNanos(1500))).isEqualTo("1.5\u00b5s");
    assertThat(Durations.format(Duration.ofMillis(300))).isEqualTo("300ms");
    assertThat(Durations.format(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(Durations.format(Duration.ofMinutes(165))).isEqualTo("2h45m0s");
    assertThat(Durations.format(Duration.ofMillis(3_723_500))).isEqualTo("1h2m3.5s");
    assertThat(Durations.format(Duration.ofMillis(-1500))).isEqualTo("-1.5s");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1h2m3.5s", "300ms", "1.5\u00b5s", "7ns", "2h45m0s", "-1.5s"})
  void formatRoundTrips(String text) {
    assertThat(Durations.format(Durations.parse(text))).isEqualTo(text);
  }
}
