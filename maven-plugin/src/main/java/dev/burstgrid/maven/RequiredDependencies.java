package dev.burstgrid.maven;

import dev.burstgrid.compiler.codegen.RuntimeLibraries;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;

/**
 * The dependencies generated grid classes need at compile time (the runtime, the load engine,
 * the language library and each built-in module a grid uses), and the {@code <dependency>} block to paste
 * when the project lacks some: the plugin says so before javac would fail on missing classes.
 */
final class RequiredDependencies {
  private RequiredDependencies() {}

  /** The plugin's artifacts holding the runtime, the load engine, the language library and {@code moduleClasses}. */
  static List<Artifact> of(Set<Class<?>> moduleClasses, Collection<Artifact> pluginArtifacts) {
    Set<Class<?>> needed = new LinkedHashSet<>(RuntimeLibraries.CLASSES);
    needed.addAll(moduleClasses);
    Set<Artifact> required = new LinkedHashSet<>();
    for (Class<?> k : needed) {
      Path location = location(k);
      for (Artifact a : pluginArtifacts) {
        if (a.getFile() != null && a.getFile().toPath().toAbsolutePath().normalize().equals(location)) {
          required.add(a);
        }
      }
    }
    return new ArrayList<>(required);
  }

  /** Those of {@code required} the project does not depend on (by group and artifact id, any version). */
  static List<Artifact> missing(List<Artifact> required, Collection<Artifact> projectArtifacts) {
    Set<String> have = new LinkedHashSet<>();
    for (Artifact a : projectArtifacts) {
      have.add(a.getGroupId() + ":" + a.getArtifactId());
    }
    return required.stream().filter(a -> !have.contains(a.getGroupId() + ":" + a.getArtifactId())).toList();
  }

  /**
   * A sentence for each of {@code required} the project has in another version: the generated
   * code is written for the plugin's runtime and may not compile against another.
   */
  static List<String> otherVersions(List<Artifact> required, Collection<Artifact> projectArtifacts) {
    List<String> out = new ArrayList<>();
    for (Artifact need : required) {
      for (Artifact have : projectArtifacts) {
        if (have.getGroupId().equals(need.getGroupId()) && have.getArtifactId().equals(need.getArtifactId())
            && !have.getBaseVersion().equals(need.getBaseVersion())) {
          out.add("The project depends on " + have.getArtifactId() + " " + have.getBaseVersion()
              + ", but this plugin generates code for " + need.getBaseVersion()
              + "; use one version for both (a property such as <bggo.version>).");
        }
      }
    }
    return out;
  }

  /** The {@code <dependency>} elements to paste into the project's {@code <dependencies>}. */
  static String block(List<Artifact> missing, String scope) {
    StringBuilder sb = new StringBuilder();
    for (Artifact a : missing) {
      sb.append("    <dependency>\n")
          .append("      <groupId>").append(a.getGroupId()).append("</groupId>\n")
          .append("      <artifactId>").append(a.getArtifactId()).append("</artifactId>\n")
          .append("      <version>").append(a.getBaseVersion()).append("</version>\n");
      if (scope != null) {
        sb.append("      <scope>").append(scope).append("</scope>\n");
      }
      sb.append("    </dependency>\n");
    }
    return sb.toString();
  }

  private static Path location(Class<?> k) {
    CodeSource cs = k.getProtectionDomain().getCodeSource();
    try {
      return cs == null ? Path.of("") : Path.of(cs.getLocation().toURI()).toAbsolutePath().normalize();
    } catch (URISyntaxException e) {
      return Path.of("");
    }
  }
}
