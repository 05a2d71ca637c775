package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Expr;

/** What a checked reference points at. */
public sealed interface Target {

  /**
   * A step, or some of a group's instances. {@code index} is the index expression for {@code
   * step.R.N[i]} (null otherwise); {@code all} is true for a splat or a reference to the whole
   * group.
   */
  record StepRef(StepDecl step, Expr index, boolean all) implements Target {}

  record ResourceRef(ResourceDecl resource) implements Target {}

  record VarRef(VariableDecl variable) implements Target {}

  record LocalRef(LocalDecl local) implements Target {}

  /** {@code count.index}, {@code each.key}, {@code each.value}. */
  record Repetition(String root, String attribute) implements Target {}

  /** {@code vu.id}, {@code vu.iteration}, {@code scenario.name}, {@code scenario.iteration}. */
  record IterationRef(String root, String attribute) implements Target {}

  /** {@code self.output…} inside a step's check: the instance being checked. */
  record SelfRef(StepDecl step) implements Target {}
}
