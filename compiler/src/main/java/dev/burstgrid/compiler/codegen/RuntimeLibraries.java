package dev.burstgrid.compiler.codegen;

import dev.burstgrid.lang.GridValues;
import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.load.LoadRun;
import java.util.List;

/**
 * The libraries every generated grid class is compiled against and runs on, named by one class
 * of each: the runtime core (bggo-runtime), the load engine (bggo-load) and the language library
 * (bggo-lang). javac's class path, a built jar's contents and the Maven plugin's dependency check
 * all start from this list, besides the modules a grid uses.
 */
public final class RuntimeLibraries {
  private RuntimeLibraries() {}

  public static final List<Class<?>> CLASSES = List.of(GridRun.class, LoadRun.class, GridValues.class);
}
