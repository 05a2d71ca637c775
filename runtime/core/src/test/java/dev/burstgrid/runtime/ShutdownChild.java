package dev.burstgrid.runtime;

import java.util.List;

/** A grid program for {@link ShutdownTest}: blocks until the JVM is asked to stop. */
public final class ShutdownChild {

  public static void main(String[] args) {
    GridRun run = GridRun.start(RunOptions.builder().cancelOnShutdown(true).build());
    ResourceHandle<AutoCloseable> r =
        run.resource(
            new ResourceInfo("resource.test.conn", "grid.hcl:1:1"),
            1,
            ctx -> () -> System.err.println("conn closed"));
    run.step(
        new StepInfo("step.test.wait", "grid.hcl:5:1"),
        List.of(),
        List.of(r),
        ctx -> {
          System.out.println("ready");
          System.out.flush();
          Thread.sleep(120_000);
          return 0;
        });
    RunResult result = run.await();
    System.exit(result.exitCode());
  }
}
