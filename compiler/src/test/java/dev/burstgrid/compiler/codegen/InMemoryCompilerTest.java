package dev.burstgrid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryCompilerTest {
  @Test
  void javacErrorsBecomeAnExceptionNamingTheGridBlock() {
    TypeSpec broken = TypeSpec.classBuilder("BrokenGrid")
        .addMethod(MethodSpec.methodBuilder("scheduleX")
            .addComment("step.print.x (grid.hcl:3:1)")
            .addStatement("int x = $S", "not a number")
            .build())
        .build();
    GeneratedGrid grid = new GeneratedGrid("bggo.generated.BrokenGrid",
        JavaFile.builder("bggo.generated", broken).build(), Set.of());
    GridCompileException e = catchThrowableOfType(GridCompileException.class,
        () -> InMemoryCompiler.compile(grid, getClass().getClassLoader()));
    assertThat(e.gridLocation()).isEqualTo("step.print.x at grid.hcl:3:1");
    assertThat(e.getMessage()).contains("BrokenGrid.java:").contains("incompatible types");
  }
}
