package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.burstgrid.compiler.codegen.JarLauncher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bggoc build} writes a jar that {@code java -jar} runs on Java 17 (and 25 when present). */
class BuildCommandTest {
  static final Path JAVA_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

  /**
   * The sensitive default of jar_inputs.hcl, spelled so that this class (on a built jar's class
   * path in tests) does not hold it.
   */
  static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  static final String TOKEN_DEFAULT = new StringBuilder("nwohs-ton").reverse().toString();

  @TempDir Path dir;

  @Test
  void builtJarRunsAnHttpGridWithVariables() throws Exception {
    Path jar = dir.resolve("grid.jar");
    CliResult built = Cli.run("build", "src/test/resources/golden/http_request.hcl", "-o", jar.toString());
    assertThat(built.exitCode()).as(built.toString()).isEqualTo(0);
    try (JarFile f = new JarFile(jar.toFile())) {
      assertThat(f.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("bggo.generated.HttpRequestGrid");
      assertThat(f.getEntry("dev/burstgrid/runtime/GridRun.class")).isNotNull();
      assertThat(f.getEntry("okhttp3/OkHttpClient.class")).isNotNull();
      assertThat(f.getEntry("dev/burstgrid/compiler/GridCompiler.class")).isNull();
      assertThat(f.getEntry("picocli/CommandLine.class")).isNull();
      String runners = new String(f.getInputStream(f.getEntry("META-INF/services/dev.burstgrid.runtime.spi.Runner"))
          .readAllBytes(), StandardCharsets.UTF_8);
      assertThat(runners).contains("HttpRequestRunner").contains("PrintRunner");
    }
    List<Path> javas = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")));
    if (Files.isExecutable(JAVA_25)) {
      javas.add(JAVA_25);
    }
    for (Path java : javas) {
      try (RecordingServer server = new RecordingServer()) {
        Proc p = run(java, jar, "-var", "base_url=" + server.baseUrl(), "--quiet");
        assertThat(p.code).as(java + "\n" + p.err).isEqualTo(0);
        assertThat(p.err).contains("4 ok");
        assertThat(server.requests()).containsExactlyInAnyOrder("GET /get", "GET /delay/1", "GET /delay/2",
            "POST /post");
      }
      Proc bad = run(java, jar, "-var", "nope=1");
      assertThat(bad.code).as(bad.err).isEqualTo(2);
      assertThat(bad.err).contains("no such variable");
      Proc missing = run(java, jar);
      assertThat(missing.code).as(missing.err).isEqualTo(2);
      assertThat(missing.err).contains("base_url");
    }
  }

  @Test
  void builtJarIsAnExecutableThatStartsJavaWithASmallFirstHeap() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc")), "the JVM's command line is read from /proc");
    Path grid = dir.resolve("pause.hcl");
    Files.writeString(grid, "step \"sleep\" \"pause\" {\n  arguments { duration = \"3s\" }\n}\n");
    Path jar = dir.resolve("pause.jar");
    CliResult built = Cli.run("build", grid.toString(), "-o", jar.toString());
    assertThat(built.exitCode()).as(built.toString()).isZero();
    assertThat(built.err()).contains("run it with " + jar + " (or java -jar " + jar + ")");
    assertThat(Files.isExecutable(jar)).isTrue();

    // Run as a program: the script starts JAVA_HOME's java with its options on the jar itself.
    ProcessBuilder direct = new ProcessBuilder(jar.toString()).redirectErrorStream(true);
    direct.environment().put("JAVA_HOME", System.getProperty("java.home"));
    direct.environment().remove("BGGO_JAVA_OPTS");
    Process p = direct.start();
    String commandLine = commandLineOf(p);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("1 ok");
    assertThat(commandLine).isEqualTo(JAVA + " " + JarLauncher.DEFAULT_JAVA_OPTS + " -jar " + jar);
    assertThat(JarLauncher.DEFAULT_JAVA_OPTS).startsWith("-Xms32m ");

    // BGGO_JAVA_OPTS replaces the options; the JVM prints the flags it was given.
    ProcessBuilder tuned = new ProcessBuilder(jar.toString(), "--quiet").redirectErrorStream(true);
    tuned.environment().put("JAVA_HOME", System.getProperty("java.home"));
    tuned.environment().put("BGGO_JAVA_OPTS", "-Xmx64m -XX:+PrintCommandLineFlags");
    Process q = tuned.start();
    assertThat(q.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String flags = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(q.exitValue()).as(flags).isZero();
    assertThat(flags).contains("-XX:MaxHeapSize=67108864").doesNotContain("-XX:InitialHeapSize=33554432");
  }

  @Test
  void theCheckoutsBggocScriptGivesItsJvmTheOptionsOfABuiltJar() throws IOException {
    // compiler/ is the working directory of its tests; the script is at the checkout's root.
    String script = Files.readString(Path.of("..", "bggoc"));
    assertThat(script).contains("${BGGOC_JAVA_OPTS-" + JarLauncher.DEFAULT_JAVA_OPTS + "}");
  }

  /** The command line of a running process, from /proc, once the script has exec'd into java. */
  private static String commandLineOf(Process p) throws IOException, InterruptedException {
    Path cmdline = Path.of("/proc", Long.toString(p.pid()), "cmdline");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      String args = Files.readString(cmdline, StandardCharsets.UTF_8).replace('\0', ' ').strip();
      if (args.contains("-jar")) {
        return args;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the script did not start java within 10 s");
  }

  @Test
  void builtJarPrintsToStdout() throws Exception {
    Path jar = dir.resolve("print.jar");
    CliResult built = Cli.run("build", RunCommandTest.grid("print_order"), "-o", jar.toString());
    assertThat(built.exitCode()).as(built.toString()).isEqualTo(0);
    Proc p = run(Path.of(System.getProperty("java.home"), "bin", "java"), jar);
    assertThat(p.code).as(p.err).isEqualTo(0);
    assertThat(p.out).isEqualTo("step.print.first \"one\"\nstep.print.second {\"n\":2,\"word\":\"two\"}\n"
        + "step.print.third [\"one\",2]\n");
    assertThat(p.err).contains("output \"words\" = [\"one\",2]");
  }

  @Test
  void builtJarTakesInputsAsBggocRunDoes() throws Exception {
    Path jar = built("src/test/resources/inputs/jar_inputs.hcl", "inputs.jar");
    Proc env = run(JAVA, jar, Map.of("BGGO_VAR_n", "6", "BGGO_VAR_m", "{k = \"env\"}", "BGGO_VAR_token", "t"),
        "-var", "m={k=\"cli\"}");
    assertThat(env.code).as(env.err).isEqualTo(0);
    assertThat(env.out).isEqualTo("step.print.s [6,{\"k\":\"cli\"}]\n");
    Path vars = Files.writeString(dir.resolve("vars.bggovars"), "# HCL constants\nn = 2\nm = {\n  k = \"file\"\n}\n");
    Proc file = run(JAVA, jar, "-var", "n=1", "-var-file", vars.toString(), "-var", "token=t");
    assertThat(file.out).as(file.err).isEqualTo("step.print.s [2,{\"k\":\"file\"}]\n");
    Proc missing = run(JAVA, jar, "-var-file", "no-such.json");
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).contains("\"no-such.json\" does not exist");
    Proc badMap = run(JAVA, jar, "-var", "n=1", "-var", "m={k=v}");
    assertThat(badMap.code).isEqualTo(2);
    assertThat(badMap.err).contains("-var m").contains("HCL constant").contains("quote a string");
    Proc help = run(JAVA, jar, "--help");
    assertThat(help.code).isEqualTo(0);
    assertThat(help.err).contains("  n  number, required\n      How many users to simulate\n")
        .contains("  m  map(string), default {\"k\":\"default\"}")
        .contains("  token  string, required (its default is not packaged: sensitive), sensitive")
        .doesNotContain(TOKEN_DEFAULT);
    Proc noToken = run(JAVA, jar, "-var", "n=1");
    assertThat(noToken.code).isEqualTo(2);
    assertThat(noToken.err).contains("Variable \"token\" is sensitive, so its default is not packaged")
        .contains("BGGO_VAR_token");
  }

  @Test
  void builtJarFillsInTheDefaultsOfOptionalAttributes() throws Exception {
    Path jar = built("src/test/resources/inputs/jar_optional.hcl", "optional.jar");
    Proc given = run(JAVA, jar, "--quiet", "-var", "svc={host=\"b\"}");
    assertThat(given.out).as(given.err).isEqualTo("step.print.p {\"host\":\"b\",\"port\":80}\n");
    Proc byDefault = run(JAVA, jar, "--quiet");
    assertThat(byDefault.out).as(byDefault.err).isEqualTo("step.print.p {\"host\":\"a\",\"port\":80}\n");
  }

  @Test
  void builtJarChecksTheVariablesValidationRules() throws Exception {
    Path jar = built("src/test/resources/inputs/validated.hcl", "validated.jar");
    Proc bad = run(JAVA, jar, "-var", "n=20");
    assertThat(bad.code).as(bad.err).isEqualTo(2);
    assertThat(bad.err).contains("validated.hcl:6:21: Invalid value for variable \"n\": n must be between 1 and 10,"
        + " not 20. This was checked by the validation rule of variable \"n\" at validated.hcl:5:3.");
    assertThat(bad.out).isEmpty();
    Proc underLoad = run(JAVA, jar, "-var", "n=0", "--iterations", "2");
    assertThat(underLoad.code).as(underLoad.err).isEqualTo(2);
    assertThat(underLoad.err).contains("n must be between 1 and 10, not 0.");
    Proc good = run(JAVA, jar, "--quiet", "-var", "n=4");
    assertThat(good.code).as(good.err).isZero();
  }

  @Test
  void builtJarMasksSensitiveValuesAsBggocRunDoes() throws Exception {
    Path jar = built("src/test/resources/inputs/secrets.hcl", "secrets.jar");
    Proc p = run(JAVA, jar, "-var", "secret=S3cr3t&Value");
    assertThat(p.code).as(p.err).isEqualTo(1);
    assertThat(p.out).contains("step.print.plain \"(sensitive value)\"")
        .contains("step.print.marked [{\"auth\":\"(sensitive value)\",\"n\":14,\"user\":\"ann\"}");
    assertThat(p.err).contains("failing with (sensitive value)");
    assertThat(p.out + p.err).doesNotContain("S3cr3t").doesNotContain("RunTimeToken42")
        .doesNotContain("RUNTIMETOKEN42");
  }

  @Test
  void aSensitiveDefaultIsInNeitherTheGeneratedSourceNorTheJar() throws Exception {
    String grid = "src/test/resources/inputs/jar_inputs.hcl";
    String secret = TOKEN_DEFAULT;
    CliResult emitted = Cli.run("emit", grid);
    assertThat(emitted.exitCode()).as(emitted.toString()).isZero();
    assertThat(emitted.out()).contains("new GridVariable(\"token\"").doesNotContain(secret);
    Path jar = dir.resolve("secret.jar");
    assertThat(Cli.run("build", grid, "-o", jar.toString()).exitCode()).isZero();
    try (JarFile j = new JarFile(jar.toFile())) {
      for (var e : java.util.Collections.list(j.entries())) {
        if (Files.isRegularFile(Path.of("target/test-classes").resolve(e.getName()))) {
          continue; // packed from this test run's own class path (the grid file itself among them)
        }
        byte[] bytes = j.getInputStream(e).readAllBytes();
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(e.getName()).doesNotContain(secret);
      }
    }
    // bggoc run still has the default: it reads it from the grid's source.
    CliResult run = Cli.run("run", grid, "-var", "n=1");
    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @Test
  void builtJarRunsUnderLoadOnJava17And25() throws Exception {
    Path jar = dir.resolve("load.jar");
    CliResult built = Cli.run("build", "src/test/resources/run/load/checks.hcl", "-o", jar.toString());
    assertThat(built.exitCode()).as(built.toString()).isEqualTo(0);
    List<Path> javas = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")));
    if (Files.isExecutable(JAVA_25)) {
      javas.add(JAVA_25);
    }
    for (Path java : javas) {
      Proc p = run(java, jar, "--vus", "2", "--iterations", "7", "--quiet");
      assertThat(p.code).as(java + "\n" + p.err).isEqualTo(0);
      assertThat(p.out.lines().filter(l -> l.startsWith("step.print.after \"hello from vu ")).count()).isEqualTo(7);
      assertThat(p.err).contains("iterations", "✓ step.cmd.hello › exit_zero");
      Proc bad = run(java, jar, "--vus", "0");
      assertThat(bad.code).as(bad.err).isEqualTo(2);
      assertThat(bad.err).contains("--vus takes a whole number of at least 1");
    }
  }

  @Test
  void builtJarTakesMaxConcurrencyAsBggocRunDoes() throws Exception {
    Path jar = built("src/test/resources/controls/unlimited.hcl", "fan.jar");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    try (ControlTarget target = new ControlTarget()) {
      Proc p = run(java, jar, "--max-concurrency", "2", "-var", "base_url=" + target.baseUrl());
      assertThat(p.code).as(p.err).isEqualTo(0);
      assertThat(p.err).contains("12 ok");
      assertThat(target.peakInFlight()).isEqualTo(2);
    }
    Proc bad = run(java, jar, "--max-concurrency", "0", "-var", "base_url=http://127.0.0.1:9");
    assertThat(bad.code).as(bad.err).isEqualTo(2);
    assertThat(bad.err).contains("--max-concurrency must be at least 1, not 0.");
    Proc help = run(java, jar, "--help");
    assertThat(help.err).contains("[--max-concurrency N]").contains("99 a threshold failed (under load)");
  }

  /** The jar {@code bggoc build} writes for {@code grid}, named {@code name} in the test's directory. */
  private record Proc(int code, String out, String err) {}

  /** The jar {@code bggoc build} writes for {@code grid}, as {@code name} in the test's directory. */
  private Path built(String grid, String name) {
    Path jar = dir.resolve(name);
    CliResult built = Cli.run("build", grid, "-o", jar.toString());
    assertThat(built.exitCode()).as(built.toString()).isEqualTo(0);
    return jar;
  }

  private Proc run(Path java, Path jar, String... args) throws IOException, InterruptedException {
    return run(java, jar, Map.of(), args);
  }

  private Proc run(Path java, Path jar, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("java -jar did not finish in 60 s");
    }
    return new Proc(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
