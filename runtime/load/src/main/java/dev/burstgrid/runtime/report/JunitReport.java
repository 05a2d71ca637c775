package dev.burstgrid.runtime.report;

import dev.burstgrid.runtime.StepOutcome;
import dev.burstgrid.runtime.load.LoadResult;
import dev.burstgrid.runtime.load.ScenarioLine;
import dev.burstgrid.runtime.metrics.CheckResult;
import dev.burstgrid.runtime.metrics.MetricValue;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.io.StringWriter;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The {@code --report-junit} file, in the JUnit XML that CI systems read: a
 * {@code <testsuite>} per scenario whose test cases are the failures that ended its
 * iterations (step, HCL location, count); then suite {@code thresholds} (a case per threshold,
 * failed with its measured values) and suite {@code checks} (a case per check, failed when
 * any evaluation failed). Thresholds and checks belong to the grid, not to one scenario.
 * A single run's report (no load) has suite {@code steps} instead: a case per step instance,
 * failed, errored (cancelled) or skipped as it ended. A run that could not start (compile
 * errors, bad inputs) has suite {@code diagnostics}: a failed case per error.
 */
public final class JunitReport {

  private JunitReport() {}

  public static String write(RunReport r) {
    Document doc = newDocument();
    Element root = doc.createElement("testsuites");
    root.setAttribute("name", r.grid());
    root.setAttribute("time", seconds(r.elapsed().toNanos() / 1e6));
    doc.appendChild(root);
    Map<String, MetricValue> metrics = r.metricsByName();
    if (r.isSingleRun()) {
      steps(doc, root, r);
      close(root);
      return serialize(doc);
    }
    if (!r.diagnostics().isEmpty()) {
      diagnostics(doc, root, r);
      close(root);
      return serialize(doc);
    }
    for (ScenarioLine s : r.scenarios()) {
      Element suite = suite(doc, root, "scenario." + s.name());
      Element it = testCase(doc, suite, "scenario." + s.name(), "iterations");
      MetricValue iterations = metrics.get("scenario." + s.name() + ".iterations");
      it.setAttribute("time", seconds(r.elapsed().toNanos() / 1e6));
      property(doc, it, "executor", s.executor());
      property(doc, it, "iterations", iterations == null ? "0" : Long.toString((long) iterations.get("count")));
      if (r.scenarios().size() == 1) {
        for (LoadResult.ErrorCount e : r.errors()) {
          failure(doc, testCase(doc, suite, e.address(), e.address() + " failed"),
              e.count() + " iterations failed at " + e.location() + ": " + e.message(), e.location());
        }
      }
      close(suite);
    }
    Element thresholds = suite(doc, root, "thresholds");
    for (ThresholdResult t : r.thresholds()) {
      Element c = testCase(doc, thresholds, "thresholds", t.name());
      property(doc, c, "condition", t.condition());
      property(doc, c, "measured", t.measured());
      property(doc, c, "location", t.location());
      if (!t.passed()) {
        failure(doc, c, t.condition() + " failed: " + t.measured(), where("threshold \"" + t.name() + "\"", t.location()));
      }
    }
    close(thresholds);
    Element checks = suite(doc, root, "checks");
    for (CheckResult c : r.checks()) {
      Element tc = testCase(doc, checks, c.step(), c.name());
      property(doc, tc, "passes", Long.toString(c.passes()));
      property(doc, tc, "fails", Long.toString(c.fails()));
      property(doc, tc, "location", c.location());
      if (c.fails() > 0) {
        failure(doc, tc, c.fails() + " of " + (c.passes() + c.fails()) + " evaluations failed",
            where(c.step() + " check \"" + c.name() + "\"", c.location()));
      }
    }
    close(checks);
    if (r.scenarios().size() != 1) {
      Element errors = suite(doc, root, "errors");
      for (LoadResult.ErrorCount e : r.errors()) {
        failure(doc, testCase(doc, errors, e.address(), e.address() + " failed"),
            e.count() + " iterations failed at " + e.location() + ": " + e.message(), e.location());
      }
      close(errors);
    }
    close(root);
    return serialize(doc);
  }

