package dev.burstgrid.compiler.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Writes a runnable jar: the generated classes plus every class-path entry given (the
 * runtime, modules and their dependencies), with {@code Main-Class} set and {@code
 * META-INF/services} files merged. For each other file the first copy wins. A grid's jar is
 * also an executable: a {@link JarLauncher} script ahead of the archive, which {@code java -jar}
 * and zip readers skip.
 */
public final class GridJar {
  private static final String SERVICES = "META-INF/services/";

  private GridJar() {}

  /** A jar that {@code java -jar JAR} runs and, on a POSIX system, {@code ./JAR} too. */
  public static void writeExecutable(Path jar, String mainClass, Map<String, byte[]> classFiles,
      List<Path> classPath) throws IOException {
    write(jar, JarLauncher.script(), mainClass, classFiles, classPath);
    JarLauncher.markExecutable(jar);
  }

  /** A jar that {@code java -jar JAR} runs. */
  public static void write(Path jar, String mainClass, Map<String, byte[]> classFiles, List<Path> classPath)
      throws IOException {
    write(jar, new byte[0], mainClass, classFiles, classPath);
  }

  private static void write(Path jar, byte[] preamble, String mainClass, Map<String, byte[]> classFiles,
      List<Path> classPath) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    manifest.getMainAttributes().put(new Attributes.Name("Created-By"), "bggoc");
    Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
    try (OutputStream file = Files.newOutputStream(tmp)) {
      file.write(preamble);
      writeEntries(file, manifest, classFiles, classPath);
    }
    Files.move(tmp, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static void writeEntries(OutputStream file, Manifest manifest, Map<String, byte[]> classFiles,
      List<Path> classPath) throws IOException {
    Set<String> written = new HashSet<>();
    Map<String, StringBuilder> services = new LinkedHashMap<>();
    try (JarOutputStream out = new JarOutputStream(file, manifest)) {
      written.add(JarFile.MANIFEST_NAME);
      written.add("META-INF/");
      for (Map.Entry<String, byte[]> c : classFiles.entrySet()) {
        put(out, written, c.getKey().replace('.', '/') + ".class", c.getValue());
      }
      for (Path entry : classPath) {
        if (Files.isDirectory(entry)) {
          copyDirectory(entry, out, written, services);
        } else if (Files.isRegularFile(entry)) {
          copyJar(entry, out, written, services);
        }
      }
      for (Map.Entry<String, StringBuilder> s : services.entrySet()) {
        put(out, written, s.getKey(), s.getValue().toString().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static void copyDirectory(Path dir, JarOutputStream out, Set<String> written,
      Map<String, StringBuilder> services) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = dir.relativize(f).toString().replace('\\', '/');
        add(name, Files.readAllBytes(f), out, written, services);
      }
    }
  }

  private static void copyJar(Path jar, JarOutputStream out, Set<String> written, Map<String, StringBuilder> services)
      throws IOException {
    try (InputStream file = Files.newInputStream(jar); JarInputStream in = new JarInputStream(file)) {
      for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
        if (!e.isDirectory()) {
          add(e.getName(), in.readAllBytes(), out, written, services);
        }
      }
    }
  }

  private static void add(String name, byte[] bytes, JarOutputStream out, Set<String> written,
      Map<String, StringBuilder> services) throws IOException {
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    if (upper.equals("META-INF/MANIFEST.MF") || upper.startsWith("META-INF/") && (upper.endsWith(".SF")
        || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"))
        || name.equals("module-info.class") || upper.startsWith("META-INF/VERSIONS/") && name.endsWith("module-info.class")) {
      return;
    }
    if (name.startsWith(SERVICES) && name.length() > SERVICES.length()) {
      StringBuilder sb = services.computeIfAbsent(name, k -> new StringBuilder());
      String text = new String(bytes, StandardCharsets.UTF_8);
      sb.append(text);
      if (!text.endsWith("\n")) {
        sb.append('\n');
      }
      return;
    }
    put(out, written, name, bytes);
  }

  private static void put(JarOutputStream out, Set<String> written, String name, byte[] bytes) throws IOException {
    int slash = name.lastIndexOf('/');
    if (slash > 0) {
      putDirectories(out, written, name.substring(0, slash + 1));
    }
    if (!written.add(name)) {
      return;
    }
    out.putNextEntry(new JarEntry(name));
    out.write(bytes);
    out.closeEntry();
  }

  private static void putDirectories(JarOutputStream out, Set<String> written, String dir) throws IOException {
    int parent = dir.lastIndexOf('/', dir.length() - 2);
    if (parent > 0) {
      putDirectories(out, written, dir.substring(0, parent + 1));
    }
    if (written.add(dir)) {
      out.putNextEntry(new JarEntry(dir));
      out.closeEntry();
    }
  }

}
