package dev.burstgrid.lang.cache;

/** The runner call of a step with {@code cache = true}: runs only when no earlier instance had this input. */
@FunctionalInterface
public interface CachedRun<I, O> {
  O run(I input) throws Exception;
}
