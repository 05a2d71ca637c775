package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.eval.Scope;
import dev.burstgrid.compiler.semantic.ExpressionLimits;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.HclParser;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bggoc eval}: evaluates one expression, like {@code terraform console}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluates one HCL expression and prints its value as JSON on stdout.",
    footer = {"", "Examples:", "  bggoc eval '1 + 2 * 3'", "  bggoc eval --vars vars.json 'upper(var.name)'",
        "  bggoc eval --file expr.hcl"})
final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "EXPRESSION", description = "The expression to evaluate.")
  String expression;

  @Option(names = "--file", paramLabel = "FILE", description = "Read the expression from FILE instead.")
  Path file;

  @Option(names = "--vars", paramLabel = "FILE.json",
      description = "A JSON object whose keys are root variables of the expression (e.g. {\"var\": {\"n\": 1}}).")
  Path vars;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SourceFile source;
    Map<String, Value> roots;
    try {
      source = source();
      roots = roots();
    } catch (UsageException e) {
      err.println("bggoc: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Diagnostics diags = new Diagnostics();
    Expr expr = HclParser.parseExpression(source, diags);
    if (!diags.hasErrors()) {
      ExpressionLimits.checkDepth(expr, diags);
    }
    Value value = null;
    if (!diags.hasErrors()) {
      value = new Evaluator(Functions.standard()).evaluate(expr, Scope.root(roots), diags);
      if (!diags.hasErrors() && !dev.burstgrid.lang.function.FunctionCalls.isWhollyKnown(value)) {
        diags.error("eval/unknown", expr.range(), "Value not known",
            "The expression depends on values that are only known while a grid runs.");
      }
    }
    if (diags.hasErrors()) {
      CompileSession.printText(diags, err);
      return ExitCodes.COMPILE_ERRORS;
    }
    out.println(Json.encode(value));
    return ExitCodes.OK;
  }

  private SourceFile source() throws UsageException {
    if ((expression == null) == (file == null)) {
      throw new UsageException("Give exactly one of EXPRESSION or --file FILE.");
    }
    if (expression != null) {
      return SourceFile.of("<expression>", expression);
    }
    try {
      return new SourceFile(file.toString(), file, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UsageException("Cannot read \"" + file + "\": " + e.getMessage());
    }
  }

  private Map<String, Value> roots() throws UsageException {
    if (vars == null) {
      return Map.of();
    }
    try {
      Value v = Json.decode(Files.readString(vars, StandardCharsets.UTF_8));
      if (v instanceof Value.ObjectValue o) {
        return o.attributes();
      }
      throw new UsageException("--vars " + vars + " must hold a JSON object.");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UsageException("Cannot read \"" + vars + "\": " + e.getMessage());
    } catch (Json.JsonException e) {
      throw new UsageException("--vars " + vars + " is not valid JSON: " + e.getMessage());
    }
  }
}
