package dev.burstgrid.runtime.spi;

/**
 * A kind of resource ({@code resource "http_client" "x" {…}}): stateful, created once per
 * resource block when its first consumer is about to run, shared by all consumers, and
 * closed after the last one finishes (or when the run fails). The config record {@code C}
 * is its schema, read by the compiler like a runner's input record.
 *
 * @param <C> config record (the block's {@code arguments})
 * @param <T> the live instance handed to runners through their uses record
 */
public interface Asset<C extends Record, T extends AutoCloseable> {

  /** The asset type name used in grids, e.g. {@code http_client}. */
  String type();

  /** One sentence for {@code bggoc modules}. */
  String description();

  Class<C> configType();

  Class<T> instanceType();

  T create(C config, RunContext context) throws Exception;
}
