package dev.burstgrid.runtime;

import dev.burstgrid.runtime.spi.Asset;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A hand-written program shaped like the code generated for this grid, kept as the reference
 * for what generated code may call:
 *
 * <pre>
 * resource "counter" "shared" {}
 * step "echo" "first" { uses { c = resource.counter.shared }  arguments { value = 3 } }
 * step "echo" "fan" {                                   # static count group
 *   count = 3
 *   uses { c = resource.counter.shared }
 *   arguments { value = count.index }
 * }
 * step "echo" "dyn" {                                   # count known at run time
 *   count = step.echo.first.output.value
 *   uses { c = resource.counter.shared }
 *   arguments { value = step.echo.fan[count.index % 3].output.value * 10 }
 * }
 * step "sum" "all" { arguments { values = concat(step.echo.fan[*].output.value, step.echo.dyn[*].output.value) } }
 * </pre>
 */
final class SampleGrid {

  // ---- what modules provide (normally found with ServiceLoader) ----

  record EchoInput(long value) {}

  record EchoUses(Counter c) {}

  record EchoOutput(long value) {}

  record SumInput(List<Long> values) {}

  record SumOutput(long total) {}

  record CounterConfig() {}

  /** An asset instance: counts the calls made through it. */
  static final class Counter implements AutoCloseable {
    final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    volatile boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  @Kind(name = "counter", doc = "Counts calls.")
  static final class CounterAsset implements Asset<CounterConfig, Counter> {
    public Counter create(CounterConfig config, RunContext context) { return new Counter(); }
  }

  @Kind(name = "echo", doc = "Returns its input.")
  static final class Echo implements Runner.WithUses<EchoInput, EchoUses, EchoOutput> {
    public EchoOutput run(EchoInput input, EchoUses uses, RunContext context) {
      uses.c().calls.incrementAndGet();
      return new EchoOutput(input.value());
    }
  }

  @Kind(name = "sum", doc = "Adds numbers.")
  static final class Sum implements Runner<SumInput, SumOutput> {
    public SumOutput run(SumInput input, RunContext context) {
      return new SumOutput(input.values().stream().mapToLong(Long::longValue).sum());
    }
  }

  // ---- what the generator emits ----

  private static final CounterAsset COUNTER = new CounterAsset();
  private static final Echo ECHO = new Echo();
  private static final Sum SUM = new Sum();

  // resource.counter.shared (grid.hcl:1:1)
  private static final ResourceInfo COUNTER_SHARED = new ResourceInfo("resource.counter.shared", "grid.hcl:1:1");
  private static final StepInfo ECHO_FIRST = new StepInfo("step.echo.first", "grid.hcl:2:1");
  private static final StepInfo ECHO_FAN = new StepInfo("step.echo.fan", "grid.hcl:3:1");
  private static final StepInfo ECHO_DYN = new StepInfo("step.echo.dyn", "grid.hcl:8:1");
  private static final StepInfo SUM_ALL = new StepInfo("step.sum.all", "grid.hcl:13:1");

  volatile Counter counterSeen;
  SumOutput result;

  RunResult run(RunOptions options) {
    try (GridRun run = GridRun.start(options)) {
      // Consumers: first (1) + fan (3 static instances) + dyn (1 placeholder for its group).
      ResourceHandle<Counter> counterShared =
          run.resource(COUNTER_SHARED, 5, ctx -> {
            Counter created = COUNTER.create(new CounterConfig(), ctx);
            counterSeen = created; // test only
            return created;
          });

      // step.echo.first (grid.hcl:2:1)
      CompletableFuture<EchoOutput> echoFirst =
          run.step(ECHO_FIRST, List.of(), List.of(counterShared),
              ctx -> ECHO.run(new EchoInput(3), new EchoUses(counterShared.get()), ctx));

      // step.echo.fan (grid.hcl:3:1), count = 3
      List<CompletableFuture<EchoOutput>> echoFan = new ArrayList<>(3);
      for (int i = 0; i < 3; i++) {
        int countIndex = i;
        echoFan.add(run.step(ECHO_FAN.instance(i), List.of(), List.of(counterShared),
            ctx -> ECHO.run(new EchoInput(countIndex), new EchoUses(counterShared.get()), ctx)));
      }

      // step.echo.dyn (grid.hcl:8:1), count = step.echo.first.output.value
      DynamicGroup<Integer, EchoOutput> echoDyn =
          run.dynamicGroup(ECHO_DYN, List.of(echoFirst), List.of(counterShared),
              ctx -> TestRun.keys(echoFirst.join().value()),
              (index, countIndex) -> {
                CompletableFuture<EchoOutput> fanDep = echoFan.get(countIndex % 3);
                return run.step(ECHO_DYN.instance(index), List.of(fanDep), List.of(counterShared),
                    ctx -> ECHO.run(new EchoInput(fanDep.join().value() * 10),
                        new EchoUses(counterShared.get()), ctx));
              });

      // step.sum.all (grid.hcl:13:1): fan-in on both groups
      List<CompletableFuture<?>> sumAllDeps = new ArrayList<>(echoFan);
      sumAllDeps.add(echoDyn.all());
      CompletableFuture<SumOutput> sumAll =
          run.step(SUM_ALL, sumAllDeps, ctx -> {
            List<Long> values = new ArrayList<>();
            for (EchoOutput o : GridRun.outputs(echoFan)) {
              values.add(o.value());
            }
            for (EchoOutput o : echoDyn.all().join()) {
              values.add(o.value());
            }
            return SUM.run(new SumInput(values), ctx);
          });

      RunResult runResult = run.await();
      if (runResult.isOk()) {
        result = sumAll.join();
      }
      return runResult;
    }
  }
}
