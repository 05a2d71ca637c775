package dev.burstgrid.compiler.schema;

import dev.burstgrid.runtime.spi.Runner;

/**
 * A runner type as the compiler knows it. {@code uses} is null for a runner that uses no
 * resource (a plain {@link Runner}); a {@link Runner.WithUses} has one, whose components are
 * typed by asset instance classes, and {@link UsesSlot} names the asset type each one needs.
 * {@code pureVersion} is the version of a {@code @Pure} runner, null for others.
 */
public record RunnerSchema(
    String type,
    String description,
    Class<?> runnerClass,
    Runner<?, ?> runner,
    RecordSchema input,
    RecordSchema uses,
    java.util.List<UsesSlot> slots,
    RecordSchema output,
    String pureVersion) {

  /** One {@code uses} entry: its name, the asset type it takes, whether it may be omitted. */
  public record UsesSlot(String name, String javaName, String assetType, Class<?> instanceClass, boolean required, String doc) {}

  /** Whether the runner declares its output a function of its input alone ({@code @Pure}), so steps may cache it. */
  public boolean isPure() {
    return pureVersion != null;
  }

  /** Whether the runner takes a uses record ({@link Runner.WithUses}). */
  public boolean usesResources() {
    return uses != null;
  }

  public UsesSlot slot(String name) {
    for (UsesSlot s : slots) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
