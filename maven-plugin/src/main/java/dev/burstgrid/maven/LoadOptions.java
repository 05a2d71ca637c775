package dev.burstgrid.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * The load options {@code bggo:run} gives every grid it runs, as the launcher's own flags
 * ({@code --vus 10 --duration 30s}). They are passed on unread: the grid's launcher checks them
 * exactly as {@code bggoc run} and {@code java -jar grid.jar} do, so a bad value fails the run
 * with the same message (exit 2) rather than a second set of rules here.
 *
 * @param scenario {@code --scenario}: run only this scenario of each grid
 * @param vus {@code --vus}
 * @param duration {@code --duration}, such as {@code 30s}
 * @param iterations {@code --iterations}
 * @param rate {@code --rate}: iterations started per second
 * @param maxVus {@code --max-vus}
 * @param stages {@code --stages}, such as {@code 10s:20,30s:20,10s:0}
 * @param maxConcurrency {@code --max-concurrency}
 * @param seed {@code --seed}
 */
record LoadOptions(String scenario, String vus, String duration, String iterations, String rate, String maxVus,
    String stages, String maxConcurrency, String seed) {

  /** The launcher's flags for the options that are set, in a fixed order. */
  List<String> arguments() {
    List<String> out = new ArrayList<>();
    add(out, "--scenario", scenario);
    add(out, "--vus", vus);
    add(out, "--duration", duration);
    add(out, "--iterations", iterations);
    add(out, "--rate", rate);
    add(out, "--max-vus", maxVus);
    add(out, "--stages", stages);
    add(out, "--max-concurrency", maxConcurrency);
    add(out, "--seed", seed);
    return out;
  }

  private static void add(List<String> out, String flag, String value) {
    if (value != null && !value.isBlank()) {
      out.add(flag);
      out.add(value.strip());
    }
  }
}
