package dev.burstgrid.compiler.codegen.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.burstgrid.compiler.GridCompiler;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.plan.expr.ExprLowering;
import dev.burstgrid.compiler.schema.ModuleCatalog;
import dev.burstgrid.compiler.semantic.GridModel;
import dev.burstgrid.compiler.semantic.LocalDecl;
import dev.burstgrid.compiler.semantic.OutputDecl;
import dev.burstgrid.compiler.semantic.ResourceDecl;
import dev.burstgrid.compiler.semantic.StepDecl;
import dev.burstgrid.compiler.source.GridSources;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.runtime.function.Functions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Every expression of the example grids (and the valid check cases) lowers and becomes Java that
 * compiles: the reference forms the checker accepts are the ones lowering resolves.
 */
class GridExpressionsTest {
  private static final Evaluator EVALUATOR = new Evaluator(Functions.standard());
  private static final com.palantir.javapoet.TypeName VALUES =
      com.palantir.javapoet.ParameterizedTypeName.get(
          com.palantir.javapoet.ClassName.get(java.util.Map.class),
          com.palantir.javapoet.ClassName.get(String.class),
          RuntimeNames.VALUE);

  @Test
  void everyExpressionOfTheExampleGridsCompiles() throws Exception {
    List<Path> grids = new ArrayList<>();
    for (Path dir :
        List.of(Paths.get("../examples"), Paths.get("src/test/resources/check/valid"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.filter(p -> p.toString().endsWith(".hcl")).sorted().forEach(grids::add);
        }
      }
    }
    assertThat(grids).isNotEmpty();
    ModuleCatalog catalog = ModuleCatalog.load(getClass().getClassLoader());
    ExprWriter writer = new ExprWriter("hcl");
    TypeSpec.Builder cls = TypeSpec.classBuilder("Grids").addModifiers(Modifier.PUBLIC);
    int count = 0;
    for (Path grid : grids) {
      Diagnostics d = new Diagnostics();
      GridCompiler.Result r = GridCompiler.check(GridSources.load(grid), catalog, d);
      assertThat(r.ok()).as(grid + ": " + d).isTrue();
      for (Expr e : expressions(r.model())) {
        var code = writer.write(ExprLowering.lower(e, EVALUATOR), ExprWriterOutputTest.ENV);
        cls.addMethod(
            MethodSpec.methodBuilder("e" + count++)
                .addModifiers(Modifier.STATIC)
                .returns(RuntimeNames.VALUE)
                .addParameter(RuntimeNames.VALUE, "count")
                .addParameter(RuntimeNames.VALUE, "each")
                .addParameter(JavaTypesFixtures.Roots.class, "steps")
                .addParameter(JavaTypesFixtures.Roots.class, "resources")
                .addParameter(VALUES, "vars")
                .addParameter(VALUES, "locals")
                .addStatement("return $L", code)
                .build());
      }
    }
    writer.addMembersTo(cls);
    InMemoryJavac.compile(
        "gen.Grids", JavaFile.builder("gen", cls.build()).build().toString(), JavaTypesFixtures.Roots.class);
    System.out.println("grid expressions: " + count + " from " + grids.size() + " grids compile");
  }

  private static List<Expr> expressions(GridModel model) {
    List<Expr> out = new ArrayList<>();
    for (StepDecl s : model.stepList()) {
      if (s.count() != null) {
        out.add(s.count().expr());
      }
      if (s.forEach() != null) {
        out.add(s.forEach().expr());
      }
      s.arguments().values().forEach(a -> out.add(a.expr()));
      s.uses().values().forEach(u -> out.add(u.expr()));
    }
    for (ResourceDecl r : model.resources().values()) {
      r.arguments().values().forEach(a -> out.add(a.expr()));
    }
    for (LocalDecl l : model.locals().values()) {
      out.add(l.attribute().expr());
    }
    for (OutputDecl o : model.outputs().values()) {
      out.add(o.value());
    }
    return out;
  }
}
