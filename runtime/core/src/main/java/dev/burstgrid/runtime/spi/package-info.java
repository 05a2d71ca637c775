/**
 * The module SPI: what a runner or asset implements, and how its records are read.
 *
 * <p>A {@link dev.burstgrid.runtime.spi.Runner} ({@code Runner<I, O>}, or {@link
 * dev.burstgrid.runtime.spi.Runner.WithUses} when it uses resources) or an {@link
 * dev.burstgrid.runtime.spi.Asset} is named by {@link dev.burstgrid.runtime.spi.Kind}; its records
 * are the type arguments of its {@code implements} clause. Each record component is an argument
 * (or output, or uses entry) whose HCL name is the component's name in snake_case ({@code
 * maxConnections} is {@code max_connections}).
 *
 * <p>Defaults are typed Java values, written once in a constant of the record's own type:
 *
 * <pre>{@code
 * public record Input(String url, String method, Duration timeout) {
 *   public static final Input DEFAULTS = new Input(null, "GET", Duration.ofSeconds(10));
 * }
 * }</pre>
 *
 * A component whose value in {@code DEFAULTS} is not null has that default: generated code passes
 * {@code Input.DEFAULTS.method()} when a grid omits the argument or sets it to null. A null
 * there means no default: the component is required unless it is marked {@link
 * dev.burstgrid.runtime.spi.OptionalArg}. Primitive components always have a value in {@code
 * DEFAULTS}, so they are defaulted when the record declares it and required when it does not.
 */
package dev.burstgrid.runtime.spi;
