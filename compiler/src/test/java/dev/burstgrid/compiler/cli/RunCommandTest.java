package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunCommandTest {
  static final Path GRIDS = Paths.get("src/test/resources/run");

  /** The golden test's indexed grid, run here for its output. */
  static final String INDEXED = "src/test/resources/golden/indexed.hcl";

  static final Path EXAMPLES = Paths.get("../examples/seed");

  static String grid(String name) {
    return GRIDS.resolve(name + ".hcl").toString();
  }

  /** The proof of concept's grids, as shipped in examples/ (base_url is a variable). */
  static String example(String name) {
    return EXAMPLES.resolve(name + ".hcl").toString();
  }

  @Test
  void printWritesOneLinePerStepInDependencyOrderAndOutputsGoToTheSummary() {
    CliResult r = Cli.run("run", grid("print_order"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("step.print.first \"one\"\n"
        + "step.print.second {\"n\":2,\"word\":\"two\"}\n"
        + "step.print.third [\"one\",2]\n");
    assertThat(r.err()).contains("OK      3 ok, 0 failed, 0 cancelled, 0 skipped")
        .contains("output \"words\" = [\"one\",2]")
        .contains("output \"secret\" = (sensitive)")
        .doesNotContain("hidden");
    assertThat(r.err().indexOf("output \"words\"")).isGreaterThan(r.err().indexOf("OK      3 ok"));
  }

  @Test
  void quietKeepsOnlyTheSummary() {
    CliResult r = Cli.run("run", "--quiet", grid("print_order"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    assertThat(r.err()).doesNotContain("start").contains("3 ok");
  }

  @Test
  void countIndexAndIndexedReferencesReachTheRightInstance() {
    CliResult r = Cli.run("run", INDEXED);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).contains("step.print.a[0] 0", "step.print.a[3] 30", "step.print.b[0] 1", "step.print.b[2] 21",
        "step.print.c 20", "step.print.all [1,11,21,31]", "step.print.keyed[\"x\"] \"x=x\"",
        "step.print.keyed[\"y\"] \"y=y\"", "step.print.dynamic[1] \"dyn 1\"", "step.print.after_dynamic 2");
    CliResult other = Cli.run("run", "-var", "factor=100", INDEXED);
    assertThat(other.out()).as(other.toString()).contains("step.print.b[3] 301", "step.print.after_dynamic 20");
  }

  @Test
  void localsForExpressionsDirectivesAndRunTimeForEachWork() {
    CliResult r = Cli.run("run", "src/test/resources/golden/locals_outputs.hcl", "-var", "names=[\"ann\",\"cy\"]");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    assertThat(r.out().lines().toList()).contains("step.print.first \"hello ann, cy\"",
        "step.print.each[\"ann\"] \"ann: hello ann, cy\"", "step.print.each[\"cy\"] \"cy: hello ann, cy\"",
        "step.print.shout \"ANN!CY!\"");
    assertThat(r.err()).contains("output \"echoed\" = \"hello ann, cy\"", "output \"token\" = (sensitive)")
        .doesNotContain("s3cret");
  }

  @Test
  void httpRequestsAreSentInDependencyOrder() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      CliResult r = Cli.run("run", example("http_request"), "-var", "base_url=" + server.baseUrl());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
      List<String> seen = server.requests();
      assertThat(seen).containsExactlyInAnyOrder("GET /get", "GET /delay/1", "GET /delay/2", "POST /post");
      assertThat(seen.get(0)).isEqualTo("GET /get");
      assertThat(seen.get(3)).isEqualTo("POST /post");
      assertThat(r.err()).containsOnlyOnce("create  resource.http_client.shared")
          .containsOnlyOnce("close   resource.http_client.shared");
    }
  }

  @Test
  void staticCountGroupSendsEveryInstanceAndTheFanInWaitsForAll() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      CliResult r = Cli.run("run", example("http_count_static"), "-var", "base_url=" + server.baseUrl());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
      List<String> expected = new ArrayList<>(List.of("GET /get", "POST /post"));
      IntStream.rangeClosed(1, 10).forEach(i -> expected.add("GET /delay/" + i));
      List<String> seen = server.requests();
      assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(seen.get(0)).isEqualTo("GET /get");
      assertThat(seen.get(seen.size() - 1)).isEqualTo("POST /post");
    }
  }

  @Test
  void aGroupSizedByAVariableExpandsAtRunTimeAndSharesTheResource() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      CliResult r = Cli.run("run", grid("http_dynamic"), "-var", "base_url=" + server.baseUrl(), "-var", "n=4");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
      assertThat(server.requests()).containsExactlyInAnyOrder("GET /get", "GET /item/0", "GET /item/1",
          "GET /item/2", "GET /item/3");
      assertThat(r.err()).containsOnlyOnce("create  resource.http_client.shared")
          .containsOnlyOnce("close   resource.http_client.shared")
          .contains("output \"codes\" = [200,200,200,200]");
    }
  }

  @Test
  void splatFanInPrintsOutputsInIndexOrder() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      CliResult r = Cli.run("run", example("http_count_static_fan_in"), "-var", "base_url=" + server.baseUrl());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
      assertThat(server.requests()).hasSize(11);
      String printed = r.out().lines().filter(l -> l.startsWith("step.print.show_all_results ")).findFirst()
          .orElseThrow();
      String bodies = IntStream.rangeClosed(1, 10).mapToObj(i -> "\"body\":\"/delay/" + i + "\"")
          .collect(Collectors.joining(".*"));
      assertThat(printed).containsPattern(bodies).contains("\"status_code\":200");
    }
  }

  @Test
  void aFailingStepFailsTheRunSkipsDependentsAndNamesItsLocation() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      CliResult r = Cli.run("run", grid("failing"), "-var", "base_url=" + server.baseUrl());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(server.requests()).containsExactly("GET /get", "GET /status/500");
      assertThat(r.out()).doesNotContain("step.print.after");
      assertThat(r.err()).contains("failed  step.http_request.bad (failing.hcl:11:1)")
          .contains("status 500")
          .contains("skipped step.print.after")
          .containsOnlyOnce("close   resource.http_client.shared")
          .doesNotContain("Exception\n\tat");
    }
  }

  @Test
  void undeclaredOrBadVariablesAreUsageErrors() {
    CliResult undeclared = Cli.run("run", grid("print_order"), "-var", "nope=1");
    assertThat(undeclared.exitCode()).as(undeclared.toString()).isEqualTo(2);
    assertThat(undeclared.err()).contains("\"nope\"").contains("declares no such variable");
    CliResult missing = Cli.run("run", "src/test/resources/golden/http_request.hcl");
    assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(2);
    assertThat(missing.err()).contains("base_url").contains("-var");
    CliResult wrongType = Cli.run("run", INDEXED, "-var", "factor=many");
    assertThat(wrongType.exitCode()).as(wrongType.toString()).isEqualTo(2);
    assertThat(wrongType.err()).contains("factor").contains("number");
  }

  @Test
  void varFileSetsVariables(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path json = dir.resolve("vars.json");
    java.nio.file.Files.writeString(json, "{\"factor\": 5}");
    CliResult r = Cli.run("run", INDEXED, "-var-file", json.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).contains("step.print.a[3] 15", "step.print.after_dynamic 1");
  }

  @Test
  void compileErrorsExitThree(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.hcl");
    java.nio.file.Files.writeString(bad, "step \"print\" \"x\" {\n  arguments { inptu = 1 }\n}\n");
    CliResult r = Cli.run("run", bad.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("bad.hcl:2");
  }

  @Test
  void aRunTimeGroupAboveTheInstanceCapFailsItsStepBeforeAllocating() {
    CliResult r = Cli.run("run", grid("runtime_count"), "-var", "n=1e9");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("error   step.print.many (runtime_count.hcl:6:1): count is 1000000000, more than"
        + " the 1000000 instances a group may have").doesNotContain("heap");
    assertThat(r.out()).isEmpty();
    CliResult small = Cli.run("run", grid("runtime_count"), "-var", "n=2");
    assertThat(small.exitCode()).as(small.toString()).isEqualTo(0);
    assertThat(small.out().lines()).containsExactlyInAnyOrder("step.print.many[0] 0", "step.print.many[1] 1");
  }

  @Test
  void emitPrintsTheGeneratedClass() {
    CliResult r = Cli.run("emit", grid("print_order"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).contains("package bggo.generated;", "public final class PrintOrderGrid",
        "public static RunResult run(RunOptions options, Map<String, Value> variables)",
        "// step.print.first (print_order.hcl:2:1)");
  }

  @Test
  void everyNewCommandHasHelp() {
    for (String command : List.of("run", "emit", "build")) {
      CliResult r = Cli.run(command, "--help");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
      assertThat(r.out()).contains("Usage: bggoc " + command);
    }
  }

  @Test
  void aFailingArgumentNamesTheStepTheArgumentAndThePartThatFailed() {
    CliResult ok = Cli.run("run", "--quiet", grid("failing_argument"), "-var", "strict=false");
    assertThat(ok.exitCode()).as(ok.toString()).isZero();
    assertThat(ok.out()).isEqualTo("step.print.parsed false\n");

    CliResult r = Cli.run("run", "--quiet", grid("failing_argument"), "-var", "strict=true");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("step.print.parsed (failing_argument.hcl:6:1)",
        "argument input (failing_argument.hcl:8:13): failing_argument.hcl:8:27: Invalid function argument;",
        "cannot convert \"abc\" to number");
  }

  @Test
  void aFailingResourceArgumentNamesTheResourceAndTheArgument() {
    CliResult r = Cli.run("run", "--quiet", grid("failing_resource_argument"), "-var", "timeout=soon");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("resource.http_client.api", "argument timeout (failing_resource_argument.hcl:8:15)");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void tryAroundAGroupInstanceCompilesAndRuns() {
    CliResult r = Cli.run("run", "--quiet", grid("try_group_instance"));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("step.print.y 1");
  }
}
