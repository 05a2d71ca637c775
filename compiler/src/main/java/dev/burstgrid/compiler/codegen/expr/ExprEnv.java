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

  /**
   * Whether {@code var.name} is sensitive, so what is computed from it must keep its mark; true
   * unless the environment knows better.
   */
  default boolean isSensitiveVariable(String name) {
    return true;
  }

  /** {@code local.name}. */
  CodeBlock local(String name);

  /** The object {@code {index = n}} of the current count instance. */
  CodeBlock count();

  /** The object {@code {key = k, value = v}} of the current for_each instance. */
  CodeBlock each();

  /** {@code vu} or {@code scenario} ({@code root}): the object describing this iteration. */
  default CodeBlock iteration(String root) {
    throw new IllegalStateException(root + " is not available here");
  }

  /** {@code self} in a check: {@code {output = {...}}} of the instance being checked. */
  default CodeBlock self() {
    throw new IllegalStateException("self outside a check");
  }

  /**
   * {@code count.index} of the current instance as a Java {@code int} expression, for typed
   * arithmetic; null when there is none.
   */
  default CodeBlock countIndex() {
    return null;
  }

  /**
   * {@code each.key} or {@code each.value} of the current instance as a {@code Value} expression
   * that skips building the {@code each} object; null when there is none.
   */
  default CodeBlock eachAttribute(String name) {
    return null;
  }

  /**
   * {@code step.R.N[index]} without building the whole group's value (a Java expression of type
   * {@code Value}; {@code index} is one too), or null when the step is no count group.
   */
  default CodeBlock stepInstance(String stepKey, CodeBlock index) {
    return null;
  }

  /**
   * {@code step.R.N.output} ({@code field} null) or {@code step.R.N.output.field}, read straight
   * from the output record, of a single step ({@code index} null) or one instance of a count group
   * ({@code index} a {@code Value} expression); null when that does not apply.
   */
  default CodeBlock stepOutput(String stepKey, CodeBlock index, String field) {
    return null;
  }
}
