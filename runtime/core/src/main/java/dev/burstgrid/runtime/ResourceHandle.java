package dev.burstgrid.runtime;

/**
 * A resource declared with {@link GridRun#resource}. Consumers list it in the {@code uses} of
 * {@link GridRun#step}: the run creates it before the first consumer's body runs and closes
 * it once every declared consumer has finished (ran, failed or was skipped).
 */
public interface ResourceHandle<T extends AutoCloseable> {

  ResourceInfo info();

  /**
   * The live instance. Only valid inside the body of a step that lists this handle in its
   * {@code uses}; throws {@link IllegalStateException} elsewhere.
   */
  T get();

  /**
   * Replaces one placeholder consumer (a dynamic group counted as one consumer when the
   * resource was declared) with the group's {@code instances} consumers; {@code 0} releases
   * the placeholder. {@link GridRun#dynamicGroup} calls this for the handles it is given;
   * generated code never needs to.
   */
  void expand(int instances);
}
