package dev.burstgrid.runtime;

/**
 * How long one instance of a resource lives under load ({@code scope = "..."} in HCL). A run
 * outside a load test is one iteration of one VU, so there every scope behaves the same.
 */
public enum ResourceScope {
  /** One instance for the whole load run, shared by every VU (the default). */
  RUN,
  /** One instance per virtual user, reused by its iterations, closed when the VU retires. */
  VU,
  /** One instance per iteration, closed when its last consumer in the iteration finished. */
  ITERATION
}
