package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.runtime.GridRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedCompilerTest {
  @TempDir Path dir;
  final ClassLoader modules = getClass().getClassLoader();

  @Test
  void problemsCarryTheirLocationAndRendering() throws Exception {
    Path grid = Files.writeString(dir.resolve("bad.hcl"), "step \"print\" \"a\" {\n  arguments { inptu = 1 }\n}\n");
    EmbeddedCompiler.Checked checked = EmbeddedCompiler.check(grid, modules);
    assertThat(checked.ok()).isFalse();
    assertThat(checked.problems()).anySatisfy(p -> {
      assertThat(p.error()).isTrue();
      assertThat(p.location()).isEqualTo(grid + ":2:15");
      assertThat(p.oneLine()).startsWith(grid + ":2:15: Unsupported argument; ").contains("Did you mean \"input\"?");
      assertThat(p.rendered()).startsWith(grid + ":2:15: Error: Unsupported argument").contains("^^^^^");
    });
    assertThatThrownBy(() -> EmbeddedCompiler.generate(checked)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCleanGridIsGeneratedAndCompiledAsBggocBuildsIt() throws Exception {
    Path grid = Files.writeString(dir.resolve("smoke.hcl"),
        "variable \"who\" {\n  type = string\n}\nstep \"print\" \"hi\" {\n  arguments { input = var.who }\n}\n");
    EmbeddedCompiler.Checked checked = EmbeddedCompiler.check(grid, modules);
    assertThat(checked.ok()).isTrue();
    assertThat(checked.gridName()).isEqualTo("smoke");
    assertThat(checked.variableNames()).containsExactly("who");
    assertThat(checked.stepCount()).isEqualTo(1);
    EmbeddedCompiler.Source source = EmbeddedCompiler.generate(checked);
    assertThat(source.className()).isEqualTo("bggo.generated.SmokeGrid");
    assertThat(source.text()).contains("public static void main(String[] args)");
    Map<String, byte[]> classes = EmbeddedCompiler.compile(source, modules);
    assertThat(classes).containsKey("bggo.generated.SmokeGrid");
    assertThat(EmbeddedCompiler.runClassPath(source, modules))
        .contains(Path.of(GridRun.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
  }

  @Test
  void aMissingPathIsNotAGridError() {
    assertThatThrownBy(() -> EmbeddedCompiler.check(dir.resolve("nope"), modules))
        .isInstanceOf(EmbeddedCompiler.GridPathException.class).hasMessageContaining("does not exist");
  }
}
