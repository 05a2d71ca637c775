package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.diag.DidYouMean;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.value.Durations;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a step's execution controls: {@code if}, {@code timeout}, {@code retry { … }}, {@code
 * delay_before}, {@code delay_after}, {@code on_failure} and {@code concurrency}. All but
 * {@code if} are literals, checked here, so a run never starts with a control it cannot apply.
 */
final class StepControlsBinder {
  /** The meta-arguments this binder reads, for the step block's shape. */
  static final Set<String> ATTRIBUTES =
      Set.of("if", "timeout", "delay_before", "delay_after", "on_failure", "concurrency", "depends_on_any", "cache", "cache_dir");

  private static final BodyShape RETRY = new BodyShape("a retry block",
      Set.of("attempts", "delay", "backoff", "max_delay", "jitter", "on"), Set.of());
  private static final List<String> ON_FAILURE = List.of("stop", "continue");
  private static final List<String> BACKOFF = List.of("constant", "exponential");
  private static final Duration DEFAULT_MAX_DELAY = Duration.ofMinutes(5);

  private StepControlsBinder() {}

  static StepControlsDecl bind(Block step, Map<String, Attribute> attrs, boolean group, Diagnostics diags) {
    Attribute condition = attrs.get("if");
    if (condition != null && (condition.expr() instanceof Expr.Template t && t.literalText() != null
        || condition.expr() instanceof Expr.NumberLiteral)) {
      diags.error("grid/if-not-bool", condition.expr().range(), "Invalid if",
          "if takes a bool expression, such as if = var.enabled or if = step.cmd.probe.output.exit_code == 0;"
              + " a string or number is not a condition.");
    }
    Integer concurrency = concurrency(attrs.get("concurrency"), group, diags);
    boolean cache = Literals.bool(attrs.get("cache"), diags);
    return new StepControlsDecl(condition, duration(attrs.get("timeout"), true, diags), retry(step, diags),
        duration(attrs.get("delay_before"), false, diags), duration(attrs.get("delay_after"), false, diags),
        onFailure(attrs.get("on_failure"), diags), concurrency, cache, cacheDir(attrs.get("cache_dir"), cache, diags), race(attrs.get("depends_on_any"), diags));
  }

  // cache_dir = ".bggo-cache": relative to the grid's directory
  private static String cacheDir(Attribute a, boolean cache, Diagnostics diags) {
    if (a == null) {
      return null;
    }
    String dir = Literals.string(a, diags);
    if (!cache) {
      diags.error("grid/cache-dir", a.nameRange(), "cache_dir without cache",
          "cache_dir says where the outputs of a cached step are kept across runs; add cache = true, or remove it.");
    } else if (dir.isBlank()) {
      diags.error("grid/cache-dir", a.expr().range(), "Invalid cache_dir",
          "cache_dir names a directory, relative to the grid's directory, such as cache_dir = \".bggo-cache\".");
    }
    return dir.isBlank() ? null : dir;
  }

  // depends_on_any = [step.http_request.fast, step.http_request.slow]
  private static List<DependsOn> race(Attribute a, Diagnostics diags) {
    List<DependsOn> race = StepBinder.dependsOn(a, "depends_on_any", diags);
    if (a != null && a.expr() instanceof Expr.Tuple t && t.items().size() < 2) {
      diags.error("grid/depends-on-any", a.expr().range(), "Invalid depends_on_any",
          "depends_on_any races two or more steps, and the step starts when the first of them succeeds:"
              + " depends_on_any = [step.http_request.fast, step.http_request.slow]. For one step, use depends_on.");
    }
    return race;
  }

