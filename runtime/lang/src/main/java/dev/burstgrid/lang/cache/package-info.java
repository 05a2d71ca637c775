/**
 * The step cache of {@code cache = true}: within a run, an instance whose runner and input equal an
 * earlier one's reuses that output; with {@code --cache-dir} (or a step's {@code cache_dir}),
 * outputs are also kept on disk for later runs. Generated code calls {@link
 * dev.burstgrid.lang.cache.StepCache#cached}; the cache lives in the run as its attachment.
 */
package dev.burstgrid.lang.cache;
