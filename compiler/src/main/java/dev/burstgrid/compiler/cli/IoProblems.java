package dev.burstgrid.compiler.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** File-system failures said in words: Java's messages are often just the path. */
final class IoProblems {
  private IoProblems() {}

  /** Why {@code e} happened, e.g. "permission denied" or "the directory /x does not exist". */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      Path p = n.getFile() == null ? null : Path.of(n.getFile());
      Path parent = p == null ? null : p.toAbsolutePath().getParent();
      return parent != null && !Files.isDirectory(parent)
          ? "the directory " + parent + " does not exist; create it first" : "it does not exist";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof NotDirectoryException) {
      return "a part of the path is not a directory";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Null when {@code output} can be written, else why not (checked before the work of a build). */
  static String unwritable(Path output) {
    Path parent = output.toAbsolutePath().getParent();
    if (Files.isDirectory(output)) {
      return output + " is a directory; give the jar's file name, e.g. " + output.resolve("grid.jar");
    } else if (parent != null && !Files.isDirectory(parent)) {
      return "the directory " + parent + " does not exist; create it first";
    } else if (parent != null && !Files.isWritable(parent)) {
      return "the directory " + parent + " is not writable";
    }
    return null;
  }
}
