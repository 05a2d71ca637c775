package dev.burstgrid.compiler.codegen.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.plan.expr.ExprLowering;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.lang.function.Functions;
import org.junit.jupiter.api.Test;

/** The Java the writer emits for typical grid expressions, as the grid writer will see it. */
class ExprWriterOutputTest {
  private static final Evaluator EVALUATOR = new Evaluator(Functions.standard());

  static final ExprEnv ENV =
      new ExprEnv() {
        @Override
        public CodeBlock step(String stepKey) {
          return CodeBlock.of("steps.value($S)", stepKey);
        }

        @Override
        public CodeBlock resource(String key) {
          return CodeBlock.of("resources.value($S)", key);
        }

        @Override
        public boolean isSensitiveVariable(String name) {
          return name.equals("token");
        }

        @Override
        public CodeBlock var(String name) {
          return CodeBlock.of("vars.get($S)", name);
        }

        @Override
        public CodeBlock local(String name) {
          return CodeBlock.of("locals.get($S)", name);
        }

        @Override
        public CodeBlock count() {
          return CodeBlock.of("count");
        }

        @Override
        public CodeBlock each() {
          return CodeBlock.of("each");
        }

        @Override
        public CodeBlock countIndex() {
          return CodeBlock.of("countIndex");
        }
      };

  private static String write(ExprWriter writer, String source) {
    Diagnostics d = new Diagnostics();
    var expr =
        dev.burstgrid.compiler.syntax.HclParser.parseExpression(SourceFile.of("g.hcl", source), d);
    return writer.write(ExprLowering.lower(expr, EVALUATOR), ENV).toString();
  }

  @Test
  void aTemplateOverASensitiveVariableKeepsItsMark() {
    assertThat(write(new ExprWriter("hcl"), "\"Bearer ${var.token}\""))
        .isEqualTo("dev.burstgrid.lang.expr.Templates.concat(dev.burstgrid.lang.value.Value.string(\"Bearer \"), "
            + "dev.burstgrid.lang.expr.Templates.interpolateValue(vars.get(\"token\"), \"g.hcl:1:11\"))");
  }

  @Test
  void templatesOverVariablesAndCount() {
    ExprWriter writer = new ExprWriter("hcl");
    assertThat(write(writer, "\"${var.base_url}/delay/${count.index + 1}\""))
        .isEqualTo(
            "dev.burstgrid.lang.value.Value.string(dev.burstgrid.lang.expr.Templates.interpolate("
                + "vars.get(\"base_url\"), \"g.hcl:1:4\") + \"/delay/\" + java.lang.Long.toString("
                + "((long) countIndex + 1L)))");
    assertThat(write(writer, "count.index * 2 - 1"))
        .isEqualTo("dev.burstgrid.lang.value.Value.number((((long) countIndex * 2L) - 1L))");
    assertThat(write(writer, "count.index / 2"))
        .startsWith("dev.burstgrid.lang.expr.Operators.divide(");
  }

  @Test
  void splatsOverStepsAndFunctionFields() {
    ExprWriter writer = new ExprWriter("hcl");
    assertThat(write(writer, "upper(step.http.fan[*].output.body[0])"))
        .isEqualTo(
            "dev.burstgrid.lang.expr.Calls.call(hclF_UPPER, \"g.hcl:1:1\","
                + " dev.burstgrid.lang.expr.Splats.apply(steps.value(\"http.fan\"), it$0 ->"
                + " dev.burstgrid.lang.expr.Traversals.index("
                + "dev.burstgrid.lang.expr.Traversals.attr("
                + "dev.burstgrid.lang.expr.Traversals.attr(it$0, \"output\", \"g.hcl:1:24\"),"
                + " \"body\", \"g.hcl:1:31\"), dev.burstgrid.lang.value.Value.number(0L),"
                + " \"g.hcl:1:35\")))");
    TypeSpec.Builder type = TypeSpec.classBuilder("G");
    writer.addMembersTo(type);
    assertThat(type.build().toString())
        .contains(
            "private static final dev.burstgrid.lang.function.Function hclF_UPPER ="
                + " dev.burstgrid.lang.expr.Calls.function(\"upper\");");
  }
}
