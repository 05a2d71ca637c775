package dev.burstgrid.runtime;

import dev.burstgrid.runtime.spi.RunContext;

/**
 * A step body guarded by its {@code if}; see {@link GridRun#when}. The scheduler tests {@link
 * #condition} before the instance starts and runs the body only when it holds.
 */
public final class ConditionalStep<T> implements StepBody<T> {
  private final StepCondition condition;
  private final StepBody<T> body;

  ConditionalStep(StepCondition condition, StepBody<T> body) {
    this.condition = condition;
    this.body = body;
  }

  public StepCondition condition() {
    return condition;
  }

  @Override
  public T run(RunContext context) throws Exception {
    return body.run(context);
  }
}
