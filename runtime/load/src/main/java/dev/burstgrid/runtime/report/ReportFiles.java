package dev.burstgrid.runtime.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a report to the files a user asked for ({@code --report-json}, {@code --report-junit},
 * {@code --report-html}; a null path is not written) and reads a JSON report back.
 */
public final class ReportFiles {

  private ReportFiles() {}

  public static void write(RunReport report, Path json, Path junit, Path html) throws IOException {
    if (json != null) {
      Files.writeString(json, ReportJson.write(report), StandardCharsets.UTF_8);
    }
    if (junit != null) {
      Files.writeString(junit, JunitReport.write(report), StandardCharsets.UTF_8);
    }
    if (html != null) {
      Files.writeString(html, HtmlReport.write(report), StandardCharsets.UTF_8);
    }
  }

  /** The report in {@code file}; a malformed one throws with the file's name in the message. */
  public static RunReport read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      return ReportJson.read(text);
    } catch (ReportFormatException e) {
      String sep = Character.isDigit(e.getMessage().charAt(0)) ? ":" : ": ";
      throw new ReportFormatException(file + sep + e.getMessage());
    }
  }
}
