package dev.burstgrid.runtime.load;

import java.time.Duration;

/**
 * A scenario as the summary and reports describe it, without its iteration: what a report
 * file can carry and give back.
 *
 * @param executor k6's words, e.g. {@code constant-vus: 10 VUs for 30s}
 */
public record ScenarioLine(String name, String executor, Duration startTime, int maxVus) {

  public static ScenarioLine of(Scenario s) {
    return new ScenarioLine(s.name(), ExecutorText.describe(s.executor()), s.startTime(), s.executor().maxVus());
  }
}
