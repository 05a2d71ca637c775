package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.diag.Diagnostic;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.runtime.report.ReportDiagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The compiler's diagnostics as a report carries them: for a run whose grid did not compile. */
final class ReportDiagnostics {
  private ReportDiagnostics() {}

  static List<ReportDiagnostic> of(Diagnostics diags) {
    List<ReportDiagnostic> out = new ArrayList<>();
    for (Diagnostic d : diags.sorted()) {
      out.add(new ReportDiagnostic(d.severity().name().toLowerCase(Locale.ROOT), d.code(), d.summary(),
          d.detail() == null ? "" : d.detail(), d.subject() == null ? "" : d.subject().location()));
    }
    return out;
  }
}
