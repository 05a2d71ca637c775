package dev.burstgrid.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.lang.GridValues;
import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.load.LoadRun;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;

class RequiredDependenciesTest {
  final Artifact runtime = artifact("bggo-runtime", "0.1.0", location(GridRun.class));
  final Artifact load = artifact("bggo-load", "0.1.0", location(LoadRun.class));
  final Artifact lang = artifact("bggo-lang", "0.1.0", location(GridValues.class));
  final Artifact unrelated = artifact("something-else", "1.0", new File("nowhere.jar"));

  @Test
  void theRuntimeLoadEngineAndLanguageLibraryAreAlwaysRequired() {
    assertThat(RequiredDependencies.of(Set.of(), List.of(unrelated, lang, load, runtime)))
        .containsExactly(runtime, load, lang);
  }

  @Test
  void whatTheProjectLacksIsMissingWhateverItsVersion() {
    Artifact projectsRuntime = artifact("bggo-runtime", "0.0.9", new File("r.jar"));
    assertThat(RequiredDependencies.missing(List.of(runtime, lang), List.of(projectsRuntime))).containsExactly(lang);
    assertThat(RequiredDependencies.otherVersions(List.of(runtime, lang), List.of(projectsRuntime)))
        .singleElement().asString().contains("bggo-runtime 0.0.9").contains("for 0.1.0");
  }

  @Test
  void theBlockToPasteNamesEachDependency() {
    assertThat(RequiredDependencies.block(List.of(lang), "test")).isEqualTo("""
            <dependency>
              <groupId>dev.burstgrid</groupId>
              <artifactId>bggo-lang</artifactId>
              <version>0.1.0</version>
              <scope>test</scope>
            </dependency>
        """);
  }

  private static Artifact artifact(String id, String version, File file) {
    DefaultArtifact a = new DefaultArtifact("dev.burstgrid", id, version, "compile", "jar", null,
        new DefaultArtifactHandler("jar"));
    a.setFile(file);
    return a;
  }

  private static File location(Class<?> k) {
    try {
      return new File(k.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
