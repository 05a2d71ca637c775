package dev.burstgrid.lang.cache;

import dev.burstgrid.runtime.RunLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Cached outputs on disk ({@code --cache-dir}): one file per call, named by the SHA-256 of its key
 * (runner, version, input). Written to a temporary file and moved into place, so a reader never
 * sees half an entry; an unreadable entry is ignored and written again.
 */
final class CacheDirectory {
  private final Path dir;
  private final RunLog log;

  CacheDirectory(Path dir, RunLog log) {
    this.dir = dir;
    this.log = log;
  }

  <O> O read(String key, CacheCodec<?, O> codec) {
    Path file = file(key);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return codec.decode(Files.readString(file, StandardCharsets.UTF_8));
    } catch (Exception e) {
      return null;
    }
  }

  <O> void write(String key, CacheCodec<?, O> codec, O output) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".entry", ".tmp");
      Files.writeString(temp, codec.encode(output), StandardCharsets.UTF_8);
      Files.move(temp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      log.note("could not store a cached output in " + dir + ": " + e.getMessage());
    }
  }

  private Path file(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return dir.resolve(HexFormat.of().formatHex(hash) + ".json");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every JVM has SHA-256
    }
  }

  @Override
  public String toString() {
    return dir.toString();
  }
}
