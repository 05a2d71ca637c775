package dev.burstgrid.compiler.cli.differential;

import dev.burstgrid.compiler.cli.Cli;
import dev.burstgrid.compiler.cli.CliResult;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Asks {@code bggoc eval --file EXPR --vars VARS.json} about every instance of a probe. */
public final class EvalOracle {
  private final Path dir;

  public EvalOracle(Path dir) {
    this.dir = dir;
  }

  /** Eval's answer for each instance address of {@code probe}. */
  public Map<String, Answer> answers(Probe probe) {
    Map<String, Answer> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Value>> instance : probe.instances().entrySet()) {
      out.put(instance.getKey(), eval(probe.expression(), instance.getValue()));
    }
    return out;
  }

  private Answer eval(String expression, Map<String, Value> roots) {
    try {
      Path expr = Files.writeString(dir.resolve("eval-expr.hcl"), expression);
      Path vars = Files.writeString(dir.resolve("eval-vars.json"), Json.encode(Value.ObjectValue.of(roots)));
      CliResult r = Cli.run("eval", "--file", expr.toString(), "--vars", vars.toString());
      if (r.exitCode() == 0) {
        return Answer.value(r.out().strip());
      }
      return r.exitCode() == 3 ? Answer.error(StderrLines.firstError(r.err())) : Answer.bug(r.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
