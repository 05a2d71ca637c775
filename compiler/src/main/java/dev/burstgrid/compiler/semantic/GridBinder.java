package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.diag.DidYouMean;
import dev.burstgrid.compiler.schema.AssetSchema;
import dev.burstgrid.compiler.schema.ModuleCatalog;
import dev.burstgrid.compiler.schema.RunnerSchema;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.ConfigFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns parsed files into a {@link GridModel}: checks each top-level block's type, labels and
 * shape, finds its module schema, and reports unknown or duplicate names. Expressions are not
 * evaluated here.
 */
public final class GridBinder {
  static final Set<String> TOP_LEVEL =
      Set.of("variable", "locals", "resource", "step", "output", "scenario", "threshold", "runner", "asset");

  private static final BodyShape VARIABLE =
      new BodyShape("a variable block", Set.of("type", "default", "description", "sensitive", "nullable"),
          Set.of("validation"));
  private static final BodyShape OUTPUT =
      new BodyShape("an output block", Set.of("value", "description", "sensitive"), Set.of());
  private static final BodyShape RESOURCE =
      new BodyShape("a resource block", Set.of("arguments", "scope"), Set.of("arguments"));
  private static final BodyShape THRESHOLD =
      new BodyShape("a threshold block", Set.of("condition", "abort_on_fail"), Set.of());

  private final ModuleCatalog catalog;
  private final Diagnostics diags;
  private final Map<String, VariableDecl> variables = new LinkedHashMap<>();
  private final Map<String, LocalDecl> locals = new LinkedHashMap<>();
  private final Map<String, ResourceDecl> resources = new LinkedHashMap<>();
  private final Map<String, StepDecl> steps = new LinkedHashMap<>();
  private final Map<String, OutputDecl> outputs = new LinkedHashMap<>();
  private final Map<String, ScenarioDecl> scenarios = new LinkedHashMap<>();
  private final Map<String, ThresholdDecl> thresholds = new LinkedHashMap<>();
  private final Map<String, Block> firstDeclared = new LinkedHashMap<>();

  private GridBinder(ModuleCatalog catalog, Diagnostics diags) {
    this.catalog = catalog;
    this.diags = diags;
  }

  public static GridModel bind(List<ConfigFile> files, ModuleCatalog catalog, Diagnostics diags) {
    GridBinder binder = new GridBinder(catalog, diags);
    for (ConfigFile file : files) {
      binder.file(file);
    }
    return new GridModel(binder.variables, binder.locals, binder.resources, binder.steps, binder.outputs,
        binder.scenarios, binder.thresholds);
  }

  private void file(ConfigFile file) {
    for (Attribute a : file.body().attributes()) {
      diags.error("grid/top-level-attribute", a.nameRange(), "Unexpected argument at top level",
          "Arguments such as \"" + a.name() + " = …\" belong inside a block. Put shared values in a"
              + " locals { … } block, or inputs in a variable block.");
    }
    for (Block b : file.body().blocks()) {
      switch (b.type()) {
        case "variable" -> variable(b);
        case "locals" -> locals(b);
        case "resource" -> resource(b);
        case "step" -> step(b);
        case "output" -> output(b);
        case "scenario" -> scenario(b);
        case "threshold" -> threshold(b);
        case "runner", "asset" -> ManifestCheck.check(b, catalog, diags);
        default -> diags.error("grid/unknown-block", b.typeRange(), "Unsupported block type",
            "Blocks of type \"" + b.type() + "\" are not expected here."
                + DidYouMean.phrase(b.type(), TOP_LEVEL)
                + " A grid holds step, resource, variable, locals, output, scenario and threshold blocks.");
      }
    }
  }

  private boolean labels(Block b, int count, String usage) {
    if (b.labels().size() == count) {
      return LabelNames.check(b, diags);
    }
    diags.error("grid/block-labels", b.headerRange(),
        b.labels().size() < count ? "Missing name for " + b.type() : "Extraneous label for " + b.type(),
        "A " + b.type() + " block is written " + usage + ".");
    return false;
  }

  private boolean unique(String key, Block b, String what) {
    Block previous = firstDeclared.putIfAbsent(key, b);
    if (previous == null) {
      return true;
    }
    diags.error("grid/duplicate-" + b.type(), b.headerRange(), "Duplicate " + what,
        "A " + what + " named \"" + key.substring(key.indexOf(':') + 1) + "\" was already declared at "
            + previous.headerRange().location() + ". Names must be unique within a grid.");
    return false;
  }

  private void variable(Block b) {
    if (!labels(b, 1, "variable \"name\" { … }")) {
      return;
    }
    String name = b.labels().get(0).value();
    Map<String, Attribute> attrs = VARIABLE.check(b.body(), diags);
    if (!unique("variable:" + name, b, "variable")) {
      return;
    }
    variables.put(name, VariableBinder.bind(name, b, attrs, diags));
  }

  private void locals(Block b) {
    if (!labels(b, 0, "locals { name = value … }")) {
      return;
    }
    for (Block nested : b.body().blocks()) {
      diags.error("grid/unknown-block", nested.typeRange(), "Unexpected block in locals",
          "A locals block holds only name = value arguments.");
    }
    for (Attribute a : b.body().attributes()) {
      LocalDecl previous = locals.putIfAbsent(a.name(), new LocalDecl(a.name(), a));
      if (previous != null) {
        diags.error("grid/duplicate-local", a.nameRange(), "Duplicate local value",
            "A local value named \"" + a.name() + "\" was already defined at "
                + previous.attribute().nameRange().location() + ". Local names must be unique within a grid.");
      }
    }
  }

