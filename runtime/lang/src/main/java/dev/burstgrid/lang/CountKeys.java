package dev.burstgrid.lang;

import dev.burstgrid.runtime.GridRun;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The keys of a {@code count} group whose count is known only at run time: {@code 0 … count-1},
 * which generated code gives the runtime's dynamic group as its {@code GroupKeys}.
 */
public final class CountKeys {
  private CountKeys() {}

  /**
   * The keys {@code 0 … count-1} of a {@code count} group; rejects a negative count, or one above
   * {@link GridRun#MAX_INSTANCES}, with a message meant for the user, before anything is allocated.
   */
  public static List<Integer> of(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be a whole number ≥ 0, got " + count);
    }
    if (count > GridRun.MAX_INSTANCES) {
      throw new IllegalArgumentException(GridRun.tooManyInstances("count is " + count));
    }
    return new Indices((int) count);
  }

  /** 0 … n-1 without boxing them all up front. */
  private static final class Indices extends AbstractList<Integer> implements RandomAccess {
    private final int size;

    Indices(int size) {
      this.size = size;
    }

    @Override
    public Integer get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException(index);
      }
      return index;
    }

    @Override
    public int size() {
      return size;
    }
  }
}
