package dev.burstgrid.compiler.codegen.expr;

import com.palantir.javapoet.CodeBlock;

/**
 * How generated code reaches the roots an expression refers to. The grid writer implements this;
 * each method returns a Java expression of type {@code dev.burstgrid.lang.value.Value} that is
 * valid where the expression is evaluated. The code may be evaluated more than once and inside
 * lambdas, so it must only read fields, parameters or effectively final locals.
 */
public interface ExprEnv {

  /**
   * {@code step.R.N} ({@code stepKey} is {@code "R.N"}): {@code {output = {...}}} for a single
   * step, a tuple of those for a count group, an object keyed by key for a for_each group.
   */
  CodeBlock step(String stepKey);

  /** {@code resource.T.N} ({@code key} is {@code "T.N"}). */
  CodeBlock resource(String key);

  /** {@code var.name}. */
  CodeBlock var(String name);

  /** {@code local.name}. */
  CodeBlock local(String name);

  /** The object {@code {index = n}} of the current count instance. */
  CodeBlock count();

  /** The object {@code {key = k, value = v}} of the current for_each instance. */
  CodeBlock each();
}
