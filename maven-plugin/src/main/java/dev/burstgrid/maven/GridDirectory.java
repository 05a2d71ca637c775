package dev.burstgrid.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The grids of a project: each {@code *.hcl} file directly in the grids directory is one grid,
 * and each subdirectory holding {@code .hcl} files is one grid made of all of them (as {@code
 * bggoc} reads a directory). A grid is named after its file (without {@code .hcl}) or directory.
 */
final class GridDirectory {
  /** One grid: its name and the file or directory {@code bggoc} would be given. */
  record Grid(String name, Path path) {}

  private GridDirectory() {}

  /** The grids under {@code dir}, sorted by name; none when {@code dir} does not exist. */
  static List<Grid> find(Path dir) throws GridBuildException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    Map<String, Grid> byName = new LinkedHashMap<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : entries.sorted().toList()) {
        String file = p.getFileName().toString();
        Grid grid = null;
        if (Files.isRegularFile(p) && file.endsWith(".hcl")) {
          grid = new Grid(file.substring(0, file.length() - 4), p);
        } else if (Files.isDirectory(p) && holdsHcl(p)) {
          grid = new Grid(file, p);
        }
        if (grid != null) {
          Grid other = byName.putIfAbsent(grid.name(), grid);
          if (other != null) {
            throw new GridBuildException("Two grids are named \"" + grid.name() + "\": " + other.path() + " and "
                + grid.path() + ". Rename one: each grid becomes a class named after it.");
          }
        }
      }
    } catch (IOException e) {
      throw new GridBuildException("Cannot read the grids directory " + dir + ": " + e.getMessage());
    }
    return new ArrayList<>(byName.values());
  }

  /** Every {@code .hcl} file of a grid, sorted: what its fingerprint is made of. */
  static List<Path> sources(Grid grid) throws IOException {
    if (Files.isRegularFile(grid.path())) {
      return List.of(grid.path());
    }
    try (Stream<Path> walk = Files.walk(grid.path())) {
      return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".hcl")).sorted().toList();
    }
  }

  private static boolean holdsHcl(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.anyMatch(p -> Files.isRegularFile(p) && p.toString().endsWith(".hcl"));
    }
  }
}
