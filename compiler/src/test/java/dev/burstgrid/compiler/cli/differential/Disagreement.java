package dev.burstgrid.compiler.cli.differential;

/** One instance where {@code bggoc eval} and the generated code gave different answers. */
public record Disagreement(Probe probe, String address, Answer eval, Answer run) {

  /** Expression, variables, and both answers, as the test's report shows them. */
  public String describe() {
    return probe.origin() + "  " + address + "\n      expression: " + probe.describe()
        + "\n      eval: " + eval + "\n      run:  " + run;
  }
}
