package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.JavaFile;
import java.util.Set;

/**
 * The Java source of one grid.
 *
 * @param className the generated class's qualified name
 * @param file the source file
 * @param moduleClasses the runner and asset classes it uses (their jars must be on the class
 *     path to compile and run it)
 */
public record GeneratedGrid(String className, JavaFile file, Set<Class<?>> moduleClasses) {

  /** The Java source text, no line longer than 120 characters but for long string literals. */
  public String source() {
    return JavaLines.wrap(file.toString());
  }
}
