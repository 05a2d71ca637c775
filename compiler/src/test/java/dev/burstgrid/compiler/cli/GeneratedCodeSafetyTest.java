package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grid text reaches generated code only as escaped literals or escaped comments: labels, file
 * names and strings cannot inject code (javac reads backslash-u escapes everywhere, comments
 * included), and built jars carry no path of the machine that built them.
 */
class GeneratedCodeSafetyTest {
  /** A backslash-u line feed ends a comment; the code after it would run; two escaped slashes comment out the rest. */
  static final String INJECTION = "x\\u000aRuntime.getRuntime().halt(42);\\u002f\\u002f";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aStepLabelThatIsNoNameIsADiagnosticAndNothingRuns() throws IOException {
    // HCL turns \\ into one backslash: the label holds the backslash-u escapes themselves.
    Path grid = write("grid.hcl", "step \"print\" \"x\\\\u000aRuntime.getRuntime().halt(42);\\\\u002f\\\\u002f\" {\n"
        + "  arguments { input = 1 }\n}\n");
    for (String command : new String[] {"check", "emit", "run"}) {
      CliResult r = Cli.run(command, grid.toString());
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
      assertThat(r.err()).contains("grid.hcl:1:14: Error: Invalid step label")
          .contains("must start with a letter or an underscore");
      assertThat(r.out()).doesNotContain("Runtime");
    }
  }

  @Test
  void aResourceLabelThatIsNoNameIsADiagnostic() throws IOException {
    Path grid = write("grid.hcl", "resource \"http_client\" \"c\\\\u000aRuntime.getRuntime().halt(42);\" {\n}\n"
        + "step \"print\" \"a\" {\n  arguments { input = 1 }\n}\n");
    CliResult r = Cli.run("run", grid.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("grid.hcl:1:24: Error: Invalid resource label");
  }

  @Test
  void emptyAndSpacedLabelsAreDiagnostics() throws IOException {
    Path grid = write("grid.hcl", "step \"print\" \"\" {\n}\nstep \"print\" \"x y\" {\n}\nvariable \"a.b\" {\n}\n");
    CliResult r = Cli.run("check", grid.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("grid.hcl:1:14: Error: Invalid step label", "The label is empty.",
        "grid.hcl:3:14: Error: Invalid step label", "\"x y\" is not a name.",
        "grid.hcl:5:10: Error: Invalid variable label");
  }

  @Test
  void unicodeNamesAreLabelsAndRun() throws IOException {
    Path grid = write("grid.hcl", "step \"print\" \"café\" {\n  arguments { input = \"crème\" }\n}\n");
    CliResult r = Cli.run("run", grid.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("step.print.café \"crème\"\n");
    CliResult emitted = Cli.run("emit", grid.toString());
    assertThat(emitted.out()).contains("// step.print.caf<U+00E9> (grid.hcl:1:1)")
        .contains("\"step.print.caf\\u00e9\"").doesNotContain("é");
  }

  @Test
  void aFileNameCannotInjectCodeIntoCommentsOrLiterals() throws IOException {
    Path grids = Files.createDirectory(dir.resolve("grids"));
    Files.writeString(grids.resolve(INJECTION + "*\\u002f.hcl"), "step \"print\" \"a\" {\n  arguments { input = 1 }\n}\n");
    CliResult r = Cli.run("run", grids.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("step.print.a 1\n");
    CliResult emitted = Cli.run("emit", grids.toString());
    assertThat(emitted.out()).contains("// step.print.a (x\\\\u000aRuntime.getRuntime().halt(42);")
        .doesNotContain("(x\\u000a");
  }

  @Test
  void aFileNameWithLineBreaksIsEscaped() throws IOException {
    Path grids = Files.createDirectory(dir.resolve("grids"));
    Files.writeString(grids.resolve("a\nRuntime.getRuntime().halt(42);\u2028b.hcl"),
        "step \"print\" \"a\" {\n  arguments { input = 1 }\n}\n");
    CliResult r = Cli.run("run", grids.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("step.print.a 1\n");
    assertThat(Cli.run("emit", grids.toString()).out()).contains("// step.print.a (a<U+000A>Runtime");
  }

  @Test
  void lineAndParagraphSeparatorsAndOtherNonAsciiTextPrintAsWritten() throws IOException {
    Path grid = write("grid.hcl", "step \"print\" \"a\" {\n  arguments { input = \"a\u2028b\u2029c\u0085d é ü 😀 "
        + "\\u0000 \\\\u2028\" }\n}\noutput \"o\" {\n  value = \"x\u2028y\"\n}\n");
    CliResult r = Cli.run("run", grid.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("step.print.a \"a\u2028b\u2029c\u0085d é ü 😀 \\u0000 \\\\u2028\"\n");
    String source = Cli.run("emit", grid.toString()).out();
    assertThat(source.chars().allMatch(c -> c < 0x80)).as(source).isTrue();
  }

  @Test
  void aBuiltJarHoldsNoAbsolutePathOfTheBuildMachine() throws IOException {
    Path grids = Files.createDirectories(dir.resolve("project/grids/sub"));
    Files.writeString(grids.resolve("a.hcl"), "step \"print\" \"a\" {\n  arguments { input = 1 }\n}\n");
    Path jar = dir.resolve("grid.jar");
    Path root = grids.getParent().toAbsolutePath();
    CliResult built = Cli.run("build", root.toString(), "-o", jar.toString());
    assertThat(built.exitCode()).as(built.toString()).isEqualTo(0);
    String[] forbidden = {root.toString(), dir.toAbsolutePath().toString(), Path.of("").toAbsolutePath().toString()};
    boolean sawLocation = false;
    // JarFile reads the archive from its end, past the launcher script a built jar starts with.
    String launcher = new String(Files.readAllBytes(jar), StandardCharsets.ISO_8859_1).substring(0, 400);
    for (String path : forbidden) {
      assertThat(launcher).as("the launcher script").doesNotContain(path);
    }
    try (JarFile in = new JarFile(jar.toFile())) {
      for (JarEntry e : java.util.Collections.list(in.entries())) {
        String content;
        try (InputStream entry = in.getInputStream(e)) {
          content = new String(entry.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        for (String path : forbidden) {
          assertThat(content).as(e.getName()).doesNotContain(path);
        }
        sawLocation |= e.getName().startsWith("bggo/generated/") && content.contains("sub/a.hcl:1:1");
      }
    }
    assertThat(sawLocation).as("the grid class names its step by a root-relative location").isTrue();
    CliResult run = Cli.run("run", root.toString());
    assertThat(run.err()).contains("step.print.a (sub/a.hcl:1:1)").doesNotContain(root.toString());
  }
}
