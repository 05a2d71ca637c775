package dev.burstgrid.modules.core;

import dev.burstgrid.runtime.testing.TestRunContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvVarsRunnerTest {
  private static final Map<String, String> ENV =
      Map.of(
          "DB_HOST", "db.internal",
          "DB_PORT", "5432",
          "HOME", "/home/u",
          "LOG_LEVEL", "debug",
          "SOCKETIO_WSS_URL", "wss://127.0.0.1/ws");

  private final EnvVarsRunner runner = new EnvVarsRunner();

  private EnvVarsRunner.Output run(
      List<String> include,
      List<String> required,
      Map<String, String> defaults,
      String prefix,
      boolean stripPrefix) {
    return runner.run(
        new EnvVarsRunner.Input(include, required, defaults, prefix, stripPrefix),
        new TestRunContext("step.env_vars.e", ENV));
  }

  @Test
  void withNoArgumentsReadsTheWholeEnvironment() {
    EnvVarsRunner.Output out = run(List.of(), List.of(), Map.of(), "", false);
    assertThat(out.vars()).isEqualTo(ENV);
    assertThat(out.all()).isEqualTo(ENV);
    assertThat(List.copyOf(out.vars().keySet())).isSorted();
  }

  @Test
  void includeReadsOnlyTheNamedVariablesThatAreSet() {
    EnvVarsRunner.Output out = run(List.of("HOME", "NOT_SET"), List.of(), Map.of(), "", false);
    assertThat(out.vars()).containsExactly(Map.entry("HOME", "/home/u"));
    assertThat(out.all()).containsEntry("SOCKETIO_WSS_URL", "wss://127.0.0.1/ws").hasSize(5);
  }

  @Test
  void defaultsApplyOnlyToUnsetVariables() {
    EnvVarsRunner.Output out =
        run(List.of(), List.of(), Map.of("LOG_LEVEL", "info", "COLOR", "auto"), "", false);
    assertThat(out.vars()).isEqualTo(Map.of("LOG_LEVEL", "debug", "COLOR", "auto"));
  }

  @Test
  void requiredVariablesAreRead() {
    EnvVarsRunner.Output out = run(List.of(), List.of("DB_HOST"), Map.of(), "", false);
    assertThat(out.vars()).isEqualTo(Map.of("DB_HOST", "db.internal"));
  }

  @Test
  void requiredVariablesWithoutValueOrDefaultFailNamingThem() {
    assertThatThrownBy(
            () ->
                run(
                    List.of(),
                    List.of("DB_USER", "DB_HOST", "DB_PASS"),
                    Map.of("DB_PASS", "s"),
                    "",
                    false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "required environment variables are missing (not set and no default): DB_USER;"
                + " set them in the environment or give them a value in 'defaults'");
    assertThatThrownBy(() -> run(List.of(), List.of("B_MISSING", "A_MISSING"), Map.of(), "", false))
        .hasMessageContaining("(not set and no default): A_MISSING, B_MISSING;");
  }

  @Test
  void prefixDiscoversVariablesWhenNothingIsListed() {
    EnvVarsRunner.Output out = run(List.of(), List.of(), Map.of(), "DB_", false);
    assertThat(out.vars()).isEqualTo(Map.of("DB_HOST", "db.internal", "DB_PORT", "5432"));
  }

  @Test
  void stripPrefixRemovesThePrefixFromDiscoveredNames() {
    EnvVarsRunner.Output out = run(List.of(), List.of(), Map.of(), "DB_", true);
    assertThat(out.vars()).isEqualTo(Map.of("HOST", "db.internal", "PORT", "5432"));
  }

  @Test
  void prefixIsOnlyStrippedWhenNamesAreListed() {
    // The seed grid env_required.hcl: explicit names, prefix used for stripping only.
    EnvVarsRunner.Output out =
        run(
            List.of("HOME"),
            List.of("DB_HOST", "DB_USER", "DB_PASS"),
            Map.of("DB_HOST", "localhost", "DB_USER", "guest", "DB_PASS", "secret"),
            "DB_",
            true);
    assertThat(out.vars())
        .isEqualTo(
            Map.of("HOST", "db.internal", "USER", "guest", "PASS", "secret", "HOME", "/home/u"));
  }

  @Test
  void strippingThatMergesTwoNamesFails() {
    assertThatThrownBy(
            () -> run(List.of("HOST", "DB_HOST"), List.of(), Map.of("HOST", "h"), "DB_", true))
        .hasMessageContaining("DB_HOST and HOST both become 'HOST'");
  }
}
