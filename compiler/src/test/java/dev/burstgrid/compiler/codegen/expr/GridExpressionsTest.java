package dev.burstgrid.compiler.codegen.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.burstgrid.compiler.GridCompiler;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.plan.expr.LoweredGrid;
import dev.burstgrid.compiler.plan.expr.PlanExpr;
import dev.burstgrid.compiler.schema.ModuleCatalog;
import dev.burstgrid.compiler.source.GridSources;
import dev.burstgrid.lang.function.Functions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Every expression of the example grids (and the valid check cases) lowers ({@link LoweredGrid})
 * and becomes Java that compiles: the reference forms the checker accepts are the ones lowering
 * resolves.
 */
class GridExpressionsTest {
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
      for (PlanExpr e : expressions(LoweredGrid.of(r.model(), Functions.standard()))) {
        var code = writer.write(e, ExprWriterOutputTest.ENV);
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
        "gen.Grids",
        JavaFile.builder("gen", cls.build()).build().toString(),
        JavaTypesFixtures.Roots.class);
    System.out.println("grid expressions: " + count + " from " + grids.size() + " grids compile");
  }

  private static List<PlanExpr> expressions(LoweredGrid grid) {
    List<PlanExpr> out = new ArrayList<>();
    for (LoweredGrid.StepExprs s : grid.steps().values()) {
      if (s.count() != null) {
        out.add(s.count());
      }
      if (s.forEach() != null) {
        out.add(s.forEach());
      }
      out.addAll(s.arguments().values());
      out.addAll(s.uses().values());
    }
    grid.resources().values().forEach(r -> out.addAll(r.values()));
    out.addAll(grid.locals().values());
    out.addAll(grid.outputs().values());
    return out;
  }
}
