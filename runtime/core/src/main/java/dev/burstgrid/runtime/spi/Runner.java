package dev.burstgrid.runtime.spi;

/**
 * A kind of step ({@code step "sleep" "x" {…}}), named by its {@link Kind} annotation. Its
 * records are its schema: the compiler reads the type arguments of the class's {@code
 * implements} clause, {@code I}'s components as the step's {@code arguments} and {@code O}'s as
 * its {@code output}. Generated code constructs {@code I} directly.
 *
 * <p>{@link #run} is plain blocking code. It runs on a virtual thread when the JVM has them, a
 * pool thread otherwise; when the run is cancelled the thread is interrupted and the hooks
 * registered with {@link RunContext#onCancel} are called. Implementations are found with {@link
 * java.util.ServiceLoader} (register them in {@code META-INF/services/dev.burstgrid.runtime.spi.Runner})
 * and must be thread-safe: one instance serves every step of its type.
 *
 * @param <I> arguments record
 * @param <O> output record
 */
public interface Runner<I extends Record, O extends Record> {

  O run(I input, RunContext context) throws Exception;

  /**
   * A runner that uses resources: {@code U}'s components are its {@code uses} entries, each
   * typed by some {@link Asset}'s instance type. Registered as a {@link Runner} like any other.
   *
   * @param <I> arguments record
   * @param <U> uses record
   * @param <O> output record
   */
  interface WithUses<I extends Record, U extends Record, O extends Record> extends Runner<I, O> {

    O run(I input, U uses, RunContext context) throws Exception;

    /** Not called for a runner with uses: generated code always passes its uses record. */
    @Override
    default O run(I input, RunContext context) throws Exception {
      throw new UnsupportedOperationException(
          getClass().getName() + " uses resources; call run(input, uses, context)");
    }
  }
}
