package dev.burstgrid.runtime;

/**
 * State that a library built on the runtime keeps per run, beside the scheduler's own (bggo-lang
 * keeps its step cache so): {@link GridRun#attachment} creates it once per run, on first use, and
 * it is gone with the run. The instance is its own key, so keep it in a constant.
 *
 * <pre>{@code
 * private static final RunAttachment<StepCache> PER_RUN = StepCache::new;
 * StepCache cache = run.attachment(PER_RUN);
 * }</pre>
 *
 * @param <A> the state's type
 */
@FunctionalInterface
public interface RunAttachment<A> {

  /** The state of a new run: its {@code options}, and the {@code log} it may write progress lines to. */
  A create(RunOptions options, RunLog log);
}
