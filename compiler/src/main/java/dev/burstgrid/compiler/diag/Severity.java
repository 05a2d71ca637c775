package dev.burstgrid.compiler.diag;

public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return this == ERROR ? "Error" : "Warning";
  }
}
