package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.syntax.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A step's dependency on a resource, a local, or instances of another step. For a step target
 * the dependent waits for every instance ({@link #all}), or only for the union of: the {@code
 * fixed} instances ({@code step.a.b[2]}, {@code depends_on = ["a.b[0]", "a.b[1]"]}) and, per
 * instance of the dependent, the instance each {@code indexed} reference selects ({@code
 * step.a.b[count.index]}).
 */
public record StepDep(String target, boolean all, List<Integer> fixed, List<Indexed> indexed, Range why) {

  /**
   * A reference whose index depends on the instance reading it: {@code table[i]} is the target
   * instance that instance {@code i} needs when both groups' sizes are known before the run (null
   * otherwise); {@code index} is the index expression, for groups that expand at run time.
   */
  public record Indexed(int[] table, Expr index) {
    boolean sameAs(Indexed other) {
      return index == other.index || table != null && Arrays.equals(table, other.table);
    }
  }

  public StepDep {
    fixed = List.copyOf(fixed);
    indexed = List.copyOf(indexed);
  }

  public static StepDep all(String target, Range why) {
    return new StepDep(target, true, List.of(), List.of(), why);
  }

  public static StepDep fixed(String target, int instance, Range why) {
    return new StepDep(target, false, List.of(instance), List.of(), why);
  }

  public static StepDep indexed(String target, int[] table, Expr index, Range why) {
    return new StepDep(target, false, List.of(), List.of(new Indexed(table, index)), why);
  }

  public boolean needsAll() {
    return all;
  }

  /** Both dependencies on the same target: every instance either one needs. */
  StepDep merge(StepDep other) {
    if (all || other.all) {
      return all(target, why);
    }
    List<Integer> f = new ArrayList<>(fixed);
    for (int i : other.fixed) {
      if (!f.contains(i)) {
        f.add(i);
      }
    }
    List<Indexed> x = new ArrayList<>(indexed);
    for (Indexed i : other.indexed) {
      if (x.stream().noneMatch(i::sameAs)) {
        x.add(i);
      }
    }
    return new StepDep(target, false, f, x, why);
  }
}
