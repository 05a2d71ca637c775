package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.GridCompiler;
import dev.burstgrid.compiler.diag.DiagnosticPrinter;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.schema.ModuleCatalog;
import dev.burstgrid.compiler.source.GridSources;
import dev.burstgrid.compiler.source.SourceFile;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import dev.burstgrid.lang.value.Value;

/** Loads and checks a grid for a command, printing problems the same way everywhere. */
final class CompileSession {
  private CompileSession() {}

  /** The check result, or null after printing a usage problem (exit 2). */
  static GridCompiler.Result check(GridPathOptions options, Diagnostics diags, PrintWriter err)
      throws UsageException {
    return check(options, options.classLoader(), diags, err);
  }

  /** As {@link #check(GridPathOptions, Diagnostics, PrintWriter)}, with modules from {@code loader}. */
  static GridCompiler.Result check(GridPathOptions options, ClassLoader loader, Diagnostics diags, PrintWriter err)
      throws UsageException {
    return check(options, loader, Map.of(), diags, err);
  }

  /** As the others, with variable values given, so that what they decide is planned with them. */
  static GridCompiler.Result check(GridPathOptions options, ClassLoader loader, Map<String, Value> inputs,
      Diagnostics diags, PrintWriter err) throws UsageException {
    ModuleCatalog catalog = ModuleCatalog.load(loader);
    for (String problem : catalog.problems()) {
      err.println("bggoc: warning: " + problem);
    }
    List<SourceFile> sources;
    try {
      sources = GridSources.load(options.path);
    } catch (GridSources.LoadException e) {
      throw new UsageException(e.getMessage());
    }
    return GridCompiler.check(sources, catalog, inputs, false, diags);
  }

  static void printText(Diagnostics diags, PrintWriter err) {
    if (!diags.isEmpty()) {
      err.print(DiagnosticPrinter.render(diags.sorted()));
    }
    if (diags.hasErrors()) {
      int n = diags.errorCount();
      err.println(n + (n == 1 ? " error" : " errors") + " found.");
    }
    err.flush();
  }
}
