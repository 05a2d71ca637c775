package dev.burstgrid.compiler.cli;

import picocli.CommandLine;

/** The version printed by {@code bggoc --version}, from the jar manifest when packaged. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Bggoc.class.getPackage().getImplementationVersion();
    return new String[] {"bggoc " + (v == null ? "development build" : v)};
  }
}
