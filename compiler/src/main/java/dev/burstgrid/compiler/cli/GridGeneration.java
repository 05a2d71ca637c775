package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.GridCompiler;
import dev.burstgrid.compiler.codegen.GeneratedGrid;
import dev.burstgrid.compiler.codegen.GridCompileException;
import dev.burstgrid.compiler.codegen.GridWriter;
import dev.burstgrid.compiler.codegen.InMemoryCompiler;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.runtime.report.ReportDiagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.nio.file.Path;

/**
 * check → write Java → (compile): what {@code run}, {@code emit} and {@code build} share. Each
 * step prints its own problems and ends the command with the right exit code.
 */
final class GridGeneration {
  /** Exit code of a bug in bggoc (generated code javac rejects). */
  static final int INTERNAL = InternalErrorHandler.INTERNAL;

  /** A grid written as Java, with the class loader that sees its modules. */
  record Generated(GridCompiler.Result result, GeneratedGrid grid, ClassLoader loader) {}

  private GridGeneration() {}

  static Generated generate(GridPathOptions options, PrintWriter err) throws CommandExit {
    ClassLoader loader;
    GridCompiler.Result result;
    Diagnostics diags = new Diagnostics();
    try {
      loader = options.classLoader();
      result = CompileSession.check(options, loader, diags, err);
    } catch (UsageException e) {
      err.println("bggoc: " + e.getMessage());
      throw CommandExit.usage(e.getMessage());
    }
    if (!result.ok()) {
      CompileSession.printText(diags, err);
      throw new CommandExit(ExitCodes.COMPILE_ERRORS, ReportDiagnostics.of(diags));
    }
    if (!diags.isEmpty()) {
      CompileSession.printText(diags, err);
    }
    return new Generated(result, write(result, options.path), loader);
  }

  /** The Java of a grid that checked clean. */
  static GeneratedGrid write(GridCompiler.Result result, Path path) {
    return GridWriter.write(result.plan().code(), gridName(path));
  }

  static InMemoryCompiler.Compiled compile(Generated generated, PrintWriter err) throws CommandExit {
    try {
      return InMemoryCompiler.compile(generated.grid(), generated.loader());
    } catch (GridCompileException e) {
      err.println("bggoc: internal error"
          + (e.gridLocation() == null ? "" : " in the code generated for " + e.gridLocation()) + ": "
          + e.getMessage());
      err.println("This is a bug in bggoc; please report it with the grid that caused it.");
      throw new CommandExit(INTERNAL, List.of(new ReportDiagnostic("error", "internal", "internal error: " + e.getMessage(),
          "This is a bug in bggoc; please report it with the grid that caused it.",
          e.gridLocation() == null ? "" : e.gridLocation())));
    }
  }

  /** {@code grids/http_request.hcl} → {@code http_request}; a directory keeps its name. */
  static String gridName(Path path) {
    Path name = path.toAbsolutePath().normalize().getFileName();
    String s = name == null ? "grid" : name.toString();
    return s.endsWith(".hcl") ? s.substring(0, s.length() - 4) : s;
  }
}
