package dev.burstgrid.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML, read back by an XML parser: suites, cases, counts, failures with values and locations. */
class JunitReportTest {

  @Test
  void suitesCasesAndFailuresReadBack() throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(JunitReport.write(ReportRun.run(20)).getBytes(StandardCharsets.UTF_8)));

    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(3);
    Element scenario = (Element) suites.item(0);
    assertThat(scenario.getAttribute("name")).isEqualTo("scenario.smoke");
    assertThat(scenario.getAttribute("tests")).isEqualTo("2");
    assertThat(scenario.getAttribute("failures")).isEqualTo("1");
    assertThat(failureOf(scenario, 1)).contains("4 iterations failed at grid.hcl:7:1: ").contains("parse failed on purpose");

    Element thresholds = (Element) suites.item(1);
    assertThat(thresholds.getAttribute("tests")).isEqualTo("2");
    assertThat(thresholds.getAttribute("failures")).isEqualTo("1");
    assertThat(caseName(thresholds, 1)).isEqualTo("no_failures");
    assertThat(failureOf(thresholds, 1)).isEqualTo("metric.iteration_failed.rate < 0.01 failed: iteration_failed.rate=0.2");
    assertThat(failureTextOf(thresholds, 1)).endsWith("at grid.hcl:30:1 (threshold \"no_failures\")");

    Element checks = (Element) suites.item(2);
    assertThat(caseName(checks, 0)).isEqualTo("status is 200");
    assertThat(failureOf(checks, 0)).isEqualTo("2 of 20 evaluations failed");
    assertThat(failureTextOf(checks, 0)).endsWith("at grid.hcl:5:3 (step.http_request.fetch check \"status is 200\")");

    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo("5");
    assertThat(root.getAttribute("failures")).isEqualTo("3");
  }

  private static String failureTextOf(Element suite, int i) {
    Element c = (Element) suite.getElementsByTagName("testcase").item(i);
    return c.getElementsByTagName("failure").item(0).getTextContent();
  }

  private static String caseName(Element suite, int i) {
    return ((Element) suite.getElementsByTagName("testcase").item(i)).getAttribute("name");
  }

  private static String failureOf(Element suite, int i) {
    Element c = (Element) suite.getElementsByTagName("testcase").item(i);
    return ((Element) c.getElementsByTagName("failure").item(0)).getAttribute("message");
  }
}
