package dev.burstgrid.lang.value;

import java.util.List;

/**
 * An attribute or index lookup failed. {@link #summary()} is terse ("Unsupported attribute"),
 * {@link #getMessage()} the user-facing detail. When a name was not found, {@link #available()}
 * lists the names that exist, for "did you mean" suggestions.
 */
public class AccessException extends Exception {
  private final String summary;
  private final String missing;
  private final List<String> available;

  public AccessException(String summary, String detail, String missing, List<String> available) {
    super(detail);
    this.summary = summary;
    this.missing = missing;
    this.available = List.copyOf(available);
  }

  public AccessException(String summary, String detail) {
    this(summary, detail, null, List.of());
  }

  public String summary() {
    return summary;
  }

  /** The attribute or key that was not found, or null. */
  public String missing() {
    return missing;
  }

  public List<String> available() {
    return available;
  }
}
