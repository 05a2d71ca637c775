package dev.burstgrid.compiler.diag;

import dev.burstgrid.compiler.source.Range;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects diagnostics across a stage; stages report here instead of throwing. A stage that
 * found a part invalid (an undeclared name, a reference closing a cycle) marks its range, so that
 * later stages can go on checking everything else: an error inside a marked range is a
 * consequence of the first one and is dropped, as {@code terraform validate} reports each mistake once.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();
  private final List<Range> invalid = new ArrayList<>();
  private int errors;

  public void add(Diagnostic d) {
    if (d.isError() && isFollowOn(d.subject())) {
      return;
    }
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

  /** Marks {@code range} as already reported invalid: later errors within it are dropped. */
  public void markInvalid(Range range) {
    if (range != null) {
      invalid.add(range);
    }
  }

  private boolean isFollowOn(Range subject) {
    if (subject == null) {
      return false;
    }
    for (Range r : invalid) {
      if (r.file() == subject.file() && r.start().offset() <= subject.start().offset()
          && subject.end().offset() <= r.end().offset()) {
        return true;
      }
    }
    return false;
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
