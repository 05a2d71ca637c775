package dev.burstgrid.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridLauncherTest {
  @Test
  void helpLinesShowTypeDefaultDescriptionAndSensitivity() {
    assertThat(GridLauncher.variableLine(new GridVariable("n", Type.NUMBER, null, false, "How many users")))
        .isEqualTo("  n  number, required\n      How many users\n");
    assertThat(GridLauncher.variableLine(new GridVariable("m", new Type.MapOf(Type.STRING),
        Value.ObjectValue.of(java.util.Map.of("k", Value.string("v"))), false)))
        .isEqualTo("  m  map(string), default {\"k\":\"v\"}\n");
    assertThat(GridLauncher.variableLine(new GridVariable("token", Type.STRING, Value.string("s3cr3t"), true, "")))
        .isEqualTo("  token  string, has a default, sensitive\n");
  }

  @Test
  void environmentComesBeforeTheCommandLine() {
    List<GridVariable> declared = List.of(new GridVariable("n", Type.NUMBER, null, false));
    java.util.Map<String, Value> given = new java.util.LinkedHashMap<>();
    GridInputs.addEnvironment(java.util.Map.of("BGGO_VAR_n", "4", "BGGO_VAR_other", "x", "HOME", "/"), declared, given);
    assertThat(given).containsOnlyKeys("n");
    GridInputs.addAssignment("n=5", declared, given);
    assertThat(given.get("n")).isEqualTo(Value.number(5));
  }

  @Test
  void theReportFilesAreFoundInACommandLineThatIsOtherwiseBad() {
    var targets = dev.burstgrid.lang.load.LoadArguments.targetsIn(new String[] {"--bogus", "--report-json", "r.json",
        "--report-html=r.html", "-var", "x", "--report-junit"});
    assertThat(targets.json()).hasToString("r.json");
    assertThat(targets.html()).hasToString("r.html");
    assertThat(targets.junit()).isNull();
  }
}
