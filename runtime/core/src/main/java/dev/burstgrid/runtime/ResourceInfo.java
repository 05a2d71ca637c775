package dev.burstgrid.runtime;

import java.util.Objects;

/**
 * Identifies one resource block in progress lines and errors.
 *
 * @param address e.g. {@code resource.http_client.shared}
 * @param location where the block is declared, {@code file:line:col}
 */
public record ResourceInfo(String address, String location) {

  public ResourceInfo {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(location, "location");
  }
}
