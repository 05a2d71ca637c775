package dev.burstgrid.compiler.cli.differential;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads who failed, and why, from what {@code bggoc} writes to stderr. */
final class StderrLines {
  /** {@code dir/name.hcl:3:5: Error: Summary}: a diagnostic in the file of probe {@code name}. */
  private static final Pattern DIAGNOSTIC =
      Pattern.compile("^(?:.*[/\\\\])?([A-Za-z0-9_]+)\\.hcl:\\d+:\\d+: Error: (.*)$", Pattern.MULTILINE);

  /** {@code [ 13ms] failed  step.print.a[0] (a.hcl:2:1) 0ms: message}, and the summary's error lines. */
  private static final Pattern FAILED = Pattern.compile(
      "^\\[[ \\d]+ms\\] (?:failed|error)\\s+(step\\.print\\.[A-Za-z0-9_]+(?:\\[(?:\\d+|\"(?:[^\"\\\\]|\\\\.)*\")\\])?)"
          + " \\([^)]*\\)(?: \\d+ms)?: (.*)$", Pattern.MULTILINE);

  /** {@code bggoc: internal error in the code generated for dir/name.hcl:2:1: …}. */
  private static final Pattern INTERNAL =
      Pattern.compile("^bggoc: internal error in the code generated for (?:.*[/\\\\])?([A-Za-z0-9_]+)\\.hcl:.*$",
          Pattern.MULTILINE);

  private StderrLines() {}

  /** The summary of the first error diagnostic, or the whole text when there is none. */
  static String firstError(String err) {
    Matcher m = Pattern.compile("^.*?Error: (.*)$", Pattern.MULTILINE).matcher(err);
    return m.find() ? m.group(1) : err.strip();
  }

  /** Probe name → summary of its first compile error. */
  static Map<String, String> diagnostics(String err) {
    return firstOfEach(DIAGNOSTIC, err, 2);
  }

  /** Step address → the message it failed with at run time. */
  static Map<String, String> failures(String err) {
    return firstOfEach(FAILED, err, 2);
  }

  /** Probe name → the internal-error line naming its file. */
  static Map<String, String> internalErrors(String err) {
    return firstOfEach(INTERNAL, err, 0);
  }

  /** Group 1 of each match → group {@code value} of its first match. */
  private static Map<String, String> firstOfEach(Pattern p, String err, int value) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = p.matcher(err);
    while (m.find()) {
      out.putIfAbsent(m.group(1), m.group(value));
    }
    return out;
  }
}
