package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;

/**
 * What the roots of an expression are in the Java code being written: each method returns a
 * Java expression of type {@code Value}.
 */
interface ExprScope {
  /** The whole step as HCL sees it ({@code {output = …}}, a tuple or object for groups). */
  CodeBlock step(String stepKey);

  /**
   * One instance of a count group, {@code step.R.N[index]}, without building the whole group
   * value; null when the step is no count group.
   */
  CodeBlock stepInstance(String stepKey, CodeBlock index);

  /**
   * {@code step.R.N.output} ({@code field} null) or {@code step.R.N.output.field} read straight
   * from the output record, for a single step ({@code index} null) or one instance of a count
   * group; null when that does not apply.
   */
  CodeBlock stepOutput(String stepKey, CodeBlock index, String field);

  CodeBlock resource(String resourceKey);

  CodeBlock var(String name);

  CodeBlock local(String name);

  /** {@code {index = i}}. */
  CodeBlock count();

  /** {@code {key = k, value = v}}. */
  CodeBlock each();

  /** {@code count.index}. */
  default CodeBlock countIndex() {
    return CodeBlock.of("$T.getAttr($L, \"index\")", dev.burstgrid.runtime.value.Access.class, count());
  }

  /** {@code each.key} or {@code each.value}. */
  default CodeBlock eachAttribute(String name) {
    return CodeBlock.of("$T.getAttr($L, $L)", dev.burstgrid.runtime.value.Access.class, each(),
        dev.burstgrid.compiler.codegen.expr.JavaLiterals.string(name));
  }
}
