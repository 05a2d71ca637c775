package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.codegen.GeneratedGrid;
import dev.burstgrid.compiler.codegen.InMemoryCompiler;
import dev.burstgrid.compiler.codegen.RuntimeLibraries;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What a built grid jar must contain besides its own classes: every entry of bggoc's class
 * path (the runtime, the load engine, the modules and their libraries, e.g. OkHttp) except bggoc's own
 * toolchain and test frameworks. Manifest-only jars (as test runners use) are followed
 * through their {@code Class-Path}.
 */
final class GridClassPath {
  /** Classes whose jars (or class directories) only the compiler needs. */
  private static final List<String> TOOLCHAIN = List.of(
      "dev.burstgrid.compiler.GridCompiler", "com.palantir.javapoet.ClassName", "picocli.CommandLine",
      "org.jgrapht.Graph", "org.jheaps.Heap");
  /** File-name prefixes of test frameworks a test run puts on the class path. */
  private static final List<String> TEST_JARS = List.of("junit-", "opentest4j-", "apiguardian-", "assertj-",
      "byte-buddy", "surefire", "common-java5", "common-junit", "mockwebserver", "hamcrest", "compile-testing",
      "truth-", "jmh-");

  private GridClassPath() {}

  static List<Path> of(ClassLoader loader, GeneratedGrid grid) {
    Set<Path> entries = new LinkedHashSet<>();
    for (Class<?> k : RuntimeLibraries.CLASSES) {
      entries.add(InMemoryCompiler.location(k));
    }
    for (Class<?> k : grid.moduleClasses()) {
      entries.add(InMemoryCompiler.location(k));
    }
    for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!e.isEmpty()) {
        addWithManifest(Path.of(e).toAbsolutePath().normalize(), entries, 0);
      }
    }
    for (ClassLoader l = loader; l != null; l = l.getParent()) {
      if (l instanceof URLClassLoader u) {
        for (URL url : u.getURLs()) {
          try {
            addWithManifest(Path.of(url.toURI()), entries, 0);
          } catch (URISyntaxException | IllegalArgumentException ignored) {
            // Not a file: nothing to pack.
          }
        }
      }
    }
    Set<Path> excluded = new LinkedHashSet<>();
    for (String name : TOOLCHAIN) {
      try {
        excluded.add(InMemoryCompiler.location(Class.forName(name, false, GridClassPath.class.getClassLoader())));
      } catch (ClassNotFoundException | IllegalStateException ignored) {
        // Not present: nothing to exclude.
      }
    }
    List<Path> out = new ArrayList<>();
    for (Path p : entries) {
      String file = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
      boolean test = TEST_JARS.stream().anyMatch(file::startsWith) || file.startsWith("surefirebooter");
      if (!excluded.contains(p) && !test && Files.exists(p) && !isManifestOnly(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static void addWithManifest(Path p, Set<Path> entries, int depth) {
    if (!entries.add(p) || depth > 3 || !Files.isRegularFile(p)) {
      return;
    }
    String classPath = manifestClassPath(p);
    if (classPath == null) {
      return;
    }
    for (String item : classPath.trim().split("\\s+")) {
      if (item.isEmpty()) {
        continue;
      }
      try {
        URL url = p.getParent() == null ? new URL(item) : p.getParent().toUri().resolve(item).toURL();
        addWithManifest(Path.of(url.toURI()).toAbsolutePath().normalize(), entries, depth + 1);
      } catch (IOException | URISyntaxException | IllegalArgumentException ignored) {
        // An entry we cannot read is not ours to pack.
      }
    }
  }

  private static String manifestClassPath(Path jar) {
    try (JarFile f = new JarFile(jar.toFile())) {
      Manifest m = f.getManifest();
      return m == null ? null : m.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
    } catch (IOException e) {
      return null;
    }
  }

  /** A jar holding nothing but a manifest, like a test runner's class-path jar. */
  private static boolean isManifestOnly(Path p) {
    if (!Files.isRegularFile(p) || manifestClassPath(p) == null) {
      return false;
    }
    try (JarFile f = new JarFile(p.toFile())) {
      return f.stream().allMatch(e -> e.getName().startsWith("META-INF/"));
    } catch (IOException e) {
      return false;
    }
  }
}
