package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.ResourceInfo;
import dev.burstgrid.runtime.Redactor;
import dev.burstgrid.runtime.spi.RunContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** What an asset sees while its instance is created. */
final class ResourceContext implements RunContext {

  private final Scheduler run;
  private final ResourceInfo info;
  private final CancelHooks hooks;

  ResourceContext(Scheduler run, ResourceInfo info) {
    this.run = run;
    this.info = info;
    this.hooks = new CancelHooks(run::hookFailed);
  }

  void cancel() {
    hooks.fire();
  }

  @Override
  public String address() {
    return info.address();
  }

  @Override
  public String location() {
    return info.location();
  }

  @Override
  public PrintStream out() {
    return run.options().out();
  }

  @Override
  public Map<String, String> environment() {
    return run.options().environment();
  }

  @Override
  public Path gridDirectory() {
    return run.options().gridDirectory();
  }

  @Override
  public Redactor redactor() {
    return run.options().redactor();
  }

  @Override
  public void onCancel(Runnable hook) {
    hooks.add(hook);
    if (run.isCancelled()) {
      hooks.fire();
    }
  }

  @Override
  public boolean isCancelled() {
    return run.isCancelled();
  }
}
