package dev.burstgrid.runtime;

/**
 * Hides secrets in what a run writes: its output streams and its reports. Secrets may be added
 * while the run goes on (a value marked sensitive at run time reaching a runner's argument), so
 * a message that echoes one later (an HTTP error quoting its URL, a command's argv or stderr) is
 * masked too. Thread-safe.
 */
public interface Redactor {

  /** Masks nothing and remembers nothing. */
  Redactor NONE = new Redactor() {
    @Override
    public void add(String secret) {}

    @Override
    public String redact(String text) {
      return text;
    }
  };

  /** Masks {@code secret}, and the forms it takes in JSON, URLs and HTML, from now on. */
  void add(String secret);

  /** {@code text} with every secret added so far masked. */
  String redact(String text);
}
