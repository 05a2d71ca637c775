package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.semantic.Traversal;
import dev.burstgrid.compiler.semantic.TraversalCollector;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.HclParser;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every expression vector that needs no variables and has a value becomes the argument of
 * a {@code print} step in one grid; {@code bggoc run} must print, for each, exactly what
 * {@code bggoc eval} prints for the same expression.
 */
class PrintDifferentialTest {
  @TempDir Path dir;

  @Test
  void generatedCodePrintsWhatEvalPrints() throws Exception {
    Map<String, String> sources = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/hcl-conformance/expr-vectors.jsonl"))) {
      Value.ObjectValue row = (Value.ObjectValue) Json.decode(line);
      Value vars = row.attributes().get("variables");
      Value expected = row.attributes().get("expected");
      boolean noVars = vars.isNull() || (vars instanceof Value.ObjectValue o && o.attributes().isEmpty());
      // null is not a value a required argument may take, so those rows are left out.
      boolean hasValue = !expected.isNull() && !(expected instanceof Value.Str s && s.value().equals("ERROR"));
      String source = ((Value.Str) row.attributes().get("source")).value();
      // A few rows name undeclared variables on a short-circuited side; a grid rejects any
      // unknown name, evaluated or not.
      if (noVars && hasValue && freeNames(source).isEmpty()) {
        String id = ((Value.Str) row.attributes().get("id")).value();
        sources.put("r_" + id.replace('-', '_'), source);
      }
    }
    assertThat(sources).hasSizeGreaterThan(250);

    StringBuilder grid = new StringBuilder();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      grid.append("step \"print\" \"").append(e.getKey()).append("\" {\n  arguments {\n    input = ")
          .append(e.getValue().stripLeading()).append("\n  }\n}\n\n");
    }
    Path file = Files.writeString(dir.resolve("vectors.hcl"), grid.toString());
    CliResult run = Cli.run("run", "--quiet", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    Map<String, String> printed = new LinkedHashMap<>();
    for (String line : run.out().lines().toList()) {
      int space = line.indexOf(' ');
      printed.put(line.substring("step.print.".length(), space), line.substring(space + 1));
    }
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      CliResult eval = evalFile(e.getValue());
      String fromEval = eval.exitCode() == 0 ? eval.out().trim() : "exit " + eval.exitCode();
      if (!fromEval.equals(printed.get(e.getKey()))) {
        mismatches.add(e.getKey() + ": run printed " + printed.get(e.getKey()) + ", eval printed " + fromEval);
      }
    }
    assertThat(mismatches).as("rows where generated code and eval disagree").isEmpty();
  }

  private static List<Traversal> freeNames(String source) {
    Expr e = HclParser.parseExpression(SourceFile.of("row", source), new Diagnostics());
    return e == null ? List.of() : TraversalCollector.collect(e);
  }

  private CliResult evalFile(String source) throws IOException {
    Path f = Files.writeString(dir.resolve("expr.hcl"), source);
    return Cli.run("eval", "--file", f.toString());
  }
}
