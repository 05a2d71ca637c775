package dev.burstgrid.compiler.diag;

import dev.burstgrid.compiler.source.Range;

/**
 * A problem in a grid, as data. {@code summary} is terse ("Unknown argument"); {@code
 * detail} says what is wrong in full and how to fix it. {@code subject} is the exact
 * offending span; {@code context} an optional enclosing span (the whole block or
 * expression) shown for orientation. {@code code} is a stable rule name such as {@code
 * grid/dependency-cycle}, for tooling and tests.
 */
public record Diagnostic(
    Severity severity, String code, String summary, String detail, Range subject, Range context) {

  public static Diagnostic error(String code, Range subject, String summary, String detail) {
    return new Diagnostic(Severity.ERROR, code, summary, detail, subject, null);
  }

  public static Diagnostic warning(String code, Range subject, String summary, String detail) {
    return new Diagnostic(Severity.WARNING, code, summary, detail, subject, null);
  }

  public Diagnostic withContext(Range context) {
    return new Diagnostic(severity, code, summary, detail, subject, context);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:col: Error: summary; detail} on one line, for tests and logs. */
  public String oneLine() {
    String where = subject == null ? "" : subject.location() + ": ";
    String tail = detail == null || detail.isEmpty() ? "" : "; " + detail;
    return where + severity.label() + ": " + summary + tail;
  }

  @Override
  public String toString() {
    return oneLine();
  }
}
