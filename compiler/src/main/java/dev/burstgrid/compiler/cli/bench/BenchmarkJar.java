package dev.burstgrid.compiler.cli.bench;

import dev.burstgrid.compiler.codegen.InMemoryCompiler;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.generators.BenchmarkProcessor;

/**
 * Compiles the benchmark class with JMH's annotation processor (in this JVM, through
 * javax.tools) against the grid's classes, and packs both with what the processor wrote
 * (META-INF/BenchmarkList, CompilerHints, the generated stubs) into one jar that forked JVMs load.
 */
final class BenchmarkJar {
  private BenchmarkJar() {}

  /** Thrown when javac rejects the benchmark: a bug in bggoc, never the user's. */
  static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;

    Rejected(String message) {
      super(message);
    }
  }

  /**
   * Writes {@code work/bench.jar}.
   *
   * @param gridClassFiles the compiled grid by binary class name
   * @param classPath what the grid's classes need (runtime, lang, modules)
   */
  static Path write(Path work, Map<String, byte[]> gridClassFiles, String benchClass, String source,
      List<Path> classPath) throws IOException, Rejected {
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path generated = Files.createDirectories(work.resolve("generated"));
    for (Map.Entry<String, byte[]> e : gridClassFiles.entrySet()) {
      Path file = classes.resolve(e.getKey().replace('.', '/') + ".class");
      Files.createDirectories(file.getParent());
      Files.write(file, e.getValue());
    }
    compile(classes, generated, benchClass, source, classPath);
    Path jar = work.resolve("bench.jar");
    pack(classes, jar);
    return jar;
  }

  private static void compile(Path classes, Path generated, String benchClass, String source, List<Path> classPath)
      throws IOException, Rejected {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new Rejected("no Java compiler in this Java runtime; run bggoc on a JDK, not a JRE");
    }
    List<String> path = new ArrayList<>();
    path.add(classes.toString());
    classPath.forEach(p -> path.add(p.toString()));
    path.add(InMemoryCompiler.location(Benchmark.class).toString());
    path.add(InMemoryCompiler.location(BenchmarkProcessor.class).toString());
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
      List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-nowarn",
          "-classpath", String.join(File.pathSeparator, path));
      StringWriter out = new StringWriter();
      Path file = generated.resolve(benchClass.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, StandardCharsets.UTF_8);
      JavaCompiler.CompilationTask task =
          javac.getTask(out, files, diagnostics, options, null, files.getJavaFileObjects(file));
      task.setProcessors(List.of(new BenchmarkProcessor()));
      if (!task.call()) {
        StringBuilder sb = new StringBuilder("javac rejected the benchmark class:");
        diagnostics.getDiagnostics().forEach(d -> sb.append("\n  ").append(d.getMessage(Locale.ROOT)));
        throw new Rejected(sb + (out.toString().isBlank() ? "" : "\n" + out));
      }
    }
  }

  private static void pack(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        Stream<Path> all = Files.walk(classes)) {
      for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
        Files.copy(p, out);
        out.closeEntry();
      }
    }
  }
}
