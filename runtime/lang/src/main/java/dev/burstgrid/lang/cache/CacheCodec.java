package dev.burstgrid.lang.cache;

/**
 * How a cached step's input and output are written to a cache directory ({@code --cache-dir}):
 * the input as text that names the runner and its version too (the key), the output as text and
 * back.
 */
public interface CacheCodec<I, O> {
  /** The canonical text of the call: runner, version and input. Equal calls give equal text. */
  String key(I input);

  String encode(O output);

  O decode(String text) throws Exception;
}
