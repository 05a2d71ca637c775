package dev.burstgrid.compiler.plan.expr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.HclParser;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.Value;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExprLoweringTest {
  private static final Evaluator EVALUATOR = new Evaluator(Functions.standard());

  static Expr parse(String source) {
    Diagnostics d = new Diagnostics();
    Expr e = HclParser.parseExpression(SourceFile.of("t.hcl", source), d);
    assertThat(d.hasErrors()).as(d.toString()).isFalse();
    return e;
  }

  private static PlanExpr lower(String source) {
    return ExprLowering.lower(parse(source), EVALUATOR);
  }

  @Test
  void resolvesRoots() {
    assertThat(lower("step.http.first"))
        .isInstanceOf(PlanExpr.StepRoot.class)
        .extracting(n -> ((PlanExpr.StepRoot) n).stepKey())
        .isEqualTo("http.first");
    assertThat(((PlanExpr.ResourceRoot) lower("resource.http_client.shared")).key())
        .isEqualTo("http_client.shared");
    assertThat(lower("var.base")).isInstanceOf(PlanExpr.VarRoot.class);
    assertThat(lower("local.n")).isInstanceOf(PlanExpr.LocalRoot.class);
    PlanExpr idx = lower("count.index");
    assertThat(idx).isInstanceOf(PlanExpr.GetAttr.class);
    assertThat(((PlanExpr.GetAttr) idx).target()).isInstanceOf(PlanExpr.CountRoot.class);
    PlanExpr out = lower("step.http.first.output.status");
    assertThat(((PlanExpr.GetAttr) ((PlanExpr.GetAttr) out).target()).target())
        .isInstanceOf(PlanExpr.StepRoot.class);
  }

  @Test
  void foldsConstantParts() {
    PlanExpr e = lower("\"${upper(\"a\")}-${var.x}\" ");
    PlanExpr.Template t = (PlanExpr.Template) e;
    assertThat(t.parts().get(0))
        .isEqualTo(
            new TemplatePiece.Interpolation(
                new PlanExpr.Const(
                    Value.string("A"),
                    ((PlanExpr.Const) ((TemplatePiece.Interpolation) t.parts().get(0)).expr())
                        .range())));
    assertThat(lower("[for x in [1, 2] : x * 2]")).isInstanceOf(PlanExpr.Const.class);
    assertThat(lower("{a = 1 + 2}")).isInstanceOf(PlanExpr.Const.class);
  }

  @Test
  void keepsFailingConstantsForRunTime() {
    PlanExpr e = lower("var.c ? 1 : upper({})");
    PlanExpr.Conditional c = (PlanExpr.Conditional) e;
    assertThat(c.whenFalse()).isInstanceOf(PlanExpr.Call.class);
  }

  @Test
  void bindsForVariablesAndSplatItemsAsSymbols() {
    PlanExpr e = lower("[for step in var.xs : step.a]");
    PlanExpr.For f = (PlanExpr.For) e;
    assertThat(((PlanExpr.GetAttr) f.valueExpr()).target()).isInstanceOf(PlanExpr.Symbol.class);
    PlanExpr s = lower("var.xs[*].a[*].b");
    PlanExpr.Splat outer = (PlanExpr.Splat) s;
    PlanExpr.Splat inner = (PlanExpr.Splat) outer.each();
    assertThat(outer.item()).isEqualTo("*0");
    assertThat(inner.item()).isEqualTo("*1");
    assertThat(((PlanExpr.GetAttr) inner.source()).target())
        .isEqualTo(new PlanExpr.Symbol("*0", ((PlanExpr.GetAttr) inner.source()).target().range()));
  }

  @Test
  void withoutFoldingEverythingStays() {
    PlanExpr e =
        ExprLowering.lower(parse("1 + x"), EVALUATOR, new ExprLowering.Options(false, Set.of("x")));
    PlanExpr.Binary b = (PlanExpr.Binary) e;
    assertThat(b.right()).isInstanceOf(PlanExpr.VarRoot.class);
    PlanExpr call =
        ExprLowering.lower(
            parse("upper(\"a\")"), EVALUATOR, new ExprLowering.Options(false, Set.of()));
    assertThat(call).isInstanceOf(PlanExpr.Call.class);
    assertThat(((PlanExpr.Call) call).args()).hasSize(1);
    assertThat(List.of(call)).hasSize(1);
  }
}
