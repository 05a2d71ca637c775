package dev.burstgrid.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.runtime.metrics.MetricValue;
import dev.burstgrid.runtime.spi.MetricKind;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The JSON report: written from a real run, read back field by field, rejected when malformed. */
class ReportJsonTest {

  private static final RunReport REPORT = ReportRun.run(40);

  @Test
  void aReportReadsBackWithEveryMetricAndHistogram() {
    String json = ReportJson.write(REPORT);
    RunReport back = ReportJson.read(json);

    assertThat(json).contains("\"schema_version\": 2").contains("\"status\": \"ran\"");
    assertThat(back.started()).isTrue();
    assertThat(back.diagnostics()).isEmpty();
    assertThat(back.grid()).isEqualTo("grid.hcl");
    assertThat(back.scenarios()).containsExactlyElementsOf(REPORT.scenarios());
    assertThat(back.metricsByName().keySet()).isEqualTo(REPORT.metricsByName().keySet());
    MetricValue it = back.metricsByName().get("iteration_duration");
    assertThat(it.kind()).isEqualTo(MetricKind.TREND);
    assertThat(it.histogram().getTotalCount()).isEqualTo(40);
    assertThat(it.histogram()).isEqualTo(REPORT.metricsByName().get("iteration_duration").histogram());
    assertThat(back.metricsByName().get("iterations").get("count")).isEqualTo(40);
    assertThat(back.checks()).containsExactlyElementsOf(REPORT.checks());
    assertThat(back.checks().get(0).fails()).isEqualTo(4);
    assertThat(back.thresholds()).containsExactlyElementsOf(REPORT.thresholds());
    assertThat(back.thresholds()).extracting(t -> t.passed()).containsExactly(true, false);
    assertThat(back.errors()).singleElement().satisfies(e -> {
      assertThat(e.location()).isEqualTo("grid.hcl:7:1");
      assertThat(e.count()).isEqualTo(8);
    });
    assertThat(back.exitCode()).isEqualTo(99);
    assertThat(ReportJson.write(back)).isEqualTo(json);
  }

  @Test
  void theIntervalsAddUpToTheWholeRun() {
    Histogram sum = new Histogram(3);
    long iterations = 0;
    for (RunReport.Interval i : REPORT.intervals()) {
      for (MetricValue v : i.metrics()) {
        if (v.name().equals("iteration_duration")) {
          sum.add(v.histogram());
        } else if (v.name().equals("iterations")) {
          iterations += (long) v.get("count");
        }
      }
    }
    assertThat(REPORT.intervals()).isNotEmpty();
    assertThat(iterations).isEqualTo(40);
    assertThat(sum).isEqualTo(REPORT.metricsByName().get("iteration_duration").histogram());
  }

  @Test
  void aMalformedReportIsRejectedWithThePathOfTheField() {
    String json = ReportJson.write(REPORT);
    assertThatThrownBy(() -> ReportJson.read(json.replace("\"kind\": \"trend\"", "\"kind\": 3")))
        .isInstanceOf(ReportFormatException.class).hasMessageContaining("].kind: expected a string");
    assertThatThrownBy(() -> ReportJson.read(json.replace("\"schema_version\": 2", "\"schema_version\": 7")))
        .hasMessageContaining("schema_version 7 is not supported");
    assertThatThrownBy(() -> ReportJson.read("{\"schema_version\": 1,"))
        .hasMessageContaining("1:22: expected a quoted member name");
    assertThatThrownBy(() -> ReportJson.read(json.replace("\"status\": \"ran\"", "\"status\": \"done\"")))
        .hasMessageContaining("status: done is not one of ran, not_started");
  }

  @Test
  void aVersionOneReportReadsAsARunThatStarted() {
    String json = ReportJson.write(REPORT).replace("\"schema_version\": 2", "\"schema_version\": 1")
        .replace("\"status\": \"ran\",", "").replaceAll(",\\s*\"diagnostics\": \\[\\]", "");
    assertThat(json).doesNotContain("\"status\"").doesNotContain("\"diagnostics\"");
    RunReport back = ReportJson.read(json);
    assertThat(back.started()).isTrue();
    assertThat(back.metricsByName().get("iterations").get("count")).isEqualTo(40);
  }

  @Test
  void aRunThatDidNotStartReportsItsDiagnostics() {
    ReportDiagnostic unknown = new ReportDiagnostic("error", "grid/unknown-argument", "Unknown argument",
        "did you mean \"url\"?", "grid.hcl:3:5");
    RunReport r = RunReport.notStarted("grid.hcl", java.time.Instant.parse("2026-12-01T10:00:00Z"), 3,
        java.util.List.of(unknown, ReportDiagnostic.usage("Grid path \"x.hcl\" does not exist.")));
    String json = ReportJson.write(r);
    assertThat(json).contains("\"status\": \"not_started\"").contains("\"location\": \"grid.hcl:3:5\"");
    RunReport back = ReportJson.read(json);
    assertThat(back.started()).isFalse();
    assertThat(back.exitCode()).isEqualTo(3);
    assertThat(back.diagnostics()).containsExactlyElementsOf(r.diagnostics());
    assertThat(ReportJson.write(back)).isEqualTo(json);
  }
}
