package dev.burstgrid.runtime.report;

/**
 * Why a run did not start, as its report carries it: a compile error of the grid (with its
 * stable code and its {@code file:line:col}) or a usage problem (bad variable, missing file,
 * bad option: code {@code usage}, no location).
 *
 * @param severity {@code error} or {@code warning}
 * @param code a stable rule name such as {@code grid/unknown-argument}, or {@code usage}
 * @param summary what is wrong, tersely
 * @param detail what is wrong in full and how to fix it; may be empty
 * @param location {@code file:line:col}; empty when the problem has no place in the grid
 */
public record ReportDiagnostic(String severity, String code, String summary, String detail, String location) {

  /** A problem with the command line or its inputs (exit 2): no code of its own, no place. */
  public static ReportDiagnostic usage(String message) {
    return new ReportDiagnostic("error", "usage", message, "", "");
  }

  public boolean isError() {
    return severity.equals("error");
  }

  /** {@code summary; detail}. */
  public String problem() {
    return summary + (detail.isEmpty() ? "" : "; " + detail);
  }

  /** {@code file:line:col: summary; detail}, as the CLI prints it on one line. */
  public String oneLine() {
    return (location.isEmpty() ? "" : location + ": ") + problem();
  }
}
