package dev.burstgrid.compiler.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the diagnostics a test grid expects from its own comments: {@code # error:
 * LINE:COL: Summary} (or {@code # warning: …}), one per expected diagnostic.
 */
final class InlineExpectations {
  private static final Pattern EXPECT =
      Pattern.compile("#\\s*(error|warning):\\s*(\\d+):(\\d+):\\s*(.+?)\\s*$", Pattern.MULTILINE);

  private InlineExpectations() {}

  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = EXPECT.matcher(text);
    while (m.find()) {
      out.add(m.group(1) + " " + m.group(2) + ":" + m.group(3) + " " + m.group(4));
    }
    return out;
  }
}
