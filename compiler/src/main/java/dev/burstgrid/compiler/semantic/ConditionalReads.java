package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.ExprRewriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule {@code grid/conditional-output}: a step whose {@code if} may be false has no output then,
 * so a step reading that output must say what to do without it: read it inside {@code try(…)}
 * (or {@code can(…)}), or carry an {@code if} of its own.
 */
final class ConditionalReads {
  private ConditionalReads() {}

  static void check(Map<StepDecl, List<Ref>> stepRefs, Diagnostics diags) {
    for (Map.Entry<StepDecl, List<Ref>> e : stepRefs.entrySet()) {
      StepDecl reader = e.getKey();
      if (reader.controls().condition() != null) {
        continue;
      }
      List<Range> guarded = guardedRanges(reader);
      for (Ref ref : e.getValue()) {
        if (ref.target() instanceof Target.StepRef target && target.step().controls().condition() != null
            && target.step() != reader && !inside(ref.traversal().range(), guarded)) {
          diags.error("grid/conditional-output", ref.traversal().range(), "Output of a conditional step",
              target.step().address() + " has an if, so it may be skipped and have no output. Read it inside"
                  + " try(…, fallback), or give " + reader.address() + " an if of its own.");
        }
      }
    }
  }

  /** The ranges of every {@code try(…)} and {@code can(…)} call in the step's arguments and checks. */
  private static List<Range> guardedRanges(StepDecl step) {
    List<Range> ranges = new ArrayList<>();
    ExprRewriter finder = new ExprRewriter() {
      @Override
      protected Expr rewrite(Expr expr) {
        if (expr instanceof Expr.FunctionCall call && (call.name().equals("try") || call.name().equals("can"))) {
          ranges.add(call.range());
        }
        return expr;
      }
    };
    for (Attribute a : step.arguments().values()) {
      finder.apply(a.expr());
    }
    for (CheckDecl c : step.checks()) {
      finder.apply(c.condition().expr());
    }
    return ranges;
  }

  private static boolean inside(Range r, List<Range> guards) {
    for (Range g : guards) {
      if (g.file().equals(r.file()) && g.start().offset() <= r.start().offset()
          && r.end().offset() <= g.end().offset()) {
        return true;
      }
    }
    return false;
  }
}
