package dev.burstgrid.compiler.codegen;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a generated grid class with {@code javax.tools}, in memory, against the runtime and
 * the modules it uses (found by their classes' code sources, not {@code java.class.path}), and
 * loads it in a child class loader.
 */
public final class InMemoryCompiler {
  private InMemoryCompiler() {}

  /** A compiled grid: its class files by binary name, and the loaded class. */
  public record Compiled(Map<String, byte[]> classFiles, Class<?> gridClass) {}

  /**
   * Compiles and loads {@code grid}.
   *
   * @param parent a class loader that sees the runtime and the grid's modules
   * @throws GridCompileException when javac rejects the generated code (a bug in bggoc)
   */
  public static Compiled compile(GeneratedGrid grid, ClassLoader parent) throws GridCompileException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new GridCompileException("no Java compiler in this Java runtime; run bggoc on a JDK, not a JRE", null);
    }
    String source = grid.source();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> outputs = new TreeMap<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    try (MemoryFileManager files = new MemoryFileManager(standard, outputs)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8", "-nowarn",
          "-classpath", classPath(grid));
      JavaFileObject unit = new SourceFile(grid.className(), source);
      StringWriter javacOut = new StringWriter();
      JavaCompiler.CompilationTask task = javac.getTask(javacOut, files, diagnostics, options, null, List.of(unit));
      if (!JavacThread.call(task)) {
        throw failure(grid, source, diagnostics, javacOut.toString());
      }
    } catch (IOException e) {
      throw new GridCompileException("cannot compile the generated class: " + e.getMessage(), null);
    }
    Map<String, byte[]> classFiles = new TreeMap<>();
    outputs.forEach((name, bytes) -> classFiles.put(name, bytes.toByteArray()));
    ClassLoader loader = new MemoryClassLoader(classFiles, parent);
    try {
      return new Compiled(classFiles, Class.forName(grid.className(), true, loader));
    } catch (ClassNotFoundException | LinkageError e) {
      throw new GridCompileException("cannot load the generated class: " + e, null);
    }
  }

  /** The runtime libraries' and the modules' jars or class directories. */
  static String classPath(GeneratedGrid grid) {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> k : RuntimeLibraries.CLASSES) {
      entries.add(location(k).toString());
    }
    for (Class<?> k : grid.moduleClasses()) {
      entries.add(location(k).toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  /** Where a class was loaded from: its jar or class directory. */
  public static Path location(Class<?> k) {
    CodeSource cs = k.getProtectionDomain().getCodeSource();
    if (cs == null || cs.getLocation() == null) {
      throw new IllegalStateException("cannot tell where " + k.getName() + " was loaded from");
    }
    try {
      return Path.of(cs.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad code source of " + k.getName() + ": " + cs.getLocation(), e);
    }
  }

  private static GridCompileException failure(GeneratedGrid grid, String source,
      DiagnosticCollector<JavaFileObject> diagnostics, String javacOut) {
    String[] lines = source.split("\n", -1);
    StringBuilder sb = new StringBuilder("javac rejected the code generated for this grid:");
    String where = null;
    int shown = 0;
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR || shown++ >= 5) {
        continue;
      }
      long line = d.getLineNumber();
      String gridLocation = gridLocation(lines, (int) line);
      where = where == null ? gridLocation : where;
      sb.append("\n  ").append(grid.className()).append(".java:").append(line).append(": ")
          .append(d.getMessage(Locale.ROOT));
      if (gridLocation != null) {
        sb.append(" (code for ").append(gridLocation).append(')');
      }
    }
    if (shown == 0 && !javacOut.isBlank()) {
      // javac reports running out of stack or memory on its writer, not as a diagnostic.
      sb.append("\n  ").append(javacOut.strip().lines().findFirst().orElse(""));
    }
    return new GridCompileException(sb.toString(), where);
  }

  /** The grid block whose code holds generated line {@code line}: the nearest location comment above. */
  private static String gridLocation(String[] lines, int line) {
    for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      String l = lines[i].strip();
      if (l.startsWith("// step.") || l.startsWith("// resource.") || l.startsWith("// local.")) {
        int open = l.indexOf(" (");
        int close = l.indexOf(')', open);
        if (open > 0 && close > open) {
          return l.substring(3, open) + " at " + l.substring(open + 2, close);
        }
      }
    }
    return null;
  }

  private static final class SourceFile extends SimpleJavaFileObject {
    private final String source;

    SourceFile(String className, String source) {
      super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
      this.source = source;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return source;
    }
  }

  private static final class ClassFile extends SimpleJavaFileObject {
    private final ByteArrayOutputStream bytes;

    ClassFile(String className, ByteArrayOutputStream bytes) {
      super(URI.create("mem:///" + className.replace('.', '/') + Kind.CLASS.extension), Kind.CLASS);
      this.bytes = bytes;
    }

    @Override
    public OutputStream openOutputStream() {
      return bytes;
    }
  }

  private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, ByteArrayOutputStream> outputs;

    MemoryFileManager(StandardJavaFileManager standard, Map<String, ByteArrayOutputStream> outputs) {
      super(standard);
      this.outputs = outputs;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
        FileObject sibling) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      outputs.put(className, bytes);
      return new ClassFile(className, bytes);
    }
  }

  private static final class MemoryClassLoader extends ClassLoader {
    private final Map<String, byte[]> classFiles;

    MemoryClassLoader(Map<String, byte[]> classFiles, ClassLoader parent) {
      super(parent);
      this.classFiles = classFiles;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classFiles.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
