package dev.burstgrid.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GridSelectionTest {
  @Test
  void emptyTakesEveryGrid() {
    assertThat(new GridSelection(null).includes("smoke")).isTrue();
    assertThat(new GridSelection(" ").includes("smoke")).isTrue();
  }

  @Test
  void namesAndPatternsInclude() {
    GridSelection s = new GridSelection("smoke, login_*");
    assertThat(s.includes("smoke")).isTrue();
    assertThat(s.includes("login_fast")).isTrue();
    assertThat(s.includes("smoke2")).isFalse();
    assertThat(s.includes("load")).isFalse();
  }

  @Test
  void aBangExcludes() {
    GridSelection s = new GridSelection("!slow*");
    assertThat(s.includes("smoke")).isTrue();
    assertThat(s.includes("slow_soak")).isFalse();
  }

  @Test
  void patternCharactersAreLiteral() {
    assertThat(new GridSelection("a.b").includes("axb")).isFalse();
  }
}
