package dev.burstgrid.runtime.spi;

/**
 * A kind of step ({@code step "http_request" "x" {…}}). Its three records are its schema:
 * the compiler reads {@code I}'s components as the step's {@code arguments}, {@code U}'s as
 * its {@code uses} (each component's type is some {@link Asset}'s instance type) and {@code
 * O}'s as its {@code output}. Generated code constructs {@code I} and {@code U} directly.
 *
 * <p>{@link #run} is plain blocking code. It runs on a virtual thread when the JVM has them,
 * a pool thread otherwise; when the run is cancelled the thread is interrupted and the hooks
 * registered with {@link RunContext#onCancel} are called. Implementations are found with
 * {@link java.util.ServiceLoader} and must be thread-safe: one instance serves every step of
 * its type.
 *
 * @param <I> arguments record
 * @param <U> uses record ({@link NoUses} for none)
 * @param <O> output record
 */
public interface Runner<I extends Record, U extends Record, O extends Record> {

  /** The runner type name used in grids, e.g. {@code http_request}. */
  String type();

  /** One sentence for {@code bggoc modules}. */
  String description();

  Class<I> inputType();

  Class<U> usesType();

  Class<O> outputType();

  O run(I input, U uses, RunContext context) throws Exception;
}
