package dev.burstgrid.modules.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files a grid names, confined to the grid's directory so a grid cannot send any file it likes. */
final class GridFiles {
  private GridFiles() {}

  /**
   * The regular file {@code name} under {@code gridDirectory} (symbolic links resolved).
   *
   * @param argument the argument's name, for messages
   * @throws IllegalArgumentException when it is missing, not a regular file, or outside
   */
  static Path inside(Path gridDirectory, String argument, String name) {
    Path file = gridDirectory.resolve(name).normalize();
    Path real;
    Path root;
    try {
      root = gridDirectory.toRealPath();
      real = file.toRealPath();
    } catch (IOException e) {
      throw new IllegalArgumentException(
          argument + " \"" + name + "\" does not exist (looked for " + file + ")", e);
    }
    if (!real.startsWith(root)) {
      throw new IllegalArgumentException(
          argument
              + " \""
              + name
              + "\" is outside the grid's directory "
              + root
              + "; only files under it can be sent (copy the file there)");
    }
    if (!Files.isRegularFile(real)) {
      throw new IllegalArgumentException(argument + " \"" + name + "\" is not a regular file");
    }
    return real;
  }
}