  private void resource(Block b) {
    if (!labels(b, 2, "resource \"asset_type\" \"name\" { arguments { … } }")) {
      return;
    }
    String type = b.labels().get(0).value();
    String name = b.labels().get(1).value();
    Map<String, Attribute> attrs = RESOURCE.check(b.body(), diags);
    if (!unique("resource:" + type + "." + name, b, "resource")) {
      return;
    }
    AssetSchema schema = catalog.asset(type);
    if (schema == null) {
      String hint = catalog.unusableAsset(type) != null
          ? " A module defines it, but it cannot be used: " + catalog.unusableAsset(type) + "."
          : catalog.runner(type) != null
          ? " \"" + type + "\" is a runner: use it in a step block."
          : DidYouMean.phrase(type, catalog.assets().keySet());
      diags.error("grid/unknown-asset", b.labels().get(0).range(), "Unknown resource type",
          "There is no asset type \"" + type + "\"." + hint + known("asset", catalog.assets().keySet()));
    }
    Map<String, Attribute> args = Arguments.collect(b, schema == null ? null : schema.config(),
        "resource \"" + type + "\" \"" + name + "\"", diags);
    resources.put(type + "." + name, new ResourceDecl(type, name, schema, args, scope(attrs.get("scope")), b));
  }

  /** {@code scope = "vu"}: a literal, one of {@link ResourceDecl#SCOPES}; {@code run} when absent. */
  private String scope(Attribute a) {
    if (a == null) {
      return "run";
    }
    String scope = a.expr() instanceof dev.burstgrid.compiler.syntax.Expr.Template t ? t.literalText() : null;
    if (scope == null || !ResourceDecl.SCOPES.contains(scope)) {
      diags.error("grid/invalid-scope", a.expr().range(), "Invalid resource scope",
          (scope == null ? "The scope must be a literal string." : "There is no scope \"" + scope + "\".")
              + (scope == null ? "" : DidYouMean.phrase(scope, ResourceDecl.SCOPES))
              + " A resource lives for the whole \"run\" (shared by every virtual user, the default), per"
              + " \"vu\" (one per virtual user, reused by its iterations) or per \"iteration\".");
      return "run";
    }
    return scope;
  }

  private void scenario(Block b) {
    if (!labels(b, 1, "scenario \"name\" { executor = \"constant-vus\" … }")) {
      return;
    }
    String name = b.labels().get(0).value();
    if (!unique("scenario:" + name, b, "scenario")) {
      return;
    }
    ScenarioDecl s = ScenarioBinder.bind(name, b, diags);
    if (s != null) {
      scenarios.put(name, s);
    }
  }

  private void threshold(Block b) {
    if (!labels(b, 1, "threshold \"name\" { condition = metric.… }")) {
      return;
    }
    String name = b.labels().get(0).value();
    Map<String, Attribute> attrs = THRESHOLD.check(b.body(), diags);
    if (!unique("threshold:" + name, b, "threshold")) {
      return;
    }
    Attribute condition = attrs.get("condition");
    if (condition == null) {
      diags.error("grid/missing-argument", b.headerRange(), "Missing required argument",
          "A threshold block needs condition = <expression over metric.*>, e.g."
              + " condition = metric.http_req_failed.rate < 0.01.");
      return;
    }
    thresholds.put(name, new ThresholdDecl(name, condition, Literals.bool(attrs.get("abort_on_fail"), diags), b));
  }

  private void step(Block b) {
    if (!labels(b, 2, "step \"runner_type\" \"name\" { arguments { … } }")) {
      return;
    }
    String type = b.labels().get(0).value();
    String name = b.labels().get(1).value();
    if (!unique("step:" + type + "." + name, b, "step")) {
      return;
    }
    RunnerSchema schema = catalog.runner(type);
    if (schema == null) {
      String hint = catalog.unusableRunner(type) != null
          ? " A module defines it, but it cannot be used: " + catalog.unusableRunner(type) + "."
          : catalog.asset(type) != null
          ? " \"" + type + "\" is an asset: declare it in a resource block and pass it with uses."
          : DidYouMean.phrase(type, catalog.runners().keySet());
      diags.error("grid/unknown-runner", b.labels().get(0).range(), "Unknown runner type",
          "There is no runner type \"" + type + "\"." + hint + known("runner", catalog.runners().keySet()));
    }
    steps.put(type + "." + name, StepBinder.bind(type, name, schema, b, diags));
  }

  private void output(Block b) {
    if (!labels(b, 1, "output \"name\" { value = … }")) {
      return;
    }
    String name = b.labels().get(0).value();
    Map<String, Attribute> attrs = OUTPUT.check(b.body(), diags);
    if (!unique("output:" + name, b, "output")) {
      return;
    }
    Attribute value = attrs.get("value");
    if (value == null) {
      diags.error("grid/missing-argument", b.headerRange(), "Missing required argument",
          "An output block needs value = <expression>.");
      return;
    }
    outputs.put(name, new OutputDecl(name, value.expr(),
        Literals.string(attrs.get("description"), diags), Literals.bool(attrs.get("sensitive"), diags), b));
  }

  private static String known(String kind, java.util.Collection<String> names) {
    return names.isEmpty()
        ? " No " + kind + " types are installed; add module jars with --modules."
        : " Known " + kind + " types: " + String.join(", ", names) + ". `bggoc modules` describes them.";
  }
}
