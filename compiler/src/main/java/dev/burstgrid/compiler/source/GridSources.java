package dev.burstgrid.compiler.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and reads a grid: one {@code .hcl} file, or every {@code *.hcl} file under a
 * directory, recursively, in a stable (path-sorted) order.
 */
public final class GridSources {
  private GridSources() {}

  /** What went wrong finding or reading the files; a usage-level problem, not a grid error. */
  public static final class LoadException extends Exception {
    public LoadException(String message) {
      super(message);
    }
  }

  /** Reads the grid at {@code path}. */
  public static List<SourceFile> load(Path path) throws LoadException {
    if (!Files.exists(path)) {
      throw new LoadException(
          "Grid path \"" + path + "\" does not exist. Give a .hcl file or a directory holding .hcl files.");
    }
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".hcl"))
            .sorted()
            .forEach(files::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new LoadException("Cannot read directory \"" + path + "\": " + e.getMessage());
      }
      if (files.isEmpty()) {
        throw new LoadException(
            "Directory \"" + path + "\" holds no .hcl file. A grid is one or more *.hcl files.");
      }
    } else {
      files.add(path);
    }
    Path base = (Files.isDirectory(path) ? path.toAbsolutePath() : path.toAbsolutePath().getParent()).normalize();
    List<SourceFile> sources = new ArrayList<>();
    for (Path file : files) {
      Path relative = base.relativize(file.toAbsolutePath().normalize());
      String displayName = Files.isDirectory(path) ? path.resolve(relative).normalize().toString() : path.toString();
      sources.add(read(file, displayName, slashed(relative)));
    }
    return sources;
  }

  /** {@code sub/a.hcl} on every platform; a backslash in a Unix file name stays as it is. */
  private static String slashed(Path relative) {
    StringBuilder sb = new StringBuilder();
    for (Path part : relative) {
      sb.append(sb.length() == 0 ? "" : "/").append(part);
    }
    return sb.toString();
  }

  /** Reads UTF-8 text; bytes that are not UTF-8 become U+FFFD so the parser can point at them. */
  private static SourceFile read(Path file, String displayName, String rootName) throws LoadException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new LoadException("Cannot read \"" + file + "\": " + e.getMessage());
    }
    // Bytes that are not UTF-8 decode to U+FFFD, which the lexer reports where it stands.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new SourceFile(displayName, rootName, file, text);
  }
}
