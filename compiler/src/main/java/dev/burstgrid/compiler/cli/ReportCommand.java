package dev.burstgrid.compiler.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bggoc report}: works on the JSON reports that load runs write. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Merges and shows the JSON reports of load runs (--report-json).",
    subcommands = {ReportMergeCommand.class, ReportShowCommand.class})
final class ReportCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give one of merge, show.");
  }
}
