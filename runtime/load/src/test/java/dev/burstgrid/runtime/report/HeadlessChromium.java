package dev.burstgrid.runtime.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium from the command line: the DOM after load ({@code --dump-dom}) and a
 * screenshot. Flags keep it off the network (this machine has none) and out of the home dir.
 */
final class HeadlessChromium {

  private HeadlessChromium() {}

  /** The chromium binary on the PATH, or null. */
  static Path find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** The page's DOM after it loaded; the browser's stderr goes to {@code log}. */
  static String dumpDom(Path chromium, Path page, Path profile, Path log) throws IOException, InterruptedException {
    Path dom = Files.createTempFile("bggo-dom", ".html");
    run(chromium, profile, log, dom, "--dump-dom", page.toUri().toString());
    return Files.readString(dom, StandardCharsets.UTF_8);
  }

  static void screenshot(Path chromium, Path page, Path profile, Path png, Path log) throws IOException, InterruptedException {
    run(chromium, profile, log, null, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2400",
        "--hide-scrollbars", page.toUri().toString());
  }

  private static void run(Path chromium, Path profile, Path log, Path stdout, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--enable-logging=stderr", "--user-data-dir=" + profile.toAbsolutePath()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("chromium did not finish in 120 s: " + cmd);
    }
  }
}
