package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.cli.differential.Differential;
import dev.burstgrid.compiler.cli.differential.GeneratedExpressions;
import dev.burstgrid.compiler.cli.differential.Probe;
import dev.burstgrid.compiler.cli.differential.RowForms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated expressions over variables (see {@link GeneratedExpressions}) run as {@code print}
 * arguments with their variables given at run time, as {@code any} and as typed variables and
 * with their literals lifted into variables too, single steps and instances of {@code count} and
 * {@code for_each} groups (literal and run-time sized); each must print what {@code bggoc eval}
 * prints, or fail where eval fails.
 */
class VariableExpressionsDifferentialTest {
  @TempDir Path dir;

  @Test
  void generatedCodeAnswersWhatEvalAnswersOverVariables() {
    List<Probe> probes = new ArrayList<>();
    for (GeneratedExpressions.Expression e : GeneratedExpressions.all()) {
      for (RowForms.Form form : RowForms.Form.values()) {
        Probe p = RowForms.probe(e.id(), e.source(), GeneratedExpressions.VARIABLES, form);
        if (p != null) {
          probes.add(e.group() == null ? p : p.in(e.group()));
        }
      }
    }
    assertThat(probes).hasSizeGreaterThan(400);

    Differential differential = new Differential(dir, KnownDisagreements.GENERATED);
    assertThat(differential.problems("variable differential", probes))
        .as("expressions where generated code and eval disagree").isEmpty();
  }
}
