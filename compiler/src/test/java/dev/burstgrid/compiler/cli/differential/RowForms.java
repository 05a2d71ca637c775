package dev.burstgrid.compiler.cli.differential;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.TypeExprs;
import dev.burstgrid.compiler.semantic.Traversal;
import dev.burstgrid.compiler.semantic.TraversalCollector;
import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.HclParser;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a conformance row (an expression over bare root names such as {@code foo}) into probes
 * a grid can run: every root the row gives a value is renamed {@code var.<probe>_<root>}, a grid
 * variable of its own, so rows share a grid without sharing names.
 */
public final class RowForms {
  /** How a row's expression reaches generated code. */
  public enum Form {
    /** As written, with the row's variables as {@code any}: a row without variables is folded. */
    AS_WRITTEN,
    /** The row's variables declared with the type of their value ({@code object({a = string})}). */
    TYPED,
    /** Every literal a variable too ({@code 1 + 2} → {@code var.x_lit0 + var.x_lit1}): nothing folds. */
    LIFTED
  }

  private RowForms() {}

  /** The row in {@code form}, or null when that form would run the same code as AS_WRITTEN. */
  public static Probe probe(String id, String source, Map<String, Value> rowVars, Form form) {
    String suffix = form == Form.AS_WRITTEN ? "" : "_" + form.name().toLowerCase(java.util.Locale.ROOT);
    String name = id.replace('-', '_') + suffix;
    String origin = id + suffix.replace('_', '@');
    Diagnostics d = new Diagnostics();
    Expr expr = HclParser.parseExpression(SourceFile.of(id, source), d);
    if (expr == null || d.hasErrors()) {
      // Nothing to rename: both sides must report the parse error.
      return form == Form.AS_WRITTEN ? Probe.of(name, origin, source, Map.of()) : null;
    }
    List<Edit> edits = new ArrayList<>();
    Map<String, Value> vars = new LinkedHashMap<>();
    for (Traversal t : TraversalCollector.collect(expr)) {
      if (rowVars.containsKey(t.root())) {
        String var = name + "_" + t.root();
        edits.add(new Edit(t.rootRange(), "var." + var));
        vars.put(var, rowVars.get(t.root()));
      }
    }
    Map<String, String> types = Probe.anyTypes(vars);
    if (form == Form.TYPED) {
      if (vars.isEmpty()) {
        return null;
      }
      vars.forEach((v, value) -> types.put(v, typeName(value)));
      boolean allAny = types.values().stream().allMatch("any"::equals);
      return allAny ? null : new Probe(name, origin, apply(source, edits), vars, types, null);
    }
    if (form == Form.LIFTED) {
      List<Expr> literals = Literals.of(expr);
      if (literals.isEmpty()) {
        return null;
      }
      for (int i = 0; i < literals.size(); i++) {
        Expr lit = literals.get(i);
        String var = name + "_lit" + i;
        edits.add(new Edit(lit.range(), "(var." + var + ")"));
        vars.put(var, literalValue(lit));
        types.put(var, "any");
      }
    }
    return new Probe(name, origin, apply(source, edits), vars, types, null);
  }

  /** The HCL type of {@code v} when a type expression can say it exactly, else {@code any}. */
  static String typeName(Value v) {
    if (v.isNull()) {
      return "any";
    }
    String name = v.type().friendlyName();
    Diagnostics d = new Diagnostics();
    Expr e = HclParser.parseExpression(SourceFile.of("type", name), d);
    Type parsed = e == null || d.hasErrors() ? null : TypeExprs.parse(e, d);
    return v.type().equals(parsed) ? name : "any";
  }

  private static Value literalValue(Expr lit) {
    if (lit instanceof Expr.NumberLiteral n) {
      return Value.number(n.value());
    }
    if (lit instanceof Expr.BoolLiteral b) {
      return Value.bool(b.value());
    }
    if (lit instanceof Expr.Template t) {
      return Value.string(t.literalText());
    }
    return Value.nullOf(Type.ANY);
  }

  private record Edit(Range range, String text) {}

  private static String apply(String source, List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt((Edit e) -> e.range().start().offset()).reversed());
    StringBuilder sb = new StringBuilder(source);
    for (Edit e : sorted) {
      sb.replace(e.range().start().offset(), e.range().end().offset(), e.text());
    }
    return sb.toString();
  }
}
