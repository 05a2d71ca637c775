package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.schema.ModuleCatalog;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The grid path and module path every grid command takes. */
final class GridPathOptions {
  @Parameters(index = "0", paramLabel = "PATH",
      description = "A .hcl file, or a directory whose *.hcl files (recursively) form one grid.")
  Path path;

  @Option(names = "--modules", paramLabel = "PATH", split = ":",
      description = "Extra module jars, or directories of jars, holding runners and assets; separate several with ':'.")
  List<Path> modules = new ArrayList<>();

  /** The modules an embedding tool already loaded (the Maven plugin's project class path); then --modules is unused. */
  ClassLoader embedded;

  /** The built-in modules plus those on {@code --modules}. */
  ModuleCatalog catalog() throws UsageException {
    return ModuleCatalog.load(classLoader());
  }

  ClassLoader classLoader() throws UsageException {
    if (embedded != null) {
      return embedded;
    }
    ClassLoader parent = GridPathOptions.class.getClassLoader();
    if (modules.isEmpty()) {
      return parent;
    }
    List<URL> urls = new ArrayList<>();
    for (Path p : modules) {
      if (!Files.exists(p)) {
        throw new UsageException("Module path \"" + p + "\" does not exist.");
      }
      try {
        if (Files.isDirectory(p)) {
          try (var list = Files.list(p)) {
            for (Path jar : list.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
              urls.add(jar.toUri().toURL());
            }
          }
        } else if (!isJar(p)) {
          throw new UsageException("Module path \"" + p + "\" is not a jar file. --modules takes jars"
              + " holding runners and assets (with META-INF/services registrations), or directories of jars.");
        } else {
          urls.add(p.toUri().toURL());
        }
      } catch (MalformedURLException e) {
        throw new UsageException("Bad module path \"" + p + "\": " + e.getMessage());
      } catch (java.io.IOException e) {
        throw new UsageException("Cannot read module directory \"" + p + "\": " + e.getMessage());
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), parent);
  }

  /** A zip archive, as every jar is: it starts with the zip signature PK\3\4. */
  private static boolean isJar(Path p) throws java.io.IOException {
    try (var in = Files.newInputStream(p)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
  }
}
