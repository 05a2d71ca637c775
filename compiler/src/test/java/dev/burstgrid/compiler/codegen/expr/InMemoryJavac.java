package dev.burstgrid.compiler.codegen.expr;

import dev.burstgrid.lang.value.Value;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java sources in memory against the runtime module and loads the classes. */
final class InMemoryJavac {
  private InMemoryJavac() {}

  /** The compiled class, or an exception carrying javac's diagnostics. */
  static Class<?> compile(String className, String source, Class<?>... alsoOnClasspath)
      throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> out = new HashMap<>();
    StandardJavaFileManager std = javac.getStandardFileManager(diags, null, StandardCharsets.UTF_8);
    JavaFileManager files =
        new ForwardingJavaFileManager<>(std) {
          @Override
          public JavaFileObject getJavaFileForOutput(
              Location location, String name, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(
                URI.create("mem:///" + name.replace('.', '/') + ".class"), kind) {
              @Override
              public OutputStream openOutputStream() {
                return out.computeIfAbsent(name, n -> new ByteArrayOutputStream());
              }
            };
          }
        };
    JavaFileObject unit =
        new SimpleJavaFileObject(
            URI.create("string:///" + className.replace('.', '/') + ".java"),
            JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    StringBuilder cp = new StringBuilder(location(Value.class));
    for (Class<?> c : alsoOnClasspath) {
      cp.append(File.pathSeparator).append(location(c));
    }
    List<String> options =
        List.of(
            "-classpath", cp.toString(), "-proc:none", "-nowarn", "-source", "17", "-target", "17");
    boolean ok = javac.getTask(null, files, diags, options, null, List.of(unit)).call();
    if (!ok) {
      throw new IllegalStateException("javac failed: " + diags.getDiagnostics());
    }
    ClassLoader loader =
        new ClassLoader(InMemoryJavac.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            ByteArrayOutputStream bytes = out.get(name);
            if (bytes == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] b = bytes.toByteArray();
            return defineClass(name, b, 0, b.length);
          }
        };
    return loader.loadClass(className);
  }

  private static String location(Class<?> c) throws URISyntaxException {
    return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
  }
}
