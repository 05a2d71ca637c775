package dev.burstgrid.lang.function;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code range(limit)}, {@code range(start, limit)}, {@code range(start, limit, step)}. */
final class RangeFunction {
  private RangeFunction() {}

  /** Terraform refuses to build more elements than this. */
  static final int MAX_ELEMENTS = 1024;

  static Value range(List<Value> args) throws FunctionException {
    BigDecimal start;
    BigDecimal limit;
    BigDecimal step;
    switch (args.size()) {
      case 1 -> {
        start = BigDecimal.ZERO;
        limit = Args.num(args, 0);
        step = BigDecimal.valueOf(limit.signum() < 0 ? -1 : 1);
      }
      case 2 -> {
        start = Args.num(args, 0);
        limit = Args.num(args, 1);
        step = BigDecimal.valueOf(limit.compareTo(start) < 0 ? -1 : 1);
      }
      case 3 -> {
        start = Args.num(args, 0);
        limit = Args.num(args, 1);
        step = Args.num(args, 2);
      }
      default -> throw new FunctionException("must have one, two, or three arguments");
    }
    if (step.signum() == 0) {
      throw new FunctionException(2, "step must not be zero");
    }
    boolean down = step.signum() < 0;
    if (down && limit.compareTo(start) > 0) {
      throw new FunctionException(1, "for count-down ranges, the limit must be less than or equal to the start");
    }
    if (!down && limit.compareTo(start) < 0) {
      throw new FunctionException(1, "for count-up ranges, the limit must be greater than or equal to the start");
    }
    List<Value> out = new ArrayList<>();
    for (BigDecimal v = start;
        down ? v.compareTo(limit) > 0 : v.compareTo(limit) < 0;
        v = v.add(step)) {
      if (out.size() >= MAX_ELEMENTS) {
        throw new FunctionException(
            "more than " + MAX_ELEMENTS + " values were generated; either decrease the difference"
                + " between start and end or use a smaller step");
      }
      out.add(Value.number(v));
    }
    return Args.list(Type.NUMBER, out);
  }
}
