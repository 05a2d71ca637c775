package dev.burstgrid.lang.load;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Collects the load options of a command line ({@code --vus 10 --duration 30s …}) into {@link LoadFlags}. */
public final class LoadArguments {
  private static final Set<String> NAMES = Set.of(
      "--vus", "--duration", "--iterations", "--rate", "--max-vus", "--stages", "--scenario", "--summary-trend-stats",
      "--report-json", "--report-junit", "--report-html", "--report-interval", "--segment", "--start-at");

  private Integer vus;
  private java.time.Duration duration;
  private Long iterations;
  private Long rate;
  private Integer maxVus;
  private List<dev.burstgrid.runtime.load.Stage> stages;
  private String scenario;
  private List<String> trendStats;
  private java.nio.file.Path reportJson;
  private java.nio.file.Path reportJunit;
  private java.nio.file.Path reportHtml;
  private java.time.Duration reportInterval = dev.burstgrid.runtime.report.ReportTargets.DEFAULT_INTERVAL;
  private dev.burstgrid.runtime.load.ExecutionSegment segment = dev.burstgrid.runtime.load.ExecutionSegment.WHOLE;
  private java.time.Instant startAt;

  /** Whether {@code option} is a load option (it takes a value). */
  public boolean accepts(String option) {
    return NAMES.contains(option);
  }

  /** @throws IllegalArgumentException when the value does not fit the option */
  public void add(String option, String value) {
    switch (option) {
      case "--vus" -> vus = (int) Math.min(Integer.MAX_VALUE, LoadFlags.whole(value, option, 1));
      case "--duration" -> duration = LoadFlags.duration(value, option);
      case "--iterations" -> iterations = LoadFlags.whole(value, option, 1);
      case "--rate" -> rate = LoadFlags.whole(value, option, 1);
      case "--max-vus" -> maxVus = (int) Math.min(Integer.MAX_VALUE, LoadFlags.whole(value, option, 1));
      case "--stages" -> stages = LoadFlags.parseStages(value);
      case "--scenario" -> scenario = value;
      case "--summary-trend-stats" -> trendStats = Arrays.stream(value.split(",")).map(String::trim).toList();
      case "--report-json" -> reportJson = java.nio.file.Path.of(value);
      case "--report-junit" -> reportJunit = java.nio.file.Path.of(value);
      case "--report-html" -> reportHtml = java.nio.file.Path.of(value);
      case "--report-interval" -> reportInterval = positive(LoadFlags.duration(value, option), option);
      case "--segment" -> segment = withOption(option, () -> dev.burstgrid.runtime.load.ExecutionSegment.parse(value));
      case "--start-at" -> startAt = withOption(option, () -> dev.burstgrid.runtime.load.StartAt.parse(value));
      default -> throw new IllegalArgumentException("Unknown argument \"" + option + "\".");
    }
  }

  /** The report files, the segment and the start instant. */
  public ReportFlags reports() {
    return new ReportFlags(
        new dev.burstgrid.runtime.report.ReportTargets(reportJson, reportJunit, reportHtml, reportInterval), segment, startAt);
  }

  /**
   * Where the reports go, read from a command line the other arguments of which may be bad:
   * a run that cannot start still writes the reports asked for.
   */
  public static dev.burstgrid.runtime.report.ReportTargets targetsIn(String[] args) {
    java.nio.file.Path[] files = new java.nio.file.Path[3];
    List<String> names = List.of("--report-json", "--report-junit", "--report-html");
    for (int i = 0; i < args.length; i++) {
      int equals = args[i].indexOf('=');
      String name = equals < 0 ? args[i] : args[i].substring(0, equals);
      int which = names.indexOf(name);
      String file = equals >= 0 ? args[i].substring(equals + 1) : i + 1 < args.length ? args[i + 1] : null;
      if (which >= 0 && file != null) {
        try {
          files[which] = java.nio.file.Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
          // not a file name: not written, as in a run
        }
      }
    }
    return new dev.burstgrid.runtime.report.ReportTargets(files[0], files[1], files[2],
        dev.burstgrid.runtime.report.ReportTargets.DEFAULT_INTERVAL);
  }

  private static java.time.Duration positive(java.time.Duration d, String option) {
    if (d.isZero()) {
      throw new IllegalArgumentException(option + " must be longer than 0, e.g. 1s.");
    }
    return d;
  }

  private static <T> T withOption(String option, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage() + ".", e);
    }
  }

  public LoadFlags flags() {
    return new LoadFlags(vus, duration, iterations, rate, maxVus, stages, scenario, trendStats);
  }
}
