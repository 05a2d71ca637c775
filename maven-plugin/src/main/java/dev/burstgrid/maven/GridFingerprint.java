package dev.burstgrid.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of everything a generated grid class depends on: the grid's files, the plugin's
 * version, and the class path its runners are read from (each jar's size and time, each class
 * directory's files). Equal fingerprints mean generating again would write the same file.
 */
final class GridFingerprint {
  private GridFingerprint() {}

  /** The class path's part, computed once for all grids of a build. */
  static String classPath(String pluginVersion, List<Path> classPath) throws IOException {
    MessageDigest d = sha256();
    update(d, "bggo-maven-plugin " + pluginVersion);
    for (Path entry : classPath) {
      update(d, entry.toString());
      if (Files.isDirectory(entry)) {
        try (Stream<Path> walk = Files.walk(entry)) {
          for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
            update(d, entry.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
          }
        }
      } else if (Files.isRegularFile(entry)) {
        update(d, Files.size(entry) + " " + Files.getLastModifiedTime(entry).toMillis());
      }
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /** One grid's fingerprint: its files' names and contents plus the class path's part. */
  static String grid(GridDirectory.Grid grid, String classPathPart) throws IOException {
    MessageDigest d = sha256();
    update(d, classPathPart);
    update(d, grid.name());
    for (Path f : GridDirectory.sources(grid)) {
      update(d, grid.path().relativize(f).toString());
      d.update(Files.readAllBytes(f));
    }
    return HexFormat.of().formatHex(d.digest());
  }

  private static void update(MessageDigest d, String s) {
    d.update(s.getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
