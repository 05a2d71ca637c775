package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.diag.DidYouMean;
import dev.burstgrid.compiler.schema.RunnerSchema;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.Expr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds a {@link StepDecl}: meta-arguments, {@code uses}, {@code depends_on} and arguments. */
final class StepBinder {
  private static final BodyShape SHAPE = new BodyShape("a step block", metaArguments(),
      Set.of("arguments", "uses", "check", "retry"));
  private static final BodyShape CHECK =
      new BodyShape("a check block", Set.of("condition", "error_message"), Set.of());
  private static final Pattern DEPENDS_ON =
      Pattern.compile("(?:step\\.)?([A-Za-z_][A-Za-z0-9_-]*)\\.([A-Za-z_][A-Za-z0-9_-]*)(?:\\[(\\d{1,9})\\])?");

  private StepBinder() {}

  static StepDecl bind(String type, String name, RunnerSchema schema, Block b, Diagnostics diags) {
    Map<String, Attribute> attrs = SHAPE.check(b.body(), diags);
    String where = "step \"" + type + "\" \"" + name + "\"";
    Attribute count = attrs.get("count");
    Attribute forEach = attrs.get("for_each");
    if (count != null && forEach != null) {
      diags.error("grid/count-and-for-each", forEach.nameRange(), "Invalid combination of count and for_each",
          "A step may repeat by count or by for_each, not both. Remove one of them.");
    }
    Map<String, StepDecl.UsesEntry> uses = uses(b, attrs.get("uses"), schema, where, diags);
    List<DependsOn> dependsOn = dependsOn(attrs.get("depends_on"), "depends_on", diags);
    Map<String, Attribute> args =
        Arguments.collect(b, schema == null ? null : schema.input(), where, diags);
    StepControlsDecl controls = StepControlsBinder.bind(b, attrs, count != null || forEach != null, diags);
    if (controls.cache() && schema != null && !schema.isPure()) {
      diags.error("grid/cache-impure", attrs.get("cache").expr().range(), "Runner cannot be cached",
          "cache = true reuses the output of an earlier instance with the same arguments, which is only right"
              + " for a runner whose output depends on its arguments alone; \"" + schema.type() + "\" does not declare"
              + " itself so (@Pure on its class). Remove cache, or cache a pure runner such as print.");
    }
    return new StepDecl(type, name, schema, count, forEach, args, uses, dependsOn, checks(b, diags), controls, b);
  }

  private static Set<String> metaArguments() {
    Set<String> names = new java.util.HashSet<>(Set.of("count", "for_each", "depends_on", "uses", "arguments"));
    names.addAll(StepControlsBinder.ATTRIBUTES);
    return Set.copyOf(names);
  }

  // check "ok" { condition = self.output.status_code == 200, error_message = "…" }
  private static List<CheckDecl> checks(Block step, Diagnostics diags) {
    List<CheckDecl> checks = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>();
    for (Block c : BodyShape.blocksOfType(step.body(), "check")) {
      if (c.labels().size() != 1) {
        diags.error("grid/block-labels", c.headerRange(), "A check needs one name",
            "A check block is written check \"NAME\" { condition = self.output.… }.");
        continue;
      }
      String name = c.labels().get(0).value();
      Map<String, Attribute> attrs = CHECK.check(c.body(), diags);
      if (!names.add(name)) {
        diags.error("grid/duplicate-check", c.headerRange(), "Duplicate check",
            "This step already has a check named \"" + name + "\".");
        continue;
      }
      if (attrs.get("condition") == null) {
        diags.error("grid/missing-argument", c.headerRange(), "Missing required argument",
            "A check block needs condition = <bool expression over self.output>.");
        continue;
      }
      checks.add(new CheckDecl(name, attrs.get("condition"), attrs.get("error_message"), c));
    }
    return checks;
  }

