package dev.burstgrid.maven;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A class loader over the project's class path whose parent is the plugin's own: the compiler
 * finds the built-in modules through the parent and the project's runners and assets through
 * the project's entries, and both share one copy of the runtime's SPI.
 */
final class ProjectModules {
  private ProjectModules() {}

  static URLClassLoader loader(List<Path> projectClassPath) {
    List<URL> urls = new ArrayList<>();
    for (Path p : projectClassPath) {
      try {
        urls.add(p.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("bad class path entry " + p, e);
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ProjectModules.class.getClassLoader());
  }
}
