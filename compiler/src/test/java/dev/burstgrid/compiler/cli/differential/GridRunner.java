package dev.burstgrid.compiler.cli.differential;

import dev.burstgrid.compiler.cli.Cli;
import dev.burstgrid.compiler.cli.CliResult;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs probes as {@code print} steps of one grid ({@code bggoc run --quiet DIR -var-file
 * vars.json}), one file per probe, and reads each instance's answer back: the line it printed,
 * the diagnostic in its file, or the message it failed with.
 *
 * <p>One run answers many probes, but a compile error stops the grid before it runs, and
 * fail-fast cancels whatever has not finished when the first step fails. So the probes left
 * without an answer run again, together, until every probe has answered. Probes expected to
 * fail ({@link #answersOfFailing}) run together only while they fail to compile; once one
 * fails at run time, the rest are built once and run one at a time ({@link GatedGrid}), since
 * together each run would answer for just one of them. When a run's failure names no probe,
 * the batch is halved until it does.
 */
public final class GridRunner {
  private static final Pattern PRINTED =
      Pattern.compile("^(step\\.print\\.[A-Za-z0-9_]+(?:\\[(?:\\d+|\"(?:[^\"\\\\]|\\\\.)*\")\\])?) (.*)$",
          Pattern.MULTILINE);

  private final Path dir;
  private int runs;

  public GridRunner(Path dir) {
    this.dir = dir;
  }

  /** How many times this runner has called {@code bggoc run}. */
  public int runs() {
    return runs;
  }

  /** The run's answer for each instance address of each probe. */
  public Map<String, Answer> answers(List<Probe> probes) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answer(probes, answers, false);
    return answers;
  }

  /** As {@link #answers}, for probes that are expected to fail. */
  public Map<String, Answer> answersOfFailing(List<Probe> probes) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answer(probes, answers, true);
    return answers;
  }

  private void answer(List<Probe> probes, Map<String, Answer> answers, boolean failing) {
    List<Probe> pending = new ArrayList<>(probes);
    while (!pending.isEmpty()) {
      CliResult run = run(pending);
      int before = answers.size();
      read(run, pending, answers);
      pending.removeIf(p -> answers.keySet().containsAll(p.instances().keySet()));
      if (failing && run.exitCode() == 1 && pending.size() > 1) {
        answerAlone(pending, answers);
        return;
      }
      if (pending.isEmpty() || answers.size() > before) {
        continue;
      }
      if (pending.size() == 1) {
        for (String address : pending.get(0).instances().keySet()) {
          answers.putIfAbsent(address, Answer.bug("no answer from the run: " + run));
        }
        return;
      }
      int half = pending.size() / 2;
      answer(pending.subList(0, half), answers, failing);
      answer(pending.subList(half, pending.size()), answers, failing);
      return;
    }
  }

  /**
   * Runs each probe alone from one build; when the build fails, each probe gets a grid of its
   * own instead.
   */
  private void answerAlone(List<Probe> probes, Map<String, Answer> answers) {
    GatedGrid gated = new GatedGrid(dir.resolve("gated-" + (++runs)), probes);
    CliResult failedBuild = gated.build();
    for (Probe p : probes) {
      if (failedBuild == null) {
        read(gated.runAlone(p), List.of(p), answers);
      }
      if (!answers.keySet().containsAll(p.instances().keySet())) {
        answer(List.of(p), answers, false);
      }
    }
  }

  /** Records what {@code run} says about each pending instance that has no answer yet. */
  private static void read(CliResult run, List<Probe> pending, Map<String, Answer> answers) {
    Matcher printed = PRINTED.matcher(run.out());
    while (printed.find()) {
      answers.putIfAbsent(printed.group(1), Answer.value(printed.group(2)));
    }
    Map<String, String> compileErrors = StderrLines.diagnostics(run.err());
    Map<String, String> internal = StderrLines.internalErrors(run.err());
    Map<String, String> failures = StderrLines.failures(run.err());
    failures.forEach((address, message) -> answers.putIfAbsent(address, Answer.error(message)));
    for (Probe p : pending) {
      String failedInstance = p.instances().keySet().stream().filter(failures::containsKey).findFirst().orElse(null);
      for (String address : p.instances().keySet()) {
        if (compileErrors.containsKey(p.name())) {
          answers.putIfAbsent(address, Answer.error(compileErrors.get(p.name())));
        } else if (internal.containsKey(p.name())) {
          answers.putIfAbsent(address, Answer.bug(internal.get(p.name())));
        } else if (failedInstance != null) {
          // Fail-fast cancelled it: every run would, while its sibling fails.
          answers.putIfAbsent(address, Answer.notCompared(failedInstance + " failed first"));
        }
      }
    }
  }

  private static void variable(StringBuilder hcl, String name, String type) {
    hcl.append("variable \"").append(name).append("\" {\n  type = ").append(type).append("\n}\n\n");
  }

  private CliResult run(List<Probe> probes) {
    runs++;
    try {
      Path grid = Files.createDirectories(dir.resolve("grid-" + runs));
      Map<String, Value> vars = new LinkedHashMap<>();
      for (Probe p : probes) {
        Files.writeString(grid.resolve(p.name() + ".hcl"), source(p));
        vars.putAll(p.variables());
        if (p.group() != null && p.group().fromVariable()) {
          vars.put(p.groupVariable(), p.group().value());
        }
      }
      Path varFile = Files.writeString(dir.resolve("vars-" + runs + ".json"), Json.encode(Value.ObjectValue.of(vars)));
      return Cli.run("run", "--quiet", grid.toString(), "-var-file", varFile.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The probe's file: its variables, without defaults, and its print step. */
  static String source(Probe p) {
    return source(p, null);
  }

  /** As {@link #source(Probe)}; when {@code gate} is not null, the step runs only if that bool variable is true. */
  static String source(Probe p, String gate) {
    StringBuilder hcl = new StringBuilder();
    for (String v : p.variableNames()) {
      variable(hcl, v, p.types().get(v));
    }
    if (p.group() != null && p.group().fromVariable()) {
      variable(hcl, p.groupVariable(), p.group().variableType());
    }
    if (gate != null) {
      variable(hcl, gate, "bool");
    }
    hcl.append("step \"print\" \"").append(p.name()).append("\" {\n");
    if (gate != null) {
      hcl.append("  ").append(p.group() == null ? "count = var." + gate + " ? 1 : 0"
          : p.group().gatedArgument(p.groupVariable(), gate)).append("\n");
    } else if (p.group() != null) {
      hcl.append("  ").append(p.group().argument(p.groupVariable())).append("\n");
    }
    return hcl.append("  arguments {\n    input = ").append(p.expression().stripLeading()).append("\n  }\n}\n")
        .toString();
  }
}
