package dev.burstgrid.runtime;

import java.util.Objects;

/**
 * Identifies one step instance in progress lines and errors.
 *
 * @param address the instance's address, e.g. {@code step.http_request.fan[3]}
 * @param location where its block is declared, {@code file:line:col}
 * @param step the block's address, the same for all its instances ({@code step.http_request.fan}):
 *     what metrics are recorded under
 */
public record StepInfo(String address, String location, String step) {

  public StepInfo {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(step, "step");
  }

  /** A step block, or its only instance. */
  public StepInfo(String address, String location) {
    this(address, location, address);
  }

  /** The instance {@code index} of this count group: {@code step.x.y[index]}. */
  public StepInfo instance(int index) {
    return new StepInfo(address + '[' + index + ']', location, step);
  }

  /** The instance {@code key} of this for_each group: {@code step.x.y["key"]}. */
  public StepInfo instance(String key) {
    return new StepInfo(address + "[\"" + escape(key) + "\"]", location, step);
  }

  private static String escape(String key) {
    if (key.indexOf('"') < 0 && key.indexOf('\\') < 0) {
      return key;
    }
    return key.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