  private static StepControlsDecl.RetryDecl retry(Block step, Diagnostics diags) {
    List<Block> blocks = BodyShape.blocksOfType(step.body(), "retry");
    if (blocks.isEmpty()) {
      return null;
    }
    for (int i = 1; i < blocks.size(); i++) {
      diags.error("grid/duplicate-block", blocks.get(i).typeRange(), "Duplicate retry block",
          "A step takes one retry block; merge them.");
    }
    Block b = blocks.get(0);
    if (!b.labels().isEmpty()) {
      diags.error("grid/block-labels", b.headerRange(), "Extraneous label for retry",
          "A retry block takes no labels: write retry { attempts = 3 }.");
    }
    Map<String, Attribute> attrs = RETRY.check(b.body(), diags);
    Attribute attempts = attrs.get("attempts");
    if (attempts == null) {
      diags.error("grid/retry-attempts", b.headerRange(), "Missing attempts",
          "A retry block needs attempts = N, the number of runs in all (at least 2 to retry at all),"
              + " e.g. retry { attempts = 3, delay = \"200ms\" }.");
      return null;
    }
    Integer n = wholeNumber(attempts, 1, diags);
    Duration delay = duration(attrs.get("delay"), false, diags);
    Duration maxDelay = duration(attrs.get("max_delay"), true, diags);
    String backoff = choice(attrs.get("backoff"), BACKOFF, "constant", diags);
    boolean jitter = Literals.bool(attrs.get("jitter"), diags);
    return n == null ? null : new StepControlsDecl.RetryDecl(n, delay == null ? Duration.ZERO : delay,
        backoff.equals("exponential"), maxDelay == null ? DEFAULT_MAX_DELAY : maxDelay, jitter, attrs.get("on"));
  }

  private static boolean onFailure(Attribute a, Diagnostics diags) {
    return choice(a, ON_FAILURE, "stop", diags).equals("continue");
  }

  private static String choice(Attribute a, List<String> allowed, String absent, Diagnostics diags) {
    if (a == null) {
      return absent;
    }
    String given = Literals.string(a, diags);
    if (allowed.contains(given)) {
      return given;
    }
    if (a.expr() instanceof Expr.Template t && t.literalText() != null) {
      diags.error("grid/invalid-choice", a.expr().range(), "Invalid " + a.name(),
          "\"" + given + "\" is not a value of " + a.name() + "." + DidYouMean.phrase(given, allowed)
              + " It takes \"" + String.join("\" or \"", allowed) + "\".");
    }
    return absent;
  }

  private static Integer concurrency(Attribute a, boolean group, Diagnostics diags) {
    if (a == null) {
      return null;
    }
    if (!group) {
      diags.error("grid/concurrency-single", a.nameRange(), "concurrency needs a group",
          "concurrency limits how many instances of a count or for_each group run at once; this step has"
              + " one instance. Add count or for_each, or remove concurrency (bggoc run --max-concurrency N"
              + " limits the whole run).");
      return null;
    }
    return wholeNumber(a, 1, diags);
  }

  private static Integer wholeNumber(Attribute a, int min, Diagnostics diags) {
    if (a.expr() instanceof Expr.NumberLiteral n && isWhole(n.value()) && n.value().compareTo(BigDecimal.valueOf(min)) >= 0
        && n.value().compareTo(BigDecimal.valueOf(1_000_000)) <= 0) {
      return n.value().intValueExact();
    }
    diags.error("grid/invalid-number", a.expr().range(), "Invalid " + a.name(),
        a.name() + " must be a whole number from " + min + " to 1000000, written as a literal such as "
            + a.name() + " = 3.");
    return null;
  }

  private static boolean isWhole(BigDecimal n) {
    return n.stripTrailingZeros().scale() <= 0;
  }

  /** A literal duration such as "5s"; {@code positive}: zero is refused too. */
  private static Duration duration(Attribute a, boolean positive, Diagnostics diags) {
    if (a == null) {
      return null;
    }
    if (!(a.expr() instanceof Expr.Template t && t.literalText() != null)) {
      diags.error("grid/literal-required", a.expr().range(), "Invalid " + a.name(),
          a.name() + " is a duration written as a quoted literal, such as " + a.name() + " = \"5s\".");
      return null;
    }
    try {
      Duration d = Durations.parse(t.literalText());
      if (d.isNegative() || positive && d.isZero()) {
        throw new IllegalArgumentException(a.name() + " must be " + (positive ? "more than zero" : "zero or more"));
      }
      return d;
    } catch (IllegalArgumentException e) {
      diags.error("grid/invalid-duration", a.expr().range(), "Invalid " + a.name(),
          e.getMessage() + ". Write a duration such as \"500ms\", \"5s\" or \"1m30s\".");
      return null;
    }
  }
}
