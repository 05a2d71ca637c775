package dev.burstgrid.compiler.testmodule;

import dev.burstgrid.runtime.spi.Asset;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;

/** A second asset type for the compiler's tests (uses of the wrong asset type, say). */
@Kind(name = "test_conn", doc = "A connection that does nothing (compiler tests only).")
public final class TestConnAsset implements Asset<TestConnAsset.Config, TestConnAsset.Conn> {
  public record Config(@Doc("A label.") @OptionalArg String label) {}

  /** The live instance. */
  public static final class Conn implements AutoCloseable {
    @Override
    public void close() {}
  }

  @Override
  public Conn create(Config config, RunContext context) {
    return new Conn();
  }
}
