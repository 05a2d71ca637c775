package dev.burstgrid.compiler.testmodule;

import dev.burstgrid.runtime.spi.Asset;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;

/** A second asset type for the compiler's tests (uses of the wrong asset type, say). */
public final class TestConnAsset implements Asset<TestConnAsset.Config, TestConnAsset.Conn> {
  public record Config(@Doc("A label.") @OptionalArg String label) {}

  /** The live instance. */
  public static final class Conn implements AutoCloseable {
    @Override
    public void close() {}
  }

  @Override
  public String type() {
    return "test_conn";
  }

  @Override
  public String description() {
    return "A connection that does nothing (compiler tests only).";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public Class<Conn> instanceType() {
    return Conn.class;
  }

  @Override
  public Conn create(Config config, RunContext context) {
    return new Conn();
  }
}
