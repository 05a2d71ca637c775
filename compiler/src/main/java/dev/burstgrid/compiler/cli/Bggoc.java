package dev.burstgrid.compiler.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bggoc}: the grid compiler's command line. Only {@link #main} calls System.exit. */
@Command(
    name = "bggoc",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Compiles HCL grids into Java programs that run them as a concurrent DAG.",
    subcommands = {
      CheckCommand.class,
      RunCommand.class,
      EmitCommand.class,
      BuildCommand.class,
      BenchCommand.class,
      GraphCommand.class,
      EvalCommand.class,
      ModulesCommand.class,
      ServeCommand.class,
      ReportCommand.class,
      K8sCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the grid ran and a step failed",
      "2:usage error (bad option, missing path, no .hcl file)",
      "3:the grid has compile errors",
      "70:a bug in bggoc (the message names the grid block)",
      "99:a threshold failed, or bench found a regression",
      "130:interrupted"
    })
public final class Bggoc implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give one of check, run, build, bench, emit,"
        + " graph, eval, modules, serve, report, k8s.");
  }

  /** Runs {@code bggoc} with these streams; returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(new CommandLine(new Bggoc()), args, out, err);
  }

  /** Runs one command's command line as bggoc runs it: the same usage and internal-error handling. */
  static int execute(CommandLine cl, String[] args, PrintWriter out, PrintWriter err) {
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new InternalErrorHandler());
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("bggoc: " + ex.getMessage());
      CommandLine sub = ex.getCommandLine();
      err.println("Run '" + sub.getCommandSpec().qualifiedName() + " --help' for usage.");
      err.flush();
      return sub.getCommand() instanceof RunCommand ? RunCommand.notStarted(a, ex.getMessage(), err) : ExitCodes.USAGE;
    });
    int code;
    try {
      code = cl.execute(args);
    } catch (Throwable e) { // picocli hands on only Exceptions; an Error such as StackOverflowError ends here
      code = InternalErrorHandler.handle(e, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
    System.exit(execute(args, out, err));
  }
}
