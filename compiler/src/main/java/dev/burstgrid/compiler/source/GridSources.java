package dev.burstgrid.compiler.source;

import dev.burstgrid.compiler.diag.Diagnostics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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

  /**
   * Reads the grid at {@code path}. A file that is not valid UTF-8 is still returned (bad
   * bytes replaced by U+FFFD) with an error at the first bad byte.
   */
  public static List<SourceFile> load(Path path, Diagnostics diags) throws LoadException {
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
    Path base = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    List<SourceFile> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(read(file, displayName(path, base, file), diags));
    }
    return sources;
  }

  private static String displayName(Path given, Path base, Path file) {
    if (!Files.isDirectory(given)) {
      return given.toString();
    }
    return given.resolve(base.relativize(file)).normalize().toString();
  }

  /** Reads UTF-8 text; bytes that are not UTF-8 become U+FFFD so the parser can point at them. */
  private static SourceFile read(Path file, String displayName, Diagnostics diags)
      throws LoadException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new LoadException("Cannot read \"" + file + "\": " + e.getMessage());
    }
    String text;
    boolean malformed = false;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.UTF_8);
      malformed = true;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    SourceFile source = new SourceFile(displayName, file, text);
    if (malformed) {
      int at = Math.max(0, text.indexOf('\uFFFD'));
      diags.error(
          "syntax/invalid-utf8",
          source.range(at, Math.min(text.length(), at + 1)),
          "Invalid UTF-8",
          "The file is not valid UTF-8 text. Grid files must be UTF-8 encoded; re-save it as UTF-8.");
    }
    return source;
  }
}
