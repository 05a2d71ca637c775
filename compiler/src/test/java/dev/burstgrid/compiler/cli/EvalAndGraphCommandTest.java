package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalAndGraphCommandTest {
  @TempDir Path dir;

  @Test
  void evalPrintsTheValueAsJson() {
    CliResult r = Cli.run("eval", "{b = [1 + 2 * 3, \"x${upper(\"y\")}\"], a = 0.1 + 0.2}");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().trim()).isEqualTo("{\"a\":0.3,\"b\":[7,\"xY\"]}");
  }

  @Test
  void evalReadsRootVariablesAndFiles() throws IOException {
    Path vars = Files.writeString(dir.resolve("vars.json"), "{\"var\": {\"n\": 2, \"names\": [\"a\", \"b\"]}}");
    Path expr = Files.writeString(dir.resolve("e.hcl"), "<<EOT\n%{ for n in var.names }${n}${var.n}\n%{ endfor ~}\nEOT\n");
    CliResult r = Cli.run("eval", "--vars", vars.toString(), "--file", expr.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().trim()).isEqualTo("\"a2\\nb2\\n\"");
  }

  @Test
  void evalErrorsAreDiagnosticsWithExit3() {
    CliResult r = Cli.run("eval", "[1, 2][5]");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("<expression>:1:7: Error: Invalid index");
    CliResult syntax = Cli.run("eval", "1 +");
    assertThat(syntax.exitCode()).isEqualTo(3);
    assertThat(syntax.err()).contains("<expression>:1:");
  }

  @Test
  void evalUsageErrors() throws IOException {
    assertThat(Cli.run("eval").exitCode()).isEqualTo(2);
    Path bad = Files.writeString(dir.resolve("bad.json"), "{nope");
    CliResult r = Cli.run("eval", "--vars", bad.toString(), "1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is not valid JSON");
  }

  @Test
  void graphShowsGroupsAndEdges() throws IOException {
    Path grid = Files.writeString(dir.resolve("g.hcl"), String.join("\n",
        "step \"print\" \"first\" {",
        "  arguments { input = 1 }",
        "}",
        "step \"print\" \"fan\" {",
        "  count = 3",
        "  arguments { input = step.print.first.output.input + count.index }",
        "}",
        "step \"print\" \"all\" {",
        "  arguments { input = step.print.fan[*].output.input }",
        "}",
        ""));
    CliResult dot = Cli.run("graph", grid.toString());
    assertThat(dot.exitCode()).as(dot.toString()).isZero();
    assertThat(dot.out())
        .startsWith("digraph grid {")
        .contains("\"step.print.fan\" [label=\"step.print.fan ×3\", shape=box];")
        .contains("\"step.print.first\" -> \"step.print.fan\";")
        .contains("\"step.print.fan\" -> \"step.print.all\";");
    CliResult mermaid = Cli.run("graph", "--format", "mermaid", grid.toString());
    assertThat(mermaid.out()).startsWith("flowchart LR").contains("n0[\"step.print.first\"]").contains("n1 --> n2");
  }

  @Test
  void graphDrawsRaceEntriesDashedAndLabelled() throws IOException {
    Path grid = Files.writeString(dir.resolve("race.hcl"), """
        step "sleep" "a" {
          arguments { duration = "10ms" }
        }
        step "sleep" "b" {
          arguments { duration = "20ms" }
        }
        step "print" "first" {
          depends_on_any = ["sleep.a", "sleep.b"]
          arguments { input = race.winner }
        }
        step "print" "after" {
          depends_on = ["sleep.a"]
          arguments { input = 1 }
        }
        """);
    CliResult dot = Cli.run("graph", grid.toString());
    assertThat(dot.exitCode()).as(dot.toString()).isZero();
    assertThat(dot.out())
        .contains("\"step.sleep.a\" -> \"step.print.first\" [style=dashed, label=\"any\"];")
        .contains("\"step.sleep.b\" -> \"step.print.first\" [style=dashed, label=\"any\"];")
        .contains("\"step.sleep.a\" -> \"step.print.after\";");
    CliResult mermaid = Cli.run("graph", "--format", "mermaid", grid.toString());
    assertThat(mermaid.exitCode()).as(mermaid.toString()).isZero();
    // nodes in topological order: n0 sleep.a, n1 sleep.b, n2 print.after, n3 print.first
    assertThat(mermaid.out()).contains("  n0 --> n2\n").contains("  n0 -. any .-> n3\n").contains("  n1 -. any .-> n3\n");
  }

  @Test
  void modulesMarksPureRunners() {
    CliResult r = Cli.run("modules");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String print = r.out().substring(r.out().indexOf("runner print "));
    assertThat(print.lines().skip(1).findFirst().orElseThrow())
        .isEqualTo("  pure     its output depends on its arguments alone (@Pure), so a step may set cache = true");
    String cmd = r.out().substring(r.out().indexOf("runner cmd "), r.out().indexOf("runner print "));
    assertThat(cmd).doesNotContain("pure ");
    CliResult hcl = Cli.run("modules", "--format", "hcl");
    assertThat(hcl.out()).contains("# pure: its output depends on its arguments alone (@Pure), so a step may set"
        + " cache = true\nrunner \"print\" {");
  }

  @Test
  void modulesListsSchemas() {
    CliResult r = Cli.run("modules");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("runner http_request").contains("argument url: string, required")
        .contains("uses     client: resource http_client (optional)");
    CliResult hcl = Cli.run("modules", "--format", "hcl");
    assertThat(hcl.out()).contains("runner \"print\" {").contains("input \"input\" {");
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : new String[] {"check", "graph", "eval", "modules"}) {
      CliResult r = Cli.run(cmd, "--help");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).contains("Usage: bggoc " + cmd);
    }
    CliResult none = Cli.run();
    assertThat(none.exitCode()).isEqualTo(2);
    CliResult unknown = Cli.run("chek", "x");
    assertThat(unknown.exitCode()).isEqualTo(2);
  }
}
