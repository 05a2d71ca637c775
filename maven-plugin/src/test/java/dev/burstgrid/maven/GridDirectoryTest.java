package dev.burstgrid.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridDirectoryTest {
  @TempDir Path dir;

  @Test
  void filesAndDirectoriesOfHclAreGrids() throws Exception {
    Files.writeString(dir.resolve("smoke.hcl"), "");
    Files.createDirectories(dir.resolve("login/parts"));
    Files.writeString(dir.resolve("login/parts/a.hcl"), "");
    Files.createDirectories(dir.resolve("empty"));
    Files.writeString(dir.resolve("notes.txt"), "");
    assertThat(GridDirectory.find(dir)).extracting(GridDirectory.Grid::name).containsExactly("login", "smoke");
  }

  @Test
  void aMissingDirectoryHoldsNoGrids() throws Exception {
    assertThat(GridDirectory.find(dir.resolve("nope"))).isEmpty();
  }

  @Test
  void twoGridsOfOneNameAreAnError() throws Exception {
    Files.writeString(dir.resolve("smoke.hcl"), "");
    Files.createDirectories(dir.resolve("smoke"));
    Files.writeString(dir.resolve("smoke/a.hcl"), "");
    assertThatThrownBy(() -> GridDirectory.find(dir)).isInstanceOf(GridBuildException.class)
        .hasMessageContaining("Two grids are named \"smoke\"").hasMessageContaining("Rename one");
  }
}
