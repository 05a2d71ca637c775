package dev.burstgrid.runtime.load;

import java.time.Duration;
import java.util.Locale;

/** How the progress line and the summary write numbers: k6's units and precision. */
final class Formats {

  private Formats() {}

  /** Milliseconds as k6 writes them: {@code 850µs}, {@code 12.34ms}, {@code 1.5s}, {@code 1m2.5s}. */
  static String millis(double ms) {
    if (ms < 1) {
      return fixed(ms * 1000) + "µs";
    } else if (ms < 1000) {
      return fixed(ms) + "ms";
    } else if (ms < 60_000) {
      return fixed(ms / 1000) + "s";
    }
    long minutes = (long) (ms / 60_000);
    return minutes + "m" + fixed((ms - minutes * 60_000) / 1000) + "s";
  }

  /** A whole duration: {@code 45s}, {@code 1m30s}, {@code 1h0m0s}. */
  static String duration(Duration d) {
    long s = d.toSeconds();
    if (s < 60) {
      return d.toMillis() % 1000 == 0 ? s + "s" : fixed(d.toMillis() / 1000.0) + "s";
    } else if (s < 3600) {
      return s / 60 + "m" + s % 60 + "s";
    }
    return s / 3600 + "h" + s % 3600 / 60 + "m" + s % 60 + "s";
  }

  /** Bytes in SI units as k6: {@code 512 B}, {@code 12 kB}, {@code 3.4 MB}. */
  static String bytes(double b) {
    String[] units = {"B", "kB", "MB", "GB", "TB"};
    int u = 0;
    while (b >= 1000 && u < units.length - 1) {
      b /= 1000;
      u++;
    }
    return (u == 0 || b >= 100 ? String.valueOf(Math.round(b)) : String.format(Locale.ROOT, "%.1f", b)) + " " + units[u];
  }

  static String percent(double rate) {
    return String.format(Locale.ROOT, "%.2f%%", rate * 100);
  }

  /** Two decimals, trailing zeros kept as k6 does ({@code 12.30}). */
  static String fixed(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** A count: whole numbers without decimals. */
  static String count(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : fixed(v);
  }
}
