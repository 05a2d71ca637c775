package dev.burstgrid.modules.http;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes such as {@code "4MB"}, {@code "512KB"} or {@code "1000"}: units of 1024, as nginx and -Xmx count. */
final class ByteSize {
  private static final Pattern SIZE = Pattern.compile("\\s*(\\d+)\\s*([KMG]I?B?|B)?\\s*");
  private static final Map<Character, Long> UNITS =
      Map.of('B', 1L, 'K', 1L << 10, 'M', 1L << 20, 'G', 1L << 30);

  private ByteSize() {}

  /**
   * The number of bytes.
   *
   * @param argument the argument's name, for the message
   * @throws IllegalArgumentException when the text is not a size
   */
  static long parse(String argument, String text) {
    Matcher m = SIZE.matcher(text.toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          argument + " \"" + text + "\" is not a size, such as \"4MB\", \"512KB\" or 1000 (bytes)");
    }
    long unit = m.group(2) == null ? 1 : UNITS.get(m.group(2).charAt(0));
    try {
      return Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException(argument + " \"" + text + "\" is too large", e);
    }
  }
}
