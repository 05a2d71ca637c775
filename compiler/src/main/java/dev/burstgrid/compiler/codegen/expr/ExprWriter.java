package dev.burstgrid.compiler.codegen.expr;

import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.CALLS;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.CONDITIONALS;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.CONSTS;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.FOR_EXPRS;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.FUNCTION;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.MARKS;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.OPERATORS;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.SPLATS;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.STRUCTURES;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.TEMPLATES;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.TRAVERSALS;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.VALUE;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.VALUE_ARRAY;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.burstgrid.compiler.plan.expr.PlanExpr;
import dev.burstgrid.compiler.plan.expr.TemplatePiece;
import dev.burstgrid.compiler.plan.expr.FreeKeys;
import dev.burstgrid.compiler.plan.expr.PlanOperator;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.Marks;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@link PlanExpr} as a Java expression of type {@code Value} that computes it with the
 * runtime's expression rules ({@code dev.burstgrid.lang.expr}), which are the compile time
 * evaluator's rules too. Failures throw {@code ExprException} naming the HCL location.
 *
 * <p>One writer serves one generated class: constants, function references and helper methods
 * accumulate as static members ({@link #fields()}, {@link #methods()}) that the grid writer adds to
 * the class ({@link #addMembersTo}). Big or deep expressions are split into helper methods whose
 * parameters are the roots and symbols the part reads, so no method nears 64 KB and javac never
 * meets deep nesting. Every string from the grid is an escaped literal. Lambda parameters are named
 * {@code k$n}, {@code v$n}, {@code it$n}: generated code around the expression must not use names
 * containing {@code $}.
 */
public final class ExprWriter {
  /** Java nesting allowed in one method before a sub-expression moves to a helper. */
  static final int MAX_DEPTH = 24;

  /** Expression nodes one method writes before sub-expressions move to helpers. */
  static final int MAX_NODES = 120;

  /** Arguments written in one list before they are built in groups by helper methods. */
  static final int GROUP = 64;

  private static final Set<String> FUNCTIONS = Functions.standard().keySet();

  private final StaticMembers members;
  private final ConstWriter consts;
  private final Map<String, String> functionFields = new HashMap<>();
  private int nextSymbol;

  /**
   * @param prefix starts the name of every static member this writer adds (for example {@code
   *     "hcl"}); the grid writer's own member names must not start with it
   */
  public ExprWriter(String prefix) {
    this.members = new StaticMembers(prefix);
    this.consts = new ConstWriter(members);
  }

  /** A Java expression of type Value computing {@code e}, reading roots through {@code env}. */
  public CodeBlock write(PlanExpr e, ExprEnv env) {
    return emit(e, topCtx(env));
  }

  /**
   * A Java expression of type String computing {@code e}, a template of text and interpolations
   * ({@code "${var.base_url}/item/${count.index + 1}"}), as plain string concatenation; null when
   * {@code e} is no such template.
   */
  public CodeBlock writeString(PlanExpr e, ExprEnv env) {
    return writeString(e, env, UnaryOperator.identity());
  }

  /**
   * As {@link #writeString(PlanExpr, ExprEnv)}; the string carries no mark, so each interpolated
   * value that may hold one first passes through {@code marked} (which may note its secret text).
   */
  public CodeBlock writeString(PlanExpr e, ExprEnv env, UnaryOperator<CodeBlock> marked) {
    return e instanceof PlanExpr.Template t && isConcatenation(t) ? concatenation(t, topCtx(env), marked) : null;
  }

  /** Whether {@code e}'s value may hold a sensitivity mark (see {@link #marksFree}). */
  public boolean mayHoldMarks(PlanExpr e, ExprEnv env) {
    return !marksFree(e, topCtx(env));
  }

  private static Ctx topCtx(ExprEnv env) {
    return new Ctx(key -> rootFromEnv(key, env), new HashMap<>(), env);
  }

  /**
   * What {@code e} reads from outside itself: {@code step:R.N}, {@code resource:T.N}, {@code var:x},
   * {@code local:x}, {@code count}, {@code each}.
   */
  public static Set<String> roots(PlanExpr e) {
    return FreeKeys.of(e);
  }

  /** A Java expression of type Value equal to the constant {@code v}. */
  public CodeBlock constant(Value v) {
    return consts.value(v);
  }

  /** A Java expression of type {@code dev.burstgrid.lang.value.Type} equal to {@code t}. */
  public CodeBlock type(Type t) {
    return typeCode(t);
  }

  /** A Java expression that builds the type {@code t}, e.g. {@code new Type.ListOf(Type.STRING)}. */
  public static CodeBlock typeCode(Type t) {
    return ConstWriter.type(t);
  }

  /** The static fields written so far (constants, function references). */
  public List<FieldSpec> fields() {
    return members.fields();
  }

  /** The static helper methods written so far. */
  public List<MethodSpec> methods() {
    return members.methods();
  }

  StaticMembers members() {
    return members;
  }

  /** Adds every static member written so far to {@code type}. */
  public void addMembersTo(TypeSpec.Builder type) {
    members.addTo(type);
  }

  private static CodeBlock rootFromEnv(String key, ExprEnv env) {
    int colon = key.indexOf(':');
    String kind = colon < 0 ? key : key.substring(0, colon);
    String name = colon < 0 ? null : key.substring(colon + 1);
    switch (kind) {
      case "step":
        return env.step(name);
      case "resource":
        return env.resource(name);
      case "var":
        return env.var(name);
      case "local":
        return env.local(name);
      case "count":
        return env.count();
      case "each":
        return env.each();
      case "iteration":
        return env.iteration(name);
      case "self":
        return env.self();
      default:
        throw new IllegalArgumentException("unknown root " + key);
    }
  }

  /** Where code is being written: how to reach roots and symbols, and the budget left. */
  private static final class Ctx {
    final java.util.function.Function<String, CodeBlock> roots;
    final Map<String, String> symbols;
    /** The grid's roots, for typed reads; null inside helper methods, which get values. */
    final ExprEnv env;
    int nodes;
    int depth;

    Ctx(java.util.function.Function<String, CodeBlock> roots, Map<String, String> symbols, ExprEnv env) {
      this.roots = roots;
      this.symbols = symbols;
      this.env = env;
    }

    CodeBlock key(String key) {
      if (key.startsWith(FreeKeys.SYMBOL)) {
        return CodeBlock.of("$N", symbol(key.substring(FreeKeys.SYMBOL.length())));
      }
      return roots.apply(key);
    }

    String symbol(String name) {
      String java = symbols.get(name);
      if (java == null) {
        throw new IllegalArgumentException("unbound symbol " + name);
      }
      return java;
    }
  }

  private CodeBlock emit(PlanExpr e, Ctx ctx) {
    if (ctx.env != null) {
      CodeBlock typed = typed(e, ctx);
      if (typed != null) {
        return typed;
      }
    }
    boolean leaf =
        e instanceof PlanExpr.Const
            || e instanceof PlanExpr.Symbol
            || e instanceof PlanExpr.Invalid
            || isRoot(e);
    if (!leaf && (ctx.depth >= MAX_DEPTH || ctx.nodes >= MAX_NODES)) {
      return hoist(e, ctx);
    }
    if (FreeKeys.spineChild(e) != null) {
      return spine(e, ctx);
    }
    ctx.depth++;
    ctx.nodes++;
    try {
      return node(e, ctx);
    } finally {
      ctx.depth--;
    }
  }

  /**
   * A chain of operators or attribute/index steps: written from the innermost part outward while
   * this method's budget lasts; the rest of the chain moves to a helper method (which continues the
   * same way), so long chains need neither deep Java nesting nor a deep stack.
   */
  private CodeBlock spine(PlanExpr e, Ctx ctx) {
    java.util.ArrayDeque<PlanExpr> steps = new java.util.ArrayDeque<>();
    PlanExpr inner = e;
    int room = Math.min(MAX_DEPTH - ctx.depth, MAX_NODES - ctx.nodes);
    while (FreeKeys.spineChild(inner) != null && steps.size() < Math.max(room, 1) && !hasTypedForm(inner, ctx)) {
      steps.push(inner);
      inner = FreeKeys.spineChild(inner);
    }
    int depth = ctx.depth;
    ctx.depth += steps.size();
    CodeBlock acc;
    try {
      acc = FreeKeys.spineChild(inner) != null && !hasTypedForm(inner, ctx) ? hoist(inner, ctx) : emit(inner, ctx);
    } finally {
      ctx.depth = depth;
    }
    ctx.depth += steps.size();
    try {
      while (!steps.isEmpty()) {
        PlanExpr step = steps.pop();
        ctx.depth--;
        ctx.nodes++;
        acc = spineStep(step, acc, ctx);
      }
    } finally {
      ctx.depth = depth;
    }
    return acc;
  }

  private CodeBlock spineStep(PlanExpr step, CodeBlock inner, Ctx ctx) {
    if (step instanceof PlanExpr.GetAttr g) {
      return CodeBlock.of("$T.attr($L, $L, $L)", TRAVERSALS, inner, lit(g.name()), at(g));
    }
    if (step instanceof PlanExpr.Index i) {
      return CodeBlock.of("$T.index($L, $L, $L)", TRAVERSALS, inner, emit(i.key(), ctx), at(i));
    }
    return binary((PlanExpr.Binary) step, inner, ctx);
  }

  private static boolean isRoot(PlanExpr e) {
    return e instanceof PlanExpr.StepRoot
        || e instanceof PlanExpr.ResourceRoot
        || e instanceof PlanExpr.VarRoot
        || e instanceof PlanExpr.LocalRoot
        || e instanceof PlanExpr.CountRoot
        || e instanceof PlanExpr.EachRoot
        || e instanceof PlanExpr.IterationRoot
        || e instanceof PlanExpr.SelfRoot;
  }

  /** Moves {@code e} into a new helper method taking what it reads as parameters. */
  private CodeBlock hoist(PlanExpr e, Ctx ctx) {
    List<CodeBlock> args = new ArrayList<>();
    MethodSpec.Builder m = helper("expr", VALUE, FreeKeys.of(e), ctx, args);
    Ctx inner = helperCtx(m);
    m.addStatement("return $L", FreeKeys.spineChild(e) != null ? spine(e, inner) : node(e, inner));
    return call(m, args);
  }

  /** {@code items} as a varargs list: inline when few, else arrays built by helpers. */
  private CodeBlock items(List<PlanExpr> items, Ctx ctx) {
    if (items.size() <= GROUP) {
      List<CodeBlock> codes = new ArrayList<>();
      for (PlanExpr x : items) {
        codes.add(emit(x, ctx));
      }
      return CodeBlock.join(codes, ", ");
    }
    List<CodeBlock> groups = new ArrayList<>();
    for (int from = 0; from < items.size(); from += GROUP) {
      List<PlanExpr> group = items.subList(from, Math.min(items.size(), from + GROUP));
      List<CodeBlock> args = new ArrayList<>();
      MethodSpec.Builder m = helper("exprs", VALUE_ARRAY, FreeKeys.ofAll(group), ctx, args);
      Ctx inner = helperCtx(m);
      List<CodeBlock> codes = new ArrayList<>();
      for (PlanExpr x : group) {
        codes.add(emit(x, inner));
      }
      m.addStatement("return new $T[] {$L}", VALUE, CodeBlock.join(codes, ", "));
      groups.add(call(m, args));
    }
    return CodeBlock.of("$T.concat($L)", CONSTS, CodeBlock.join(groups, ", "));
  }

  /** Parameter names of helper methods, keyed back to what they stand for. */
  private final Map<MethodSpec.Builder, Map<String, String>> helperParams = new HashMap<>();

  private MethodSpec.Builder helper(
      String kind,
      com.palantir.javapoet.TypeName returns,
      Set<String> keys,
      Ctx outer,
      List<CodeBlock> args) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(members.newName(kind))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(returns);
    Map<String, String> params = new HashMap<>();
    int i = 0;
    for (String key : keys) {
      String p = "p" + i++;
      m.addParameter(VALUE, p);
      params.put(key, p);
      args.add(outer.key(key));
    }
    helperParams.put(m, params);
    return m;
  }

  private Ctx helperCtx(MethodSpec.Builder m) {
    Map<String, String> params = helperParams.get(m);
    Map<String, String> symbols = new HashMap<>();
    params.forEach(
        (key, p) -> {
          if (key.startsWith(FreeKeys.SYMBOL)) {
            symbols.put(key.substring(FreeKeys.SYMBOL.length()), p);
          }
        });
    return new Ctx(
        key -> {
          String p = params.get(key);
          if (p == null) {
            throw new IllegalStateException("helper lacks parameter for " + key);
          }
          return CodeBlock.of("$N", p);
        },
        symbols,
        null);
  }

  private CodeBlock call(MethodSpec.Builder m, List<CodeBlock> args) {
    helperParams.remove(m);
    MethodSpec spec = m.build();
    members.add(spec);
    return CodeBlock.of("$N($L)", spec.name(), CodeBlock.join(args, ", "));
  }

  /** The HCL location of {@code e} as a Java string literal. */
  private static CodeBlock at(PlanExpr e) {
    return lit(e.range().gridLocation());
  }

  private static CodeBlock lit(String s) {
    return JavaLiterals.string(s);
  }

  private CodeBlock node(PlanExpr e, Ctx ctx) {
    if (e instanceof PlanExpr.Const c) {
      return consts.value(c.value());
    }
    if (isRoot(e)) {
      return ctx.key(FreeKeys.of(e).iterator().next());
    }
    if (e instanceof PlanExpr.Symbol s) {
      return CodeBlock.of("$N", ctx.symbol(s.name()));
    }
    if (e instanceof PlanExpr.Invalid i) {
      return CodeBlock.of("$T.fail($L, $L, $L)", CALLS, lit(i.summary()), lit(i.detail()), at(e));
    }
    if (e instanceof PlanExpr.Template t) {
      if (isConcatenation(t) && marksFree(t, ctx)) {
        return CodeBlock.of("$T.string($L)", VALUE, concatenation(t, ctx, UnaryOperator.identity()));
      }
      if (isConcatenation(t)) {
        return valueConcatenation(t, ctx);
      }
      if (marksFree(t, ctx)) {
        return CodeBlock.of("$T.value($L)", TEMPLATES, pieces(t.parts(), ctx));
      }
      // Directives render to Java strings, which carry no marks: the result is sensitive when
      // anything the template reads holds a mark.
      List<CodeBlock> reads = new ArrayList<>();
      for (String key : FreeKeys.of(t)) {
        reads.add(ctx.key(key));
      }
      return CodeBlock.of("$T.carry($T.value($L), $T.tuple($L))", MARKS, TEMPLATES, pieces(t.parts(), ctx),
          STRUCTURES, CodeBlock.join(reads, ", "));
    }

    if (e instanceof PlanExpr.Splat s) {
      CodeBlock source = emit(s.source(), ctx);
      String item = fresh("it");
      CodeBlock each = bound(ctx, s.item(), item, null, null, () -> emit(s.each(), ctx));
      return CodeBlock.of("$T.apply($L, $N -> $L)", SPLATS, source, item, each);
    }
    if (e instanceof PlanExpr.Call c) {
      return call(c, ctx);
    }
    if (e instanceof PlanExpr.Conditional c) {
      return CodeBlock.of(
          "$T.choose($L, () -> $L, () -> $L, $L)",
          CONDITIONALS,
          emit(c.condition(), ctx),
          emit(c.whenTrue(), ctx),
          emit(c.whenFalse(), ctx),
          at(e));
    }

    if (e instanceof PlanExpr.Unary u) {
      String op = u.op() == PlanOperator.NOT ? "not" : "negate";
      return CodeBlock.of("$T.$L($L, $L)", OPERATORS, op, emit(u.operand(), ctx), at(e));
    }
    if (e instanceof PlanExpr.Tuple t) {
      return CodeBlock.of("$T.tuple($L)", STRUCTURES, items(t.items(), ctx));
    }
    if (e instanceof PlanExpr.ObjectCons o) {
      List<PlanExpr> flat = new ArrayList<>();
      for (PlanExpr.Item item : o.items()) {
        flat.add(item.key());
        flat.add(item.value());
      }
      CodeBlock args = flat.isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", items(flat, ctx));
      return CodeBlock.of("$T.object($L$L)", STRUCTURES, at(e), args);
    }
    if (e instanceof PlanExpr.For f) {
      return forExpr(f, ctx);
    }
    throw new IllegalStateException("unhandled node " + e.getClass().getSimpleName());
  }

  private String fresh(String base) {
    return base + "$" + nextSymbol++;
  }

  /** Runs {@code body} with HCL names bound to Java lambda parameters. */
  private static CodeBlock bound(
      Ctx ctx,
      String name1,
      String java1,
      String name2,
      String java2,
      java.util.function.Supplier<CodeBlock> body) {
    Map<String, String> saved = new HashMap<>(ctx.symbols);
    if (name1 != null) {
      ctx.symbols.put(name1, java1);
    }
    if (name2 != null) {
      ctx.symbols.put(name2, java2);
    }
    try {
      return body.get();
    } finally {
      ctx.symbols.clear();
      ctx.symbols.putAll(saved);
    }
  }

  private CodeBlock call(PlanExpr.Call c, Ctx ctx) {
    if (c.name().equals("try")) {
      List<CodeBlock> alts = new ArrayList<>();
      for (PlanExpr a : c.args()) {
        alts.add(CodeBlock.of("() -> $L", emit(a, ctx)));
      }
      return CodeBlock.of("$T.tryEach($L, $L)", CALLS, at(c), CodeBlock.join(alts, ", "));
    }
    if (c.name().equals("can") && c.args().size() == 1) {
      return CodeBlock.of("$T.can(() -> $L)", CALLS, emit(c.args().get(0), ctx));
    }
    if (!FUNCTIONS.contains(c.name())) {
      return CodeBlock.of(
          "$T.fail($L, $L, $L)",
          CALLS,
          lit("Call to unknown function"),
          lit("There is no function named \"" + c.name() + "\"."),
          at(c));
    }
    String field = function(c.name());
    String method = c.expandFinal() ? "callExpanding" : "call";
    CodeBlock args =
        c.args().isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", items(c.args(), ctx));
    return CodeBlock.of("$T.$L($N, $L$L)", CALLS, method, field, at(c), args);
  }

  /** The static field holding function {@code name}: {@code F_UPPER = Calls.function("upper")}. */
  private String function(String name) {
    if (!FUNCTIONS.contains(name)) {
      throw new IllegalArgumentException("unknown function " + name);
    }
    return functionFields.computeIfAbsent(
        name,
        n -> {
          String field =
              members.prefixed(
                  "F_" + n.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
          members.add(
              FieldSpec.builder(FUNCTION, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                  .initializer("$T.function($L)", CALLS, lit(n))
                  .build());
          return field;
        });
  }

  /** {@code left op right}, the left operand already written. */
  private CodeBlock binary(PlanExpr.Binary b, CodeBlock left, Ctx ctx) {
    if (b.op() == PlanOperator.AND || b.op() == PlanOperator.OR) {
      String op = b.op() == PlanOperator.AND ? "and" : "or";
      return CodeBlock.of(
          "$T.$L(() -> $L, () -> $L, $L)", OPERATORS, op, left, emit(b.right(), ctx), at(b));
    }
    CodeBlock right = emit(b.right(), ctx);
    if (b.op() == PlanOperator.EQUAL || b.op() == PlanOperator.NOT_EQUAL) {
      String op = b.op() == PlanOperator.EQUAL ? "equal" : "notEqual";
      return CodeBlock.of("$T.$L($L, $L)", OPERATORS, op, left, right);
    }
    return CodeBlock.of("$T.$L($L, $L, $L)", OPERATORS, operatorMethod(b.op()), left, right, at(b));
  }

  private static String operatorMethod(PlanOperator op) {
    switch (op) {
      case ADD:
        return "add";
      case SUBTRACT:
        return "subtract";
      case MULTIPLY:
        return "multiply";
      case DIVIDE:
        return "divide";
      case MODULO:
        return "modulo";
      case LESS:
        return "lessThan";
      case LESS_OR_EQUAL:
        return "lessThanOrEqual";
      case GREATER:
        return "greaterThan";
      case GREATER_OR_EQUAL:
        return "greaterThanOrEqual";
      default:
        throw new IllegalArgumentException("not an arithmetic or comparison operator: " + op);
    }
  }

  private CodeBlock forExpr(PlanExpr.For f, Ctx ctx) {
    CodeBlock coll = emit(f.collection(), ctx);
    CodeBlock filter =
        f.condition() == null ? CodeBlock.of("null") : lambda2(f, f.condition(), ctx);
    CodeBlock value = lambda2(f, f.valueExpr(), ctx);
    if (f.keyExpr() == null) {
      return CodeBlock.of("$T.tuple($L, $L, $L, $L)", FOR_EXPRS, coll, at(f), value, filter);
    }
    CodeBlock key = lambda2(f, f.keyExpr(), ctx);
    return CodeBlock.of(
        "$T.object($L, $L, $L, $L, $L, $L)",
        FOR_EXPRS,
        coll,
        at(f),
        key,
        value,
        filter,
        f.grouping());
  }

  /** {@code (k$n, v$m) -> body} with the for's names bound. */
  private CodeBlock lambda2(PlanExpr.For f, PlanExpr body, Ctx ctx) {
    String k = fresh("k");
    String v = fresh("v");
    CodeBlock code = bound(ctx, f.keyVar(), k, f.valueVar(), v, () -> emit(body, ctx));
    return CodeBlock.of("($N, $N) -> $L", k, v, code);
  }

  /**
   * Template pieces as a Java String expression (null when not known); many pieces are joined in
   * groups written by helper methods.
   */
  private CodeBlock pieces(List<TemplatePiece> pieces, Ctx ctx) {
    if (pieces.size() == 1 && pieces.get(0) instanceof TemplatePiece.Text) {
      return piece(pieces.get(0), ctx);
    }
    List<CodeBlock> codes = new ArrayList<>();
    if (pieces.size() <= GROUP) {
      for (TemplatePiece p : pieces) {
        codes.add(piece(p, ctx));
      }
    } else {
      for (int from = 0; from < pieces.size(); from += GROUP) {
        List<TemplatePiece> group = pieces.subList(from, Math.min(pieces.size(), from + GROUP));
        List<CodeBlock> args = new ArrayList<>();
        MethodSpec.Builder m =
            helper("text", ClassName.get(String.class), FreeKeys.ofPieces(group), ctx, args);
        Ctx inner = helperCtx(m);
        m.addStatement("return $L", pieces(group, inner));
        codes.add(call(m, args));
      }
    }
    return CodeBlock.of("$T.join($L)", TEMPLATES, CodeBlock.join(codes, ", "));
  }

  private CodeBlock piece(TemplatePiece p, Ctx ctx) {
    if (p instanceof TemplatePiece.Text t) {
      return lit(t.text());
    }
    if (p instanceof TemplatePiece.Interpolation i) {
      return CodeBlock.of("$T.interpolate($L, $L)", TEMPLATES, emit(i.expr(), ctx), at(i.expr()));
    }
    if (p instanceof TemplatePiece.If i) {
      return CodeBlock.of(
          "$T.ifElse($L, $L, () -> $L, () -> $L)",
          TEMPLATES,
          emit(i.condition(), ctx),
          at(i.condition()),
          pieces(i.whenTrue(), ctx),
          pieces(i.whenFalse(), ctx));
    }
    TemplatePiece.For f = (TemplatePiece.For) p;
    CodeBlock coll = emit(f.collection(), ctx);
    String k = fresh("k");
    String v = fresh("v");
    CodeBlock body = bound(ctx, f.keyVar(), k, f.valueVar(), v, () -> pieces(f.body(), ctx));
    return CodeBlock.of(
        "$T.forEach($L, $L, ($N, $N) -> $L)", TEMPLATES, coll, at(f.collection()), k, v, body);
  }

  // Value.number((long) countIndex + 1L) · Value.string(eachKey) · GridValues.of(httpRequestFirst.join().statusCode())
  /** A faster, typed form of {@code e} where the grid's roots allow one, else null. */
  private CodeBlock typed(PlanExpr e, Ctx ctx) {
    return typedForm(e, ctx.env, key -> emit(key, ctx));
  }

  /**
   * Whether {@link #typed} writes {@code e}; asked before a chain is split into steps, so that a
   * typed part of it ({@code count.index} in {@code count.index * var.n}) is written whole. It
   * writes nothing: index keys stand in as a placeholder.
   */
  private static boolean hasTypedForm(PlanExpr e, Ctx ctx) {
    return ctx.env != null && typedForm(e, ctx.env, key -> CodeBlock.of("index")) != null;
  }

  /** The typed form of {@code e}, writing the index keys it reads with {@code keys}; else null. */
  private static CodeBlock typedForm(PlanExpr e, ExprEnv env, java.util.function.Function<PlanExpr, CodeBlock> keys) {
    CodeBlock number = IntegerArithmetic.write(e, env.countIndex());
    if (number != null) {
      return CodeBlock.of("$T.number($L)", VALUE, number);
    }
    if (e instanceof PlanExpr.GetAttr g) {
      if (g.target() instanceof PlanExpr.EachRoot) {
        return env.eachAttribute(g.name());
      }
      if (g.name().equals("output")) {
        CodeBlock whole = stepOutput(g.target(), null, env, keys);
        if (whole != null) {
          return whole;
        }
      }
      if (g.target() instanceof PlanExpr.GetAttr output && output.name().equals("output")) {
        return stepOutput(output.target(), g.name(), env, keys);
      }
      return null;
    }
    if (e instanceof PlanExpr.Index i && i.target() instanceof PlanExpr.StepRoot s) {
      return env.stepInstance(s.stepKey(), keys.apply(i.key()));
    }
    return null;
  }

  /** {@code step.R.N.output[.field]} or {@code step.R.N[i].output[.field]} read from the record. */
  private static CodeBlock stepOutput(PlanExpr step, String field, ExprEnv env,
      java.util.function.Function<PlanExpr, CodeBlock> keys) {
    if (step instanceof PlanExpr.StepRoot s) {
      return env.stepOutput(s.stepKey(), null, field);
    }
    if (step instanceof PlanExpr.Index i && i.target() instanceof PlanExpr.StepRoot s) {
      return env.stepOutput(s.stepKey(), keys.apply(i.key()), field);
    }
    return null;
  }

  /** Whether the template is text and interpolations only, few enough for one expression. */
  private static boolean isConcatenation(PlanExpr.Template t) {
    if (t.parts().size() > GROUP) {
      return false;
    }
    for (TemplatePiece p : t.parts()) {
      if (!(p instanceof TemplatePiece.Text) && !(p instanceof TemplatePiece.Interpolation)) {
        return false;
      }
    }
    return true;
  }

  // "/item/" + Long.toString((long) countIndex + 1L) · Templates.interpolate(<value>, "grid.hcl:3:9")
  private CodeBlock concatenation(PlanExpr.Template t, Ctx ctx, UnaryOperator<CodeBlock> marked) {
    List<CodeBlock> codes = new ArrayList<>();
    for (TemplatePiece p : t.parts()) {
      if (p instanceof TemplatePiece.Text text) {
        codes.add(lit(text.text()));
        continue;
      }
      PlanExpr x = ((TemplatePiece.Interpolation) p).expr();
      String text = x instanceof PlanExpr.Const c ? constantText(c.value()) : null;
      if (text != null) {
        codes.add(lit(text));
        continue;
      }
      CodeBlock number = ctx.env == null ? null : IntegerArithmetic.write(x, ctx.env.countIndex());
      codes.add(number != null ? CodeBlock.of("$T.toString($L)", Long.class, number)
          : CodeBlock.of("$T.interpolate($L, $L)", TEMPLATES,
              marksFree(x, ctx) ? emit(x, ctx) : marked.apply(emit(x, ctx)), at(x)));
    }
    return CodeBlock.join(codes, " + ");
  }

  /**
   * Whether {@code e} can hold no sensitivity mark, so a template over it may be built as a plain
   * Java string: it reads only constants, non-sensitive variables, {@code count}, {@code each} and
   * who runs the iteration, through operators and functions other than {@code sensitive}. Locals,
   * steps and bound names may carry marks.
   */
  private static boolean marksFree(PlanExpr e, Ctx ctx) {
    if (e instanceof PlanExpr.Const c) {
      return !Marks.containsMark(c.value());
    }
    if (e instanceof PlanExpr.VarRoot v) {
      return ctx.env != null && !ctx.env.isSensitiveVariable(v.name());
    }
    if (e instanceof PlanExpr.CountRoot || e instanceof PlanExpr.EachRoot || e instanceof PlanExpr.IterationRoot) {
      return true;
    }
    if (e instanceof PlanExpr.Template t) {
      return t.parts().stream().allMatch(p -> marksFree(p, ctx));
    }
    if (e instanceof PlanExpr.GetAttr g) {
      return marksFree(g.target(), ctx);
    }
    if (e instanceof PlanExpr.Index i) {
      return marksFree(i.target(), ctx) && marksFree(i.key(), ctx);
    }
    if (e instanceof PlanExpr.Binary b) {
      return marksFree(b.left(), ctx) && marksFree(b.right(), ctx);
    }
    if (e instanceof PlanExpr.Unary u) {
      return marksFree(u.operand(), ctx);
    }
    if (e instanceof PlanExpr.Conditional c) {
      return marksFree(c.condition(), ctx) && marksFree(c.whenTrue(), ctx) && marksFree(c.whenFalse(), ctx);
    }
    if (e instanceof PlanExpr.Call c) {
      return !c.name().equals("sensitive") && c.args().stream().allMatch(a -> marksFree(a, ctx));
    }
    if (e instanceof PlanExpr.Tuple t) {
      return t.items().stream().allMatch(item -> marksFree(item, ctx));
    }
    if (e instanceof PlanExpr.ObjectCons o) {
      return o.items().stream().allMatch(item -> marksFree(item.key(), ctx) && marksFree(item.value(), ctx));
    }
    return false;
  }

  private static boolean marksFree(TemplatePiece p, Ctx ctx) {
    if (p instanceof TemplatePiece.Text) {
      return true;
    }
    if (p instanceof TemplatePiece.Interpolation i) {
      return marksFree(i.expr(), ctx);
    }
    return false; // directives bind names, which marksFree does not follow
  }

  // Templates.concat(Value.string("Bearer "), Templates.interpolateValue(<value>, "grid.hcl:3:9"))
  /** A template of text and interpolations as a string value that keeps the interpolations' marks. */
  private CodeBlock valueConcatenation(PlanExpr.Template t, Ctx ctx) {
    List<CodeBlock> codes = new ArrayList<>();
    for (TemplatePiece p : t.parts()) {
      if (p instanceof TemplatePiece.Text text) {
        codes.add(CodeBlock.of("$T.string($L)", VALUE, lit(text.text())));
        continue;
      }
      PlanExpr x = ((TemplatePiece.Interpolation) p).expr();
      String text = x instanceof PlanExpr.Const c ? constantText(c.value()) : null;
      if (text != null) {
        codes.add(CodeBlock.of("$T.string($L)", VALUE, lit(text)));
        continue;
      }
      CodeBlock number = ctx.env == null ? null : IntegerArithmetic.write(x, ctx.env.countIndex());
      codes.add(number != null ? CodeBlock.of("$T.string($T.toString($L))", VALUE, Long.class, number)
          : CodeBlock.of("$T.interpolateValue($L, $L)", TEMPLATES, emit(x, ctx), at(x)));
    }
    return CodeBlock.of("$T.concat($L)", TEMPLATES, CodeBlock.join(codes, ", "));
  }

  /** A constant's text in a template, as the run would compute it; null when it has none (a collection, null). */
  private static String constantText(Value v) {
    if (!(v instanceof Value.Str || v instanceof Value.Num || v instanceof Value.Bool)) {
      return null;
    }
    try {
      return dev.burstgrid.lang.expr.Templates.interpolate(v, "");
    } catch (RuntimeException e) {
      return null;
    }
  }
}
