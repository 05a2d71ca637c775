package dev.burstgrid.benchmarks;

import dev.burstgrid.lang.expr.Calls;
import dev.burstgrid.lang.expr.Operators;
import dev.burstgrid.lang.function.Function;
import dev.burstgrid.lang.value.Marks;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What sensitivity marks cost an expression over a large value: a function call and an equality
 * over a list of {@link #size} objects, none of them marked, and the mark check itself. Every
 * call and operator asks whether an operand holds a mark anywhere inside, so that check must not
 * walk the value.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar Marks</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MarksBenchmark {
  @Param({"10000"})
  int size;

  Value list;
  Value sameList;
  Function length;

  @Setup(Level.Trial)
  public void setUp() {
    list = objects(size);
    sameList = objects(size);
    length = Calls.function("length");
  }

  private static Value objects(int n) {
    List<Value> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(Value.ObjectValue.of(Map.of("id", Value.number(i), "name", Value.string("user-" + i))));
    }
    Type element = items.get(0).type();
    return new Value.ListValue(element, items);
  }

  /** {@code length(list)}: the call checks its argument for marks before it counts. */
  @Benchmark
  public Value lengthCall() {
    return Calls.call(length, "bench.hcl:1:1", list);
  }

  /** {@code list == list}: the comparison itself walks both lists, the mark check should not add to it. */
  @Benchmark
  public Value equality() {
    return Operators.equal(list, sameList);
  }

  @Benchmark
  public boolean containsMark() {
    return Marks.containsMark(list);
  }
}
