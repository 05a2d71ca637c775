package dev.burstgrid.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class GridVariablesTest {
  @Test
  void laterSourcesWin() throws Exception {
    Properties user = new Properties();
    user.setProperty("bggo.var.c", "from-property");
    user.setProperty("unrelated", "x");
    Map<String, String> merged = GridVariables.merge(Map.of("a", "pom", "b", "pom", "c", "pom"), "b=vars,c=vars", user);
    assertThat(merged).containsExactlyInAnyOrderEntriesOf(Map.of("a", "pom", "b", "vars", "c", "from-property"));
  }

  @Test
  void commasInsideValuesStay() throws Exception {
    assertThat(GridVariables.parse("ports=[80,443],name=a,b")).containsExactly(
        Map.entry("ports", "[80,443]"), Map.entry("name", "a,b"));
  }

  @Test
  void aPartWithoutNameIsAnError() {
    assertThatThrownBy(() -> GridVariables.parse("=1")).isInstanceOf(GridBuildException.class)
        .hasMessageContaining("is not NAME=VALUE");
  }
}