  private static void steps(Document doc, Element root, RunReport r) {
    Element suite = suite(doc, root, "steps");
    suite.setAttribute("time", seconds(r.elapsed().toNanos() / 1e6));
    for (StepOutcome s : r.steps()) {
      Element c = testCase(doc, suite, block(s.address()), s.address());
      c.setAttribute("time", seconds(s.duration().toNanos() / 1e6));
      property(doc, c, "location", s.location());
      switch (s.status()) {
        case FAILED -> failure(doc, c, s.message(), s.location());
        case CANCELLED -> outcome(doc, c, "error", "cancelled: " + s.message(), s.location());
        case SKIPPED, SKIPPED_BY_CONDITION -> outcome(doc, c, "skipped", s.message(), s.location());
        default -> { }
      }
    }
    close(suite);
  }

  /** Why the run did not start: a failed case per error, named by its summary and place. */
  private static void diagnostics(Document doc, Element root, RunReport r) {
    Element suite = suite(doc, root, "diagnostics");
    for (ReportDiagnostic d : r.diagnostics()) {
      if (d.isError()) {
        Element c = testCase(doc, suite, d.code(), d.location().isEmpty() ? d.summary() : d.location() + ": " + d.summary());
        property(doc, c, "location", d.location());
        failure(doc, c, "the run did not start: " + d.problem(), d.location().isEmpty() ? r.grid() : d.location());
      }
    }
    close(suite);
  }

  /** {@code step.http_request.fan} of {@code step.http_request.fan[3]}. */
  private static String block(String address) {
    int bracket = address.indexOf('[');
    return bracket < 0 ? address : address.substring(0, bracket);
  }

  /** {@code grid.hcl:30:1 (threshold "fast")}, or just what it is when the location is not known. */
  private static String where(String what, String location) {
    return location.isEmpty() ? what : location + " (" + what + ")";
  }

  private static Element suite(Document doc, Element root, String name) {
    Element suite = doc.createElement("testsuite");
    suite.setAttribute("name", name);
    root.appendChild(suite);
    return suite;
  }

  private static Element testCase(Document doc, Element suite, String className, String name) {
    Element c = doc.createElement("testcase");
    c.setAttribute("classname", className);
    c.setAttribute("name", name);
    c.setAttribute("time", "0");
    suite.appendChild(c);
    return c;
  }

  private static void property(Document doc, Element testCase, String name, String value) {
    Element props = (Element) testCase.getElementsByTagName("properties").item(0);
    if (props == null) {
      props = doc.createElement("properties");
      testCase.insertBefore(props, testCase.getFirstChild());
    }
    Element p = doc.createElement("property");
    p.setAttribute("name", name);
    p.setAttribute("value", value);
    props.appendChild(p);
  }

  private static void failure(Document doc, Element testCase, String message, String location) {
    outcome(doc, testCase, "failure", message, location);
  }

  /** A {@code <failure>}, {@code <error>} or {@code <skipped>} element under the case. */
  private static void outcome(Document doc, Element testCase, String element, String message, String location) {
    Element f = doc.createElement(element);
    f.setAttribute("message", message);
    if (!element.equals("skipped")) {
      f.setAttribute("type", "bggo");
    }
    f.setTextContent(message + "\n  at " + location);
    testCase.appendChild(f);
  }

  /** Sets a suite's (or the root's) counts from the cases under it. */
  private static void close(Element e) {
    int tests = e.getElementsByTagName("testcase").getLength();
    e.setAttribute("tests", Integer.toString(tests));
    e.setAttribute("failures", Integer.toString(e.getElementsByTagName("failure").getLength()));
    e.setAttribute("errors", Integer.toString(e.getElementsByTagName("error").getLength()));
    e.setAttribute("skipped", Integer.toString(e.getElementsByTagName("skipped").getLength()));
  }

  private static String seconds(double ms) {
    return String.format(java.util.Locale.ROOT, "%.3f", ms / 1000);
  }

  private static Document newDocument() {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String serialize(Document doc) {
    try {
      var t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }
}
