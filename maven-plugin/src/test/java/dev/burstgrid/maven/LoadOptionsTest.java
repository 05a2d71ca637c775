package dev.burstgrid.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoadOptionsTest {
  @Test
  void eachOptionSetBecomesTheLaunchersFlagInAFixedOrder() {
    LoadOptions all = new LoadOptions("smoke", "10", "30s", "100", "50", "20", "10s:5,10s:0", "8", "42");
    assertThat(all.arguments()).containsExactly("--scenario", "smoke", "--vus", "10", "--duration", "30s",
        "--iterations", "100", "--rate", "50", "--max-vus", "20", "--stages", "10s:5,10s:0",
        "--max-concurrency", "8", "--seed", "42");
  }

  @Test
  void optionsNotSetOrBlankAreLeftOutAndValuesAreTrimmed() {
    LoadOptions some = new LoadOptions(null, " 5 ", "", null, null, null, "  ", null, null);
    assertThat(some.arguments()).containsExactly("--vus", "5");
  }
}
