package dev.burstgrid.runtime.spi;

import dev.burstgrid.runtime.Redactor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** What a runner or asset sees of the run it is part of. */
public interface RunContext {

  /** The instance's address, e.g. {@code step.http_request.fan[3]}. */
  String address();

  /** Where the block is declared, {@code file:line:col}. */
  String location();

  /** Where {@code print}-like runners write their lines (the run's stdout). */
  PrintStream out();

  /** The environment visible to the grid (the process environment unless a test says otherwise). */
  Map<String, String> environment();

  /**
   * Registers a hook called once if the run is cancelled while this step runs (e.g. to
   * cancel an in-flight HTTP call). Called immediately if already cancelled.
   */
  void onCancel(Runnable hook);

  /**
   * The directory of the grid's files, absolute: runners resolve the relative file names a grid
   * gives (an upload, a certificate) against it. The working directory when the grid has none
   * (a built jar run elsewhere).
   */
  default Path gridDirectory() {
    return Path.of("").toAbsolutePath();
  }

  boolean isCancelled();

  /**
   * The run's redactor: a secret added to it is masked in everything the run writes from then on.
   * Generated code adds the text of sensitive values that reach a runner's arguments.
   */
  default Redactor redactor() {
    return Redactor.NONE;
  }

  /**
   * Where this step records its own metrics and checks; records nothing outside a load test.
   * See {@link Metrics}.
   */
  default Metrics metrics() {
    return Metrics.NONE;
  }
}
