package dev.burstgrid.modules.core;

import dev.burstgrid.runtime.testing.TestRunContext;
import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PrintRunnerTest {
  private final PrintRunner runner = new PrintRunner();

  @Test
  void printsAddressAndCompactJsonWithSortedKeys() {
    TestRunContext context = new TestRunContext("step.print.show");
    Value value =
        Value.ObjectValue.of(
            Map.of(
                "b",
                Value.number(new BigDecimal("2.50")),
                "a",
                new Value.TupleValue(
                    List.of(
                        Value.string("x"),
                        Value.ObjectValue.of(
                            Map.of("z", Value.TRUE, "y", Value.nullOf(Type.STRING)))))));

    PrintRunner.Output output = runner.run(new PrintRunner.Input(value), context);

    assertThat(context.printed())
        .isEqualTo(
            "step.print.show {\"a\":[\"x\",{\"y\":null,\"z\":true}],\"b\":2.5}"
                + System.lineSeparator());
    assertThat(output.input()).isEqualTo(value);
  }

  @Test
  void printsScalarsAndNull() {
    TestRunContext context = new TestRunContext("step.print.s");
    runner.run(new PrintRunner.Input(Value.string("hi \"you\"")), context);
    runner.run(new PrintRunner.Input(null), context);
    assertThat(context.printed().lines())
        .containsExactly("step.print.s \"hi \\\"you\\\"\"", "step.print.s null");
  }

  @Test
  void concurrentPrintsNeverInterleave() throws Exception {
    TestRunContext context = new TestRunContext("step.print.p");
    String longText = "x".repeat(10_000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Value v =
            Value.ObjectValue.of(Map.of("text", Value.string(longText), "i", Value.number(i)));
        futures.add(
            pool.submit(() -> runner.run(new PrintRunner.Input(v), context)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    List<String> lines = context.printed().lines().toList();
    assertThat(lines).hasSize(200);
    assertThat(lines)
        .allMatch(l -> l.matches("step\\.print\\.p \\{\"i\":\\d+,\"text\":\"x{10000}\"}"));
  }
}
