package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.ResourceInfo;
import dev.burstgrid.runtime.ResourceScope;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.StepInfo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** A load test for {@link LoadShutdownTest}: two VUs blocked in a step until Ctrl-C. */
public final class LoadShutdownChild {

  public static void main(String[] args) {
    CountDownLatch running = new CountDownLatch(2);
    StepInfo wait = new StepInfo("step.test.wait", "grid.hcl:5:1");
    Scenario scenario = new Scenario("forever", new Executor.ConstantVus(2, Duration.ofMinutes(10)), Duration.ZERO,
        Duration.ofMillis(300), ctx -> {
          try (GridRun run = GridRun.start(ctx.binding())) {
            var perRun = run.resource(new ResourceInfo("resource.test.shared", "grid.hcl:1:1"), ResourceScope.RUN, 1,
                c -> () -> System.err.println("run resource closed"));
            var perVu = run.resource(new ResourceInfo("resource.test.session", "grid.hcl:2:1"), ResourceScope.VU, 1,
                c -> () -> System.err.println("vu resource closed"));
            run.step(wait, List.of(), List.of(perRun, perVu), c -> {
              running.countDown();
              Thread.sleep(120_000);
              return 0;
            });
            return run.await();
          }
        });
    LoadRun load = LoadRun.start(LoadOptions.of(RunOptions.defaults()).withCancelOnShutdown(true), List.of(scenario));
    try {
      running.await();
    } catch (InterruptedException e) {
      return;
    }
    System.out.println("ready");
    System.out.flush();
    System.exit(load.await().exitCode());
  }
}
