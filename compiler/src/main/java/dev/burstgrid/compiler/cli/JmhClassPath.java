package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.codegen.InMemoryCompiler;
import java.nio.file.Path;
import java.util.List;

/** JMH's runtime jars (jmh-core and its libraries), which a grid's class path leaves out. */
final class JmhClassPath {
  private JmhClassPath() {}

  static List<Path> entries() {
    return List.of(InMemoryCompiler.location(org.openjdk.jmh.Main.class),
        InMemoryCompiler.location(joptsimple.OptionParser.class),
        InMemoryCompiler.location(org.apache.commons.math3.stat.descriptive.SummaryStatistics.class));
  }
}
