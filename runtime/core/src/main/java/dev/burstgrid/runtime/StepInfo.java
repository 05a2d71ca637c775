package dev.burstgrid.runtime;

import java.util.Objects;

/**
 * Identifies one step instance in progress lines and errors.
 *
 * @param address the instance's address, e.g. {@code step.http_request.fan[3]}
 * @param location where its block is declared, {@code file:line:col}
 */
public record StepInfo(String address, String location) {

  public StepInfo {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(location, "location");
  }

  /** The instance {@code index} of this count group: {@code step.x.y[index]}. */
  public StepInfo instance(int index) {
    return new StepInfo(address + '[' + index + ']', location);
  }

  /** The instance {@code key} of this for_each group: {@code step.x.y["key"]}. */
  public StepInfo instance(String key) {
    return new StepInfo(address + "[\"" + escape(key) + "\"]", location);
  }

  private static String escape(String key) {
    if (key.indexOf('"') < 0 && key.indexOf('\\') < 0) {
      return key;
    }
    return key.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
