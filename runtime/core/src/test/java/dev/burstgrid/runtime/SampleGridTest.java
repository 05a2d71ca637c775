package dev.burstgrid.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(60)
class SampleGridTest {

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void generatedShapeRunsEndToEnd(ExecutorKind kind) {
    SampleGrid grid = new SampleGrid();
    RunResult result = grid.run(TestRun.defaults(kind).verbosity(Verbosity.SILENT).build());

    assertThat(result.status()).isEqualTo(RunStatus.OK);
    // fan 0+1+2, dyn (0,1,2 → fan value * 10) = 0+10+20
    assertThat(grid.result.total()).isEqualTo(33);
    assertThat(result.ok()).isEqualTo(1 + 3 + 3 + 1);
    assertThat(grid.counterSeen.calls).hasValue(7);
    assertThat(grid.counterSeen.closed).isTrue();
  }
}
