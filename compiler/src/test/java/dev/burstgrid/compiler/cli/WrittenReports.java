package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.runtime.report.ReportFiles;
import dev.burstgrid.runtime.report.RunReport;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Validates every report a test left in its directory, whatever the test asserted itself: each
 * JSON report reads back through the typed reader (every field present and of its type), each
 * JUnit file is valid against {@code reports/junit.xsd} (the JUnit XML CI systems read) and its
 * counts match its test cases, each HTML page is one whole self-contained document. A report
 * test class says {@code @ExtendWith(WrittenReports.class)}: the reports in its {@code @TempDir}
 * fields are checked after each test (static fields: after all).
 */
final class WrittenReports implements AfterEachCallback, AfterAllCallback {
  private static final javax.xml.validation.Schema JUNIT = junitSchema();

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    validateTempDirs(context.getRequiredTestInstance(), context.getRequiredTestClass(), false);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    validateTempDirs(null, context.getRequiredTestClass(), true);
  }

  private static void validateTempDirs(Object test, Class<?> type, boolean statics) throws Exception {
    for (Field field : type.getDeclaredFields()) {
      if (field.isAnnotationPresent(TempDir.class) && Modifier.isStatic(field.getModifiers()) == statics) {
        field.setAccessible(true);
        Path dir = (Path) field.get(test);
        if (dir != null && Files.isDirectory(dir)) {
          validateAll(dir);
        }
      }
    }
  }

  private static javax.xml.validation.Schema junitSchema() {
    try {
      return javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
          .newSchema(WrittenReports.class.getResource("/reports/junit.xsd"));
    } catch (org.xml.sax.SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many reports {@code dir} holds, after checking each. */
  static int validateAll(Path dir) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    int checked = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith(".json") && text(f).contains("\"schema_version\"")) {
        RunReport r = ReportFiles.read(f);
        assertThat(r.started() || !r.diagnostics().isEmpty() || r.interrupted()).as(f + ": why it did not start")
            .isTrue();
        checked++;
      } else if (name.endsWith(".xml") && text(f).contains("<testsuites")) {
        JUNIT.newValidator().validate(new javax.xml.transform.stream.StreamSource(f.toFile()));
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile()).getDocumentElement();
        assertThat(root.getAttribute("tests")).as(f + ": tests")
            .isEqualTo(Integer.toString(root.getElementsByTagName("testcase").getLength()));
        assertThat(root.getAttribute("failures")).as(f + ": failures")
            .isEqualTo(Integer.toString(root.getElementsByTagName("failure").getLength()));
        checked++;
      } else if (name.endsWith(".html") && text(f).startsWith("<!DOCTYPE html>")) {
        assertThat(text(f)).as(f.toString()).endsWith("</html>\n")
            .doesNotContain("<script", "<link", "src=\"http", "href=\"http");
        checked++;
      }
    }
    return checked;
  }

  private static String text(Path f) throws IOException {
    return Files.readString(f, StandardCharsets.UTF_8);
  }
}
