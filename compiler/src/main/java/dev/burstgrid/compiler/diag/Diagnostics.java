package dev.burstgrid.compiler.diag;

import dev.burstgrid.compiler.source.Range;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects diagnostics across a stage; stages report here instead of throwing. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();
  private int errors;

  public void add(Diagnostic d) {
    items.add(d);
    if (d.isError()) {
      errors++;
    }
  }

  public void addAll(Diagnostics other) {
    for (Diagnostic d : other.items) {
      add(d);
    }
  }

  public void error(String code, Range subject, String summary, String detail) {
    add(Diagnostic.error(code, subject, summary, detail));
  }

  public void warning(String code, Range subject, String summary, String detail) {
    add(Diagnostic.warning(code, subject, summary, detail));
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  public int errorCount() {
    return errors;
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  public List<Diagnostic> all() {
    return Collections.unmodifiableList(items);
  }

  /** Diagnostics in file, then source order; stable for equal positions. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(items);
    copy.sort(DiagnosticOrder.INSTANCE);
    return copy;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : items) {
      sb.append(d.oneLine()).append('\n');
    }
    return sb.toString();
  }
}
