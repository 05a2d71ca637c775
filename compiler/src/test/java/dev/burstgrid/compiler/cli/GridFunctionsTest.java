package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The functions grids use beyond the pure library: files, clocks, randomness; as Terraform documents them. */
class GridFunctionsTest {
  static final String DIR = "src/test/resources/functions/";

  @Test
  void fileFunctionsReadUnderTheGridDirectoryAndTemplatesSeeStepOutputs() {
    CliResult r = Cli.run("run", DIR + "files.hcl");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out().lines().toList()).containsExactlyInAnyOrder(
        "step.print.raw \"raw ${not} a template\"",
        "step.print.greeting \"Hello raw ${not} a template!\\n- 1\\n- 2\\n\"",
        "step.print.exists [true,false]");
  }

  @Test
  void aBuiltJarCarriesWhatFileFunctionsRead(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("files.jar");
    assertThat(Cli.run("build", DIR + "files.hcl", "-o", jar.toString()).exitCode()).isZero();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString(), "--quiet").directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(output).isZero();
    assertThat(output).contains("step.print.greeting \"Hello raw ${not} a template!\\n- 1\\n- 2\\n\"");
  }

  @Test
  void aTemplateNameThatIsNotAVariableIsReportedInTheTemplate(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(DIR + "unknown_name.tpl"), dir.resolve("t.tpl"));
    Path grid = Files.writeString(dir.resolve("g.hcl"),
        "step \"print\" \"p\" {\n  arguments { input = templatefile(\"t.tpl\", { name = 1 }) }\n}\n");
    CliResult r = Cli.run("check", grid.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("t.tpl:1:").contains("nope");
  }

  @Test
  void randomValuesRepeatWithTheSameSeedAndFollowTheirDocumentedShapes() {
    CliResult a = Cli.run("run", "--seed", "42", DIR + "random.hcl");
    CliResult b = Cli.run("run", "--seed", "42", DIR + "random.hcl");
    CliResult c = Cli.run("run", "--seed", "7", DIR + "random.hcl");
    assertThat(a.exitCode()).as(a.toString()).isZero();
    List<Value> first = values(a);
    List<Value> second = values(b);
    assertThat(first.subList(0, 3)).isEqualTo(second.subList(0, 3));
    assertThat(values(c).subList(0, 3)).isNotEqualTo(first.subList(0, 3));
    long n = ((Value.Num) first.get(0)).value().longValueExact();
    assertThat(n).isBetween(1L, 6L);
    assertThat(((Value.Str) first.get(1)).value()).matches("[A-Za-z0-9]{12}");
    assertThat(((Value.Str) first.get(2)).value())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(((Value.Str) first.get(3)).value()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    // print shows a marked value as (sensitive value); nonsensitive of a plain value is that value
    assertThat(first.subList(4, 6)).containsExactly(Value.string("(sensitive value)"), Value.string("n"));
  }

  @Test
  void clockAndRandomFunctionsAreNeverFoldedIntoGeneratedCode() {
    CliResult r = Cli.run("emit", DIR + "random.hcl");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Calls.function(\"uuid\")").contains("Calls.function(\"timestamp\")");
  }

  @Test
  void randomIntRejectsAnEmptyRangeWhenTheRunCallsIt(@TempDir Path dir) throws Exception {
    Path grid = Files.writeString(dir.resolve("g.hcl"),
        "step \"print\" \"p\" {\n  arguments { input = random_int(5, 1) }\n}\n");
    CliResult r = Cli.run("run", grid.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("must not be less than min").doesNotContain("Exception");
  }

  private static List<Value> values(CliResult r) {
    String json = r.out().strip().substring("step.print.r ".length());
    try {
      return ((Value.TupleValue) Json.decode(json)).elements();
    } catch (Json.JsonException e) {
      throw new AssertionError(r.toString(), e);
    }
  }
}
