package dev.burstgrid.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridSourceGeneratorTest {
  @TempDir Path dir;
  Path grids;
  Path out;
  Path status;

  @BeforeEach
  void grids() throws Exception {
    grids = Files.createDirectories(dir.resolve("grids"));
    out = dir.resolve("out");
    status = dir.resolve("status/generate.properties");
    write("a.hcl", "step \"print\" \"a\" {\n  arguments { input = 1 }\n}\n");
    write("b/main.hcl", "step \"print\" \"b\" {\n  arguments { input = 2 }\n}\n");
  }

  @Test
  void generatesEachGridOnceAndAgainOnlyWhenItChanges() throws Exception {
    GridSourceGenerator.Outcome first = generate();
    assertThat(first.generated()).containsExactly("a", "b");
    assertThat(out.resolve("bggo/generated/AGrid.java")).content().contains("class AGrid");
    assertThat(out.resolve("bggo/generated/BGrid.java")).exists();

    GridSourceGenerator.Outcome second = generate();
    assertThat(second.generated()).isEmpty();
    assertThat(second.upToDate()).containsExactly("a", "b");

    write("b/main.hcl", "step \"print\" \"b\" {\n  arguments { input = 3 }\n}\n");
    GridSourceGenerator.Outcome third = generate();
    assertThat(third.generated()).containsExactly("b");
    assertThat(third.upToDate()).containsExactly("a");
  }

  @Test
  void aDeletedGridLosesItsClass() throws Exception {
    generate();
    Files.delete(grids.resolve("a.hcl"));
    GridSourceGenerator.Outcome outcome = generate();
    assertThat(outcome.removed()).containsExactly("a");
    assertThat(out.resolve("bggo/generated/AGrid.java")).doesNotExist();
    assertThat(out.resolve("bggo/generated/BGrid.java")).exists();
  }

  @Test
  void aMissingOutputIsWrittenAgain() throws Exception {
    generate();
    Files.delete(out.resolve("bggo/generated/AGrid.java"));
    assertThat(generate().generated()).containsExactly("a");
    assertThat(out.resolve("bggo/generated/AGrid.java")).exists();
  }

  @Test
  void aGridWithErrorsIsReportedAndNotWritten() throws Exception {
    write("a.hcl", "step \"print\" \"a\" {\n  arguments { inptu = 1 }\n}\n");
    GridSourceGenerator.Outcome outcome = generate();
    assertThat(outcome.failed()).hasSize(1);
    assertThat(outcome.failed().get(0).problems()).anySatisfy(p -> assertThat(p.location()).endsWith("a.hcl:2:15"));
    assertThat(outcome.generated()).containsExactly("b");
    assertThat(out.resolve("bggo/generated/AGrid.java")).doesNotExist();
  }

  @Test
  void theClassPathIsPartOfTheFingerprint() throws Exception {
    generate();
    assertThat(generate("other class path").generated()).containsExactly("a", "b");
  }

  private GridSourceGenerator.Outcome generate() throws Exception {
    return generate("class path");
  }

  private GridSourceGenerator.Outcome generate(String classPathFingerprint) throws Exception {
    GenerationStatus s = GenerationStatus.read(status);
    List<GridDirectory.Grid> found = GridDirectory.find(grids);
    GridSourceGenerator.Outcome outcome = new GridSourceGenerator(out, s, getClass().getClassLoader(),
        classPathFingerprint).generate(found);
    s.write();
    return outcome;
  }

  private void write(String name, String text) throws Exception {
    Path p = grids.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
