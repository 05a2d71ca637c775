package dev.burstgrid.compiler.diag;

import java.util.Comparator;

/** Orders diagnostics by file name, then start offset; diagnostics without a subject last. */
enum DiagnosticOrder implements Comparator<Diagnostic> {
  INSTANCE;

  @Override
  public int compare(Diagnostic a, Diagnostic b) {
    if (a.subject() == null || b.subject() == null) {
      return Boolean.compare(a.subject() == null, b.subject() == null);
    }
    int byFile = a.subject().filename().compareTo(b.subject().filename());
    if (byFile != 0) {
      return byFile;
    }
    return Integer.compare(a.subject().start().offset(), b.subject().start().offset());
  }
}
