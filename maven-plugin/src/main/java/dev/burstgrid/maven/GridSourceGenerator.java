package dev.burstgrid.maven;

import dev.burstgrid.compiler.cli.EmbeddedCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the Java of every grid whose fingerprint changed since the last build, leaves the
 * others alone, and deletes the classes of grids that are gone. Nothing here knows Maven.
 */
final class GridSourceGenerator {
  /** What one generation did. {@code failed} holds the grids with compile errors. */
  record Outcome(List<String> generated, List<String> upToDate, List<String> removed,
      List<EmbeddedCompiler.Checked> failed, List<EmbeddedCompiler.Checked> checked, Set<Class<?>> moduleClasses) {}

  private final Path outputRoot;
  private final GenerationStatus status;
  private final ClassLoader modules;
  private final String classPathFingerprint;

  GridSourceGenerator(Path outputRoot, GenerationStatus status, ClassLoader modules, String classPathFingerprint) {
    this.outputRoot = outputRoot;
    this.status = status;
    this.modules = modules;
    this.classPathFingerprint = classPathFingerprint;
  }

  Outcome generate(List<GridDirectory.Grid> grids) throws IOException, GridBuildException {
    List<String> generated = new ArrayList<>();
    List<String> upToDate = new ArrayList<>();
    List<EmbeddedCompiler.Checked> failed = new ArrayList<>();
    List<EmbeddedCompiler.Checked> checked = new ArrayList<>();
    Set<Class<?>> moduleClasses = new LinkedHashSet<>();
    Set<String> present = new LinkedHashSet<>();
    for (GridDirectory.Grid grid : grids) {
      present.add(grid.name());
      String fingerprint = GridFingerprint.grid(grid, classPathFingerprint);
      GenerationStatus.Entry last = status.get(grid.name());
      if (last != null && last.fingerprint().equals(fingerprint) && Files.isRegularFile(outputRoot.resolve(last.file()))) {
        upToDate.add(grid.name());
        continue;
      }
      EmbeddedCompiler.Checked result = check(grid);
      checked.add(result);
      if (!result.ok()) {
        failed.add(result);
        continue;
      }
      EmbeddedCompiler.Source source = EmbeddedCompiler.generate(result);
      String file = source.className().replace('.', '/') + ".java";
      if (last != null && !last.file().equals(file)) {
        Files.deleteIfExists(outputRoot.resolve(last.file()));
      }
      Path out = outputRoot.resolve(file);
      Files.createDirectories(out.getParent());
      Files.writeString(out, source.text(), StandardCharsets.UTF_8);
      moduleClasses.addAll(source.moduleClasses());
      status.put(grid.name(), new GenerationStatus.Entry(fingerprint, file));
      generated.add(grid.name());
    }
    List<String> removed = new ArrayList<>();
    for (String gone : status.grids()) {
      if (!present.contains(gone)) {
        Files.deleteIfExists(outputRoot.resolve(status.remove(gone).file()));
        removed.add(gone);
      }
    }
    return new Outcome(generated, upToDate, removed, failed, checked, moduleClasses);
  }

  private EmbeddedCompiler.Checked check(GridDirectory.Grid grid) throws GridBuildException {
    try {
      return EmbeddedCompiler.check(grid.path(), modules);
    } catch (EmbeddedCompiler.GridPathException e) {
      throw new GridBuildException(e.getMessage());
    }
  }
}
