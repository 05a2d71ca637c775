package dev.burstgrid.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code bggo:generate} wrote last time, kept under {@code target/maven-status/bggo} (as
 * antlr4-maven-plugin keeps its own): for each grid the fingerprint of its inputs and the file
 * it produced, so an unchanged grid is not regenerated and a deleted one loses its class.
 */
final class GenerationStatus {
  /** One grid's last generation: what it was made from and the file written, relative to the output root. */
  record Entry(String fingerprint, String file) {}

  private final Path file;
  private final Map<String, Entry> entries = new TreeMap<>();

  private GenerationStatus(Path file) {
    this.file = file;
  }

  static GenerationStatus read(Path file) throws IOException {
    GenerationStatus status = new GenerationStatus(file);
    if (Files.isRegularFile(file)) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      for (String key : p.stringPropertyNames()) {
        if (key.endsWith(".fingerprint")) {
          String grid = key.substring(0, key.length() - ".fingerprint".length());
          status.entries.put(grid, new Entry(p.getProperty(key), p.getProperty(grid + ".file", "")));
        }
      }
    }
    return status;
  }

  Entry get(String grid) {
    return entries.get(grid);
  }

  void put(String grid, Entry entry) {
    entries.put(grid, entry);
  }

  Entry remove(String grid) {
    return entries.remove(grid);
  }

  Set<String> grids() {
    return new TreeSet<>(entries.keySet());
  }

  void write() throws IOException {
    Properties p = new Properties();
    entries.forEach((grid, e) -> {
      p.setProperty(grid + ".fingerprint", e.fingerprint());
      p.setProperty(grid + ".file", e.file());
    });
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(w, "bggo:generate status: inputs and outputs of each grid");
    }
  }
}
