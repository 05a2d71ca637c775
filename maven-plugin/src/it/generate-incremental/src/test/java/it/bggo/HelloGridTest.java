package it.bggo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bggo.generated.HelloGrid;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.RunResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelloGridTest {
  @Test
  void theGeneratedGridRunsInATest() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RunOptions options = RunOptions.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8)).build();
    RunResult result = HelloGrid.run(options, Map.of());
    assertEquals(0, result.exitCode());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("step.print.loud \"HELLO!\""), out.toString());
  }
}
