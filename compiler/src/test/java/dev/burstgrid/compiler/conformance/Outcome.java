package dev.burstgrid.compiler.conformance;

/** The verdict on one conformance row; {@code why} explains a failure. */
record Outcome(String id, boolean passed, String why) {
  static Outcome pass(String id) {
    return new Outcome(id, true, "");
  }

  static Outcome fail(String id, String why) {
    return new Outcome(id, false, why);
  }
}