  private static Map<String, StepDecl.UsesEntry> uses(
      Block b, Attribute usesAttr, RunnerSchema schema, String where, Diagnostics diags) {
    List<Attribute> entries = new ArrayList<>();
    List<Block> blocks = BodyShape.blocksOfType(b.body(), "uses");
    for (Block u : blocks) {
      if (!u.labels().isEmpty()) {
        diags.error("grid/block-labels", u.headerRange(), "Extraneous label for uses",
            "A uses block takes no labels: write uses { client = resource.http_client.x }.");
      }
      entries.addAll(u.body().attributes());
      for (Block nested : u.body().blocks()) {
        diags.error("grid/unknown-block", nested.typeRange(), "Unexpected block in uses",
            "A uses block holds name = resource.TYPE.NAME entries.");
      }
    }
    if (usesAttr != null) {
      if (!blocks.isEmpty()) {
        diags.error("grid/duplicate-block", usesAttr.nameRange(), "Duplicate uses",
            "uses is given both as a block and as an argument; keep one.");
      } else {
        entries.addAll(ObjectAttributes.of(usesAttr, diags));
      }
    }
    Map<String, StepDecl.UsesEntry> result = new LinkedHashMap<>();
    for (Attribute a : entries) {
      if (result.containsKey(a.name())) {
        diags.error("grid/duplicate-attribute", a.nameRange(), "Duplicate uses entry",
            "\"" + a.name() + "\" is given twice in uses.");
        continue;
      }
      if (schema != null && schema.slot(a.name()) == null) {
        List<String> names = schema.slots().stream().map(RunnerSchema.UsesSlot::name).toList();
        diags.error("grid/unknown-uses", a.nameRange(), "Unsupported uses entry",
            "The runner \"" + schema.type() + "\" has no uses entry named \"" + a.name() + "\"."
                + DidYouMean.phrase(a.name(), names)
                + (names.isEmpty() ? " It uses no resources." : " It takes: " + String.join(", ", names) + "."));
        continue;
      }
      result.put(a.name(), new StepDecl.UsesEntry(a.name(), a.expr(), a.nameRange()));
    }
    if (schema != null) {
      for (RunnerSchema.UsesSlot slot : schema.slots()) {
        if (slot.required() && !result.containsKey(slot.name())) {
          diags.error("grid/missing-uses", b.headerRange(), "Missing required uses entry",
              where + " needs a resource of type \"" + slot.assetType() + "\": add uses { "
                  + slot.name() + " = resource." + slot.assetType() + ".NAME }.");
        }
      }
    }
    return result;
  }

  /** The entries of {@code depends_on} or {@code depends_on_any} ({@code meta}, for messages). */
  static List<DependsOn> dependsOn(Attribute a, String meta, Diagnostics diags) {
    List<DependsOn> result = new ArrayList<>();
    if (a == null) {
      return result;
    }
    if (!(a.expr() instanceof Expr.Tuple tuple)) {
      diags.error("grid/depends-on", a.expr().range(), "Invalid " + meta,
          meta + " must be a list: " + meta + " = [\"http_request.first\", step.print.x].");
      return result;
    }
    for (Expr item : tuple.items()) {
      DependsOn d = item instanceof Expr.Template t && t.literalText() != null
          ? fromString(t.literalText(), item)
          : fromTraversal(item);
      if (d == null) {
        diags.error("grid/depends-on", item.range(), "Invalid " + meta + " entry",
            "Each entry names a step: \"RUNNER.NAME\", \"RUNNER.NAME[INDEX]\", \"step.RUNNER.NAME\" or a"
                + " reference step.RUNNER.NAME (optionally [INDEX]).");
      } else {
        result.add(d);
      }
    }
    return result;
  }

  private static DependsOn fromString(String text, Expr item) {
    Matcher m = DEPENDS_ON.matcher(text.trim());
    if (!m.matches()) {
      return null;
    }
    Integer index = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    return new DependsOn(m.group(1), m.group(2), index, item.range());
  }

  private static DependsOn fromTraversal(Expr item) {
    Integer index = null;
    Expr e = item;
    if (e instanceof Expr.Index idx) {
      if (!(idx.key() instanceof Expr.NumberLiteral n) || !isIndex(n.value())) {
        return null;
      }
      index = n.value().intValueExact();
      e = idx.target();
    }
    if (e instanceof Expr.GetAttr name
        && name.target() instanceof Expr.GetAttr type
        && type.target() instanceof Expr.Variable root
        && root.name().equals("step")) {
      return new DependsOn(type.name(), name.name(), index, item.range());
    }
    return null;
  }

  private static boolean isIndex(BigDecimal n) {
    return n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0 && n.compareTo(BigDecimal.valueOf(1_000_000_000)) < 0;
  }

}
