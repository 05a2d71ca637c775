package dev.burstgrid.runtime.report;

import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.StepInfo;
import dev.burstgrid.runtime.load.Executor;
import dev.burstgrid.runtime.load.LoadOptions;
import dev.burstgrid.runtime.load.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** For {@link ReportShutdownTest}: a ten-minute load writing reports to args[0..2] until Ctrl-C. */
public final class ReportShutdownChild {

  public static void main(String[] args) {
    StepInfo step = new StepInfo("step.test.tick", "grid.hcl:3:1");
    AtomicLong done = new AtomicLong();
    Scenario scenario = new Scenario("forever", new Executor.ConstantVus(2, Duration.ofMinutes(10)), Duration.ZERO,
        Duration.ofMillis(300), ctx -> {
          try (GridRun run = GridRun.start(ctx.binding())) {
            run.step(step, List.of(), c -> {
              Thread.sleep(5);
              if (done.incrementAndGet() == 20) {
                System.out.println("ready");
                System.out.flush();
              }
              return 0;
            });
            return run.await();
          }
        });
    ReportTargets targets = new ReportTargets(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Duration.ofMillis(100));
    ReportedRun.Outcome outcome = ReportedRun.run("grid.hcl",
        LoadOptions.of(RunOptions.defaults()).withCancelOnShutdown(true), List.of(scenario), targets);
    System.exit(outcome.exitCode());
  }
}
