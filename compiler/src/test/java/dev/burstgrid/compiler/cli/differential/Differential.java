package dev.burstgrid.compiler.cli.differential;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs probes through {@code bggoc eval} and through generated code ({@code bggoc run}) and
 * lists where they disagree. Probes eval gives a value run in one grid; probes eval rejects,
 * and those the allow-list expects to disagree, run apart, so that their failures do not
 * cancel the others (see {@link GridRunner}).
 */
public final class Differential {
  private final EvalOracle eval;
  private final GridRunner grids;
  private int instances;
  private String timings = "";

  private final AllowList allowed;

  public Differential(Path dir, AllowList allowed) {
    this.eval = new EvalOracle(dir);
    this.grids = new GridRunner(dir);
    this.allowed = allowed;
  }

  /** Every disagreeing instance of {@code probes}. */
  public List<Disagreement> compare(List<Probe> probes) {
    long start = System.nanoTime();
    List<Probe> values = new ArrayList<>();
    List<Probe> errors = new ArrayList<>();
    Map<String, Answer> expected = new LinkedHashMap<>();
    for (Probe p : probes) {
      Map<String, Answer> answers = eval.answers(p);
      expected.putAll(answers);
      boolean suspect = answers.values().stream().anyMatch(Answer::isError) || allowed.reasonFor(p) != null;
      (suspect ? errors : values).add(p);
    }
    long evaluated = System.nanoTime();
    Map<String, Answer> actual = grids.answers(values);
    long ranValues = System.nanoTime();
    actual.putAll(grids.answersOfFailing(errors));
    long ranErrors = System.nanoTime();
    timings = String.format(java.util.Locale.ROOT, "eval %d ms, %d probes with values %d ms, %d failing %d ms",
        (evaluated - start) / 1_000_000, values.size(), (ranValues - evaluated) / 1_000_000, errors.size(),
        (ranErrors - ranValues) / 1_000_000);
    List<Disagreement> out = new ArrayList<>();
    for (Probe p : probes) {
      for (String address : p.instances().keySet()) {
        instances++;
        Answer want = expected.get(address);
        Answer got = actual.getOrDefault(address, Answer.bug("the run printed nothing for it"));
        if (!want.agreesWith(got)) {
          out.add(new Disagreement(p, address, want, got));
        }
      }
    }
    return out;
  }

  /**
   * Compares {@code probes}, prints a report headed {@code title} (figures and the tolerated
   * disagreements) and returns the problems: disagreements the allow-list does not name, and
   * named ones that now agree.
   */
  public List<String> problems(String title, List<Probe> probes) {
    List<Disagreement> found = compare(probes);
    AllowList.Outcome outcome = allowed.check(found, probes);
    System.out.println(title + ": " + probes.size() + " probes, " + figures() + ", " + found.size()
        + " disagreements\n" + outcome.report());
    return outcome.problems();
  }

  /** One line of figures: instances compared, grids run, time spent. */
  public String figures() {
    return instances + " instances compared in " + grids.runs() + " grid runs (" + timings + ")";
  }
}
