package dev.burstgrid.runtime.spi;

/**
 * A kind of resource ({@code resource "http_client" "x" {…}}), named by its {@link Kind}
 * annotation: stateful, created once per resource block when its first consumer is about to
 * run, shared by all consumers, and closed after the last one finishes (or when the run fails).
 * The config record {@code C} is its schema, read by the compiler like a runner's input record;
 * {@code T} is the type runners name in their uses records. Both come from the type arguments
 * of the class's {@code implements} clause. Register implementations in {@code
 * META-INF/services/dev.burstgrid.runtime.spi.Asset}.
 *
 * @param <C> config record (the block's {@code arguments})
 * @param <T> the live instance handed to runners through their uses record
 */
public interface Asset<C extends Record, T extends AutoCloseable> {

  T create(C config, RunContext context) throws Exception;
}
