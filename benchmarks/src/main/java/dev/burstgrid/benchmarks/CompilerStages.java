package dev.burstgrid.benchmarks;

import dev.burstgrid.compiler.GridCompiler;
import dev.burstgrid.compiler.codegen.GeneratedGrid;
import dev.burstgrid.compiler.codegen.GridCompileException;
import dev.burstgrid.compiler.codegen.GridWriter;
import dev.burstgrid.compiler.codegen.InMemoryCompiler;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.schema.ModuleCatalog;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.lang.value.Value;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiler's stages as {@code bggoc run} chains them (check → write Java → javac in memory →
 * load). The only class here that touches compiler internals, so that a change of the codegen
 * API is adapted in one place. Grids are compiled with the modules this jar carries, the
 * benchmark-local ones included; a grid with errors is a bug in the benchmark and throws.
 */
final class CompilerStages {
  private static final ModuleCatalog CATALOG = ModuleCatalog.load(CompilerStages.class.getClassLoader());

  private CompilerStages() {}

  /** A generated grid class, loaded, with its {@code run(RunOptions, Map<String, Value>)} and variables. */
  record RunnableGrid(Class<?> gridClass, MethodHandle runMethod, Map<String, Value> variables) {
    RunResult run(RunOptions options) {
      try {
        return (RunResult) runMethod.invokeExact(options, variables);
      } catch (Throwable e) {
        throw new IllegalStateException("the generated grid threw " + e, e);
      }
    }
  }

  /** Parse, bind, resolve, plan and type-check {@code hcl} as the file {@code name}.hcl. */
  static GridCompiler.Result check(String name, String hcl) {
    Diagnostics diags = new Diagnostics();
    GridCompiler.Result result = GridCompiler.check(List.of(SourceFile.of(name + ".hcl", hcl)), CATALOG, diags);
    if (!result.ok()) {
      throw new IllegalStateException("benchmark grid " + name + " does not check:\n" + diags);
    }
    return result;
  }

  /** The Java that {@code bggoc emit} prints for a checked grid. */
  static GeneratedGrid generate(GridCompiler.Result checked, String name) {
    return GridWriter.write(checked.plan().code(), name);
  }

  /** Compiles the generated Java with javac in memory and loads it, as {@code bggoc run} does. */
  static Class<?> compile(GeneratedGrid grid) {
    try {
      return InMemoryCompiler.compile(grid, CompilerStages.class.getClassLoader()).gridClass();
    } catch (GridCompileException e) {
      throw new IllegalStateException("cannot compile benchmark grid " + grid.className() + ": " + e, e);
    }
  }

  /** All stages: {@code hcl} as a loaded grid class that runs with these string variables. */
  static RunnableGrid compile(String name, String hcl, Map<String, String> stringVariables) {
    Class<?> gridClass = compile(generate(check(name, hcl), name));
    Map<String, Value> variables = new LinkedHashMap<>();
    stringVariables.forEach((variable, value) -> variables.put(variable, Value.string(value)));
    MethodType runType = MethodType.methodType(RunResult.class, RunOptions.class, Map.class);
    try {
      MethodHandle run = MethodHandles.publicLookup().findStatic(gridClass, "run", runType);
      return new RunnableGrid(gridClass, run, Map.copyOf(variables));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the generated " + gridClass.getName() + " has no run method: " + e, e);
    }
  }
}
