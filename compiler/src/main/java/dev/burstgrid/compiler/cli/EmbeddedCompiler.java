package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.GridCompiler;
import dev.burstgrid.compiler.codegen.GeneratedGrid;
import dev.burstgrid.compiler.diag.Diagnostic;
import dev.burstgrid.compiler.diag.DiagnosticPrinter;
import dev.burstgrid.compiler.diag.Diagnostics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * bggoc's check and compile path for tools that embed the compiler (the Maven plugin): the same
 * stages {@code bggoc check}, {@code emit} and {@code build} run, returning values instead of
 * printing and exiting.
 */
public final class EmbeddedCompiler {
  private EmbeddedCompiler() {}

  /** The grid path cannot be read as a grid (missing, no {@code .hcl} file): not a grid error. */
  public static final class GridPathException extends Exception {
    GridPathException(String message) {
      super(message);
    }
  }

  /** Generated code javac rejected: a bug in bggo, not in the grid. */
  public static final class InternalCompilerError extends Exception {
    InternalCompilerError(String message) {
      super(message);
    }
  }

  /**
   * One diagnostic as a build tool reports it.
   *
   * @param location {@code file:line:col}, or empty when the problem has no position
   * @param rendered the diagnostic as bggoc prints it, with the source line and caret
   */
  public record Problem(boolean error, String location, String summary, String detail, String rendered) {
    /** {@code file:line:col: summary; detail} on one line. */
    public String oneLine() {
      String where = location.isEmpty() ? "" : location + ": ";
      return where + summary + (detail.isEmpty() ? "" : "; " + detail);
    }
  }

  /** What checking one grid found. */
  public static final class Checked {
    private final Path path;
    private final GridCompiler.Result result;
    private final List<Problem> problems;
    private final List<String> moduleWarnings;

    private Checked(Path path, GridCompiler.Result result, List<Problem> problems, List<String> moduleWarnings) {
      this.path = path;
      this.result = result;
      this.problems = problems;
      this.moduleWarnings = moduleWarnings;
    }

    public boolean ok() {
      return result.ok();
    }

    /** Errors and warnings, in source order. */
    public List<Problem> problems() {
      return problems;
    }

    /** Modules on the class path that could not be read (printed by bggoc as warnings). */
    public List<String> moduleWarnings() {
      return moduleWarnings;
    }

    /** The grid's name: its file name without {@code .hcl}, or its directory's name. */
    public String gridName() {
      return GridGeneration.gridName(path);
    }

    /** The variables the grid declares. */
    public List<String> variableNames() {
      return result.model() == null ? List.of() : List.copyOf(result.model().variables().keySet());
    }

    public int stepCount() {
      return result.model() == null ? 0 : result.model().steps().size();
    }
  }

  /** A grid written as Java. */
  public static final class Source {
    private final GridCompiler.Result result;
    private final GeneratedGrid grid;

    private Source(GridCompiler.Result result, GeneratedGrid grid) {
      this.result = result;
      this.grid = grid;
    }

    /** The generated class's qualified name; it has a {@code main} taking {@code -var NAME=VALUE}. */
    public String className() {
      return grid.className();
    }

    public String text() {
      return grid.source();
    }

    /** The runner and asset classes the grid uses: their jars must be on the class path to compile and run it. */
    public Set<Class<?>> moduleClasses() {
      return grid.moduleClasses();
    }
  }

  /** Checks the grid at {@code path} against the modules {@code modules} sees, as {@code bggoc check} does. */
  public static Checked check(Path path, ClassLoader modules) throws GridPathException {
    GridPathOptions options = new GridPathOptions();
    options.path = path;
    Diagnostics diags = new Diagnostics();
    StringWriter warnings = new StringWriter();
    GridCompiler.Result result;
    try {
      result = CompileSession.check(options, modules, diags, new PrintWriter(warnings));
    } catch (UsageException e) {
      throw new GridPathException(e.getMessage());
    }
    List<Problem> problems = new ArrayList<>();
    for (Diagnostic d : diags.sorted()) {
      problems.add(problem(d));
    }
    return new Checked(path, result, List.copyOf(problems), warnings.toString().lines().toList());
  }

  /** The Java of a grid that checked clean, as {@code bggoc emit} prints it. */
  public static Source generate(Checked checked) {
    if (!checked.ok()) {
      throw new IllegalArgumentException("the grid " + checked.gridName() + " has errors");
    }
    return new Source(checked.result, GridGeneration.write(checked.result, checked.path));
  }

  /** Compiles generated Java against {@code modules}, as {@code bggoc build} does: class files by binary name. */
  public static Map<String, byte[]> compile(Source source, ClassLoader modules) throws InternalCompilerError {
    StringWriter err = new StringWriter();
    try {
      GridGeneration.Generated generated = new GridGeneration.Generated(source.result, source.grid, modules);
      return GridGeneration.compile(generated, new PrintWriter(err, true)).classFiles();
    } catch (CommandExit e) {
      throw new InternalCompilerError(err.toString().strip());
    }
  }

  /**
   * The class path a compiled grid runs on, outside the compiler: what {@code bggoc build} packs
   * into a jar (the runtime, the modules it uses and their libraries, the entries of {@code
   * modules}), without the compiler's own toolchain.
   */
  public static List<Path> runClassPath(Source source, ClassLoader modules) {
    return GridClassPath.of(modules, source.grid);
  }

  /**
   * Runs {@code bggoc bench PATH OPTIONS…} with the modules {@code modules} sees instead of
   * {@code --modules}: the same compile, JMH run and {@code --baseline} gate, its output on {@code
   * out} and {@code err}. Returns bggoc's exit code (0, 1 a step or JMH failed, 2 bad options, 3
   * compile errors, 99 a regression against the baseline).
   *
   * @param options bench's options as on its command line: {@code -var}, JMH's, {@code --baseline}
   */
  public static int bench(Path path, ClassLoader modules, List<String> options, PrintWriter out, PrintWriter err) {
    BenchCommand command = new BenchCommand();
    picocli.CommandLine cl = new picocli.CommandLine(command);
    command.grid.embedded = modules;
    List<String> args = new ArrayList<>();
    args.add(path.toString());
    args.addAll(options);
    return Bggoc.execute(cl, args.toArray(String[]::new), out, err);
  }

  private static Problem problem(Diagnostic d) {
    StringBuilder rendered = new StringBuilder();
    DiagnosticPrinter.render(rendered, d);
    String location = d.subject() == null ? "" : d.subject().location();
    String detail = d.detail() == null ? "" : d.detail();
    return new Problem(d.isError(), location, d.summary(), detail, rendered.toString().stripTrailing());
  }
}
