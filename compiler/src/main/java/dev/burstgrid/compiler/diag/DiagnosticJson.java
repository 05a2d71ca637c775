package dev.burstgrid.compiler.diag;

import dev.burstgrid.compiler.source.Pos;
import dev.burstgrid.compiler.source.Range;
import java.util.List;

/** {@code bggoc check --format json}: the diagnostics as one JSON document. */
public final class DiagnosticJson {
  private DiagnosticJson() {}

  public static String render(List<Diagnostic> diagnostics) {
    StringBuilder sb = new StringBuilder();
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    sb.append("{\"valid\":").append(errors == 0);
    sb.append(",\"error_count\":").append(errors);
    sb.append(",\"warning_count\":").append(diagnostics.size() - errors);
    sb.append(",\"diagnostics\":[");
    for (int i = 0; i < diagnostics.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      one(sb, diagnostics.get(i));
    }
    return sb.append("]}").toString();
  }

  private static void one(StringBuilder sb, Diagnostic d) {
    sb.append("{\"severity\":");
    str(sb, d.severity() == Severity.ERROR ? "error" : "warning");
    sb.append(",\"code\":");
    str(sb, d.code());
    sb.append(",\"summary\":");
    str(sb, d.summary());
    sb.append(",\"detail\":");
    str(sb, d.detail());
    if (d.subject() != null) {
      sb.append(",\"range\":");
      range(sb, d.subject());
    }
    if (d.context() != null) {
      sb.append(",\"context\":");
      range(sb, d.context());
    }
    sb.append('}');
  }

  private static void range(StringBuilder sb, Range r) {
    sb.append("{\"filename\":");
    str(sb, r.filename());
    sb.append(",\"start\":");
    pos(sb, r, r.start());
    sb.append(",\"end\":");
    pos(sb, r, r.end());
    sb.append('}');
  }

  private static void pos(StringBuilder sb, Range r, Pos p) {
    sb.append("{\"line\":").append(p.line()).append(",\"column\":").append(p.column());
    sb.append(",\"byte\":").append(r.file().byteOffset(p.offset())).append('}');
  }

  private static void str(StringBuilder sb, String s) {
    if (s == null) {
      sb.append("null");
      return;
    }
    dev.burstgrid.lang.value.Json.quote(sb, s, false);
  }
}
