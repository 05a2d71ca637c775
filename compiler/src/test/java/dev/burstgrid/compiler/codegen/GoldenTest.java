package dev.burstgrid.compiler.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;

import dev.burstgrid.compiler.GridCompiler;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.schema.ModuleCatalog;
import dev.burstgrid.compiler.source.GridSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java generated for representative grids, compared with {@code golden/NAME.java} and
 * compiled with javac (through compile-testing, which fails on any warning too) and in memory, as
 * {@code bggoc run} does. {@code -Dgolden.update=true} rewrites the golden files.
 */
class GoldenTest {
  static final Path GOLDEN = Paths.get("src/test/resources/golden");

  @TestFactory
  Stream<DynamicTest> generatedJavaMatchesItsGoldenFileAndCompiles() throws IOException {
    boolean update = Boolean.getBoolean("golden.update");
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files.filter(f -> f.toString().endsWith(".hcl")).sorted().toList().stream()
          .map(grid -> DynamicTest.dynamicTest(grid.getFileName().toString(), () -> check(grid, update)));
    }
  }

  private static void check(Path grid, boolean update) throws Exception {
    String name = grid.getFileName().toString().replace(".hcl", "");
    Diagnostics diags = new Diagnostics();
    GridCompiler.Result result = GridCompiler.check(GridSources.load(grid),
        ModuleCatalog.load(GoldenTest.class.getClassLoader()), diags);
    assertThat(result.ok()).as(diags.all().toString()).isTrue();
    GeneratedGrid generated = GridWriter.write(result.plan().code(), name);
    Path golden = GOLDEN.resolve(name + ".java");
    if (update) {
      Files.writeString(golden, generated.source());
    } else if (!Files.exists(golden)) {
      fail("No golden file for " + grid + ". It belongs at " + golden.toAbsolutePath()
          + "; run the test with -Dgolden.update=true to write it.");
    }
    assertThat(generated.source()).isEqualTo(Files.readString(golden));
    assertThat(JavaLinesTest.tooLong(generated.source())).as("lines over 120 characters").isEmpty();
    Compilation javac = javac().withOptions("-Xlint:all", "-Xlint:-processing", "-Xlint:-serial")
        .compile(JavaFileObjects.forSourceString(generated.className(), generated.source()));
    assertThat(javac).succeededWithoutWarnings();
    InMemoryCompiler.Compiled compiled = InMemoryCompiler.compile(generated, GoldenTest.class.getClassLoader());
    assertThat(compiled.gridClass().getName()).isEqualTo(generated.className());
  }
}
