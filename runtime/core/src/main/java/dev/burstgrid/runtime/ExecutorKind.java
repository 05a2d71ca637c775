package dev.burstgrid.runtime;

/** Which threads run step bodies. */
public enum ExecutorKind {
  /** Virtual threads when the JVM has them (21+), a bounded platform pool otherwise. */
  AUTO,
  /** Virtual threads; starting a run fails on a JVM older than 21. */
  VIRTUAL,
  /** A bounded pool of platform threads, {@link RunOptions#maxPlatformThreads} at most. */
  PLATFORM
}
