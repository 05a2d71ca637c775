package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.Args.str;
import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.function.FunctionSpec.returns;
import static dev.burstgrid.lang.value.Type.NUMBER;
import static dev.burstgrid.lang.value.Type.STRING;

import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code formatdate}, {@code timeadd} and {@code timecmp} over RFC 3339 timestamps. */
final class DateTimeFunctions {
  private DateTimeFunctions() {}

  private static final Pattern RFC3339 =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern DURATION_PART =
      Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");

  static List<Function> all() {
    return List.of(
        FunctionSpec.of(
            "formatdate",
            "Formats an RFC 3339 timestamp with a format specification such as \"DD MMM YYYY\".",
            params(Param.of("format", STRING), Param.of("time", STRING)),
            returns(STRING),
            args -> Value.string(DateFormat.format(str(args, 0), parse(args, 1)))),
        FunctionSpec.of(
            "timeadd",
            "Adds a duration such as \"1h30m\" to an RFC 3339 timestamp.",
            params(Param.of("timestamp", STRING), Param.of("duration", STRING)),
            returns(STRING),
            args -> {
              OffsetDateTime t = parse(args, 0).plus(duration(str(args, 1)));
              return Value.string(DateFormat.format("YYYY-MM-DD'T'hh:mm:ssZ", t));
            }),
        FunctionSpec.of(
            "timecmp",
            "Compares two RFC 3339 timestamps: -1, 0 or 1.",
            params(Param.of("timestamp_a", STRING), Param.of("timestamp_b", STRING)),
            returns(NUMBER),
            args -> {
              int c = parse(args, 0).toInstant().compareTo(parse(args, 1).toInstant());
              return Value.number(Integer.signum(c));
            }));
  }

  /** Argument {@code i} as an RFC 3339 timestamp. */
  static OffsetDateTime parse(List<Value> args, int i) throws FunctionException {
    String s = str(args, i);
    Matcher m = RFC3339.matcher(s);
    if (!m.matches()) {
      throw new FunctionException(i, "not a valid RFC3339 timestamp: \"" + s + "\"");
    }
    try {
      int nanos = 0;
      if (m.group(7) != null) {
        String frac = (m.group(7).substring(1) + "000000000").substring(0, 9);
        nanos = Integer.parseInt(frac);
      }
      ZoneOffset offset = m.group(8).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
      return OffsetDateTime.of(
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(5)),
          Integer.parseInt(m.group(6)),
          nanos,
          offset);
    } catch (DateTimeException e) {
      throw new FunctionException(i, "not a valid RFC3339 timestamp: " + e.getMessage());
    }
  }

  /** Go's time.ParseDuration: a signed sequence of decimal numbers with units. */
  static Duration duration(String s) throws FunctionException {
    String text = s;
    boolean negative = false;
    if (text.startsWith("-") || text.startsWith("+")) {
      negative = text.startsWith("-");
      text = text.substring(1);
    }
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    if (text.isEmpty()) {
      throw badDuration(s);
    }
    Matcher m = DURATION_PART.matcher(text);
    BigDecimal nanos = BigDecimal.ZERO;
    int pos = 0;
    while (pos < text.length()) {
      if (!m.find(pos) || m.start() != pos) {
        throw badDuration(s);
      }
      BigDecimal amount = new BigDecimal(m.group(1).endsWith(".") ? m.group(1) + "0" : m.group(1));
      long unit = switch (m.group(2)) {
        case "ns" -> 1L;
        case "us", "µs", "μs" -> 1_000L;
        case "ms" -> 1_000_000L;
        case "s" -> 1_000_000_000L;
        case "m" -> 60_000_000_000L;
        default -> 3_600_000_000_000L;
      };
      nanos = nanos.add(amount.multiply(BigDecimal.valueOf(unit)));
      pos = m.end();
    }
    long n = nanos.longValue();
    return Duration.ofNanos(negative ? -n : n);
  }

  private static FunctionException badDuration(String s) {
    return new FunctionException(1, "time: invalid duration \"" + s + "\"");
  }

  /** The formatdate specification language. */
  static final class DateFormat {
    private DateFormat() {}

    static String format(String spec, OffsetDateTime t) throws FunctionException {
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (i < spec.length()) {
        char c = spec.charAt(i);
        if (c == '\'') {
          int j = i + 1;
          StringBuilder lit = new StringBuilder();
          while (true) {
            if (j >= spec.length()) {
              throw new FunctionException(0, "unterminated literal '");
            }
            if (spec.charAt(j) == '\'') {
              if (j + 1 < spec.length() && spec.charAt(j + 1) == '\'') {
                lit.append('\'');
                j += 2;
                continue;
              }
              break;
            }
            lit.append(spec.charAt(j++));
          }
          // '' on its own is a literal quote
          out.append(j == i + 1 ? "'" : lit);
          i = j + 1;
          continue;
        }
        if (!Character.isLetter(c)) {
          out.append(c);
          i++;
          continue;
        }
        int j = i;
        while (j < spec.length() && spec.charAt(j) == c) {
          j++;
        }
        out.append(verb(spec.substring(i, j), t));
        i = j;
      }
      return out.toString();
    }

    private static String verb(String v, OffsetDateTime t) throws FunctionException {
      int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
      switch (v) {
        case "YYYY":
          return pad(t.getYear(), 4);
        case "YY":
          return pad(Math.floorMod(t.getYear(), 100), 2);
        case "MMMM":
          return t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        case "MMM":
          return t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        case "MM":
          return pad(t.getMonthValue(), 2);
        case "M":
          return String.valueOf(t.getMonthValue());
        case "DD":
          return pad(t.getDayOfMonth(), 2);
        case "D":
          return String.valueOf(t.getDayOfMonth());
        case "EEEE":
          return t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        case "EEE":
          return t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        case "hh":
          return pad(t.getHour(), 2);
        case "h":
          return String.valueOf(t.getHour());
        case "HH":
          return pad(hour12, 2);
        case "H":
          return String.valueOf(hour12);
        case "AA":
          return t.getHour() < 12 ? "AM" : "PM";
        case "aa":
          return t.getHour() < 12 ? "am" : "pm";
        case "mm":
          return pad(t.getMinute(), 2);
        case "m":
          return String.valueOf(t.getMinute());
        case "ss":
          return pad(t.getSecond(), 2);
        case "s":
          return String.valueOf(t.getSecond());
        case "ZZZZZ":
          return offset(t, true);
        case "ZZZZ":
          return offset(t, false);
        case "ZZZ":
          return t.getOffset().getTotalSeconds() == 0 ? "UTC" : offset(t, false);
        case "Z":
          return t.getOffset().getTotalSeconds() == 0 ? "Z" : offset(t, true);
        default:
          throw new FunctionException(0, "invalid date format verb \"" + v + "\"");
      }
    }

    private static String pad(int n, int width) {
      String s = String.valueOf(Math.abs(n));
      return (n < 0 ? "-" : "") + "0".repeat(Math.max(0, width - s.length())) + s;
    }

    private static String offset(OffsetDateTime t, boolean colon) {
      int total = t.getOffset().getTotalSeconds();
      int minutes = Math.abs(total) / 60;
      return (total < 0 ? "-" : "+") + pad(minutes / 60, 2) + (colon ? ":" : "") + pad(minutes % 60, 2);
    }
  }
}
