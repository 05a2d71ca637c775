package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.value.Value;
import java.util.List;

/** How many instances a step has, and whether that is known before the run. */
public sealed interface Expansion {

  /** Instances known at compile time (1 for a single step). */
  default int staticSize() {
    return -1;
  }

  /** A step without count or for_each. */
  record Single() implements Expansion {
    @Override
    public int staticSize() {
      return 1;
    }
  }

  /** {@code count = N} known at compile time. */
  record Counted(int count) implements Expansion {
    @Override
    public int staticSize() {
      return count;
    }
  }

  /** {@code for_each} known at compile time: instance keys in order, with their values. */
  record Keyed(List<String> keys, List<Value> values) implements Expansion {
    public Keyed {
      keys = List.copyOf(keys);
      values = List.copyOf(values);
    }

    @Override
    public int staticSize() {
      return keys.size();
    }
  }

  /** {@code count} known only at run time (it depends on step outputs). */
  record DynamicCount(Expr count) implements Expansion {}

  /** {@code for_each} known only at run time. */
  record DynamicForEach(Expr forEach) implements Expansion {}
}
