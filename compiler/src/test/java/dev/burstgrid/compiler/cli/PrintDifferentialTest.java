package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.cli.differential.Differential;
import dev.burstgrid.compiler.cli.differential.Probe;
import dev.burstgrid.compiler.cli.differential.RowForms;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every row of the conformance expression vectors runs as the argument of a {@code print} step,
 * with the row's variables as grid variables given at run time ({@code -var-file}), and must
 * print what {@code bggoc eval} prints for the same expression and values — or fail where eval
 * fails. Each row runs in up to three forms (see {@link RowForms.Form}): as written (a row
 * without variables is then folded at compile time), with typed variables, and with every
 * literal lifted into a variable too, so that no part of it is known before the run.
 */
class PrintDifferentialTest {
  static final Path VECTORS = Path.of("src/test/resources/hcl-conformance/expr-vectors.jsonl");

  @TempDir Path dir;

  @Test
  void generatedCodeAnswersWhatEvalAnswersForEveryRow() throws Exception {
    List<Probe> probes = new ArrayList<>();
    for (String line : Files.readAllLines(VECTORS)) {
      Value.ObjectValue row = (Value.ObjectValue) Json.decode(line);
      String id = ((Value.Str) row.attributes().get("id")).value();
      String source = ((Value.Str) row.attributes().get("source")).value();
      Value vars = row.attributes().get("variables");
      Map<String, Value> rowVars = vars instanceof Value.ObjectValue o ? o.attributes() : Map.of();
      for (RowForms.Form form : RowForms.Form.values()) {
        Probe p = RowForms.probe(id, source, rowVars, form);
        if (p != null) {
          probes.add(p);
        }
      }
    }
    assertThat(probes).hasSizeGreaterThan(800);
    // Rows with nothing to lift (no variables and no literal: [], {}, a heredoc) run only as written.
    assertThat(probes.stream().filter(p -> p.origin().endsWith("@lifted")).count()).isGreaterThan(330);

    Differential differential = new Differential(dir, KnownDisagreements.CONFORMANCE);
    assertThat(differential.problems("print differential", probes))
        .as("rows where generated code and eval disagree").isEmpty();
  }
}
