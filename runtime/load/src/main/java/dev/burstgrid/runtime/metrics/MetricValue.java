package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.MetricKind;
import java.util.Map;
import java.util.OptionalDouble;
import org.HdrHistogram.Histogram;

/**
 * One metric at the moment of a snapshot.
 *
 * @param name e.g. {@code iteration_duration} or {@code step.http_request.login.duration}
 * @param fields its {@link MetricKind#fields()} (a rate also has {@code passes} and {@code fails})
 * @param histogram a trend's histogram, when the snapshot was taken with histograms; else null
 */
public record MetricValue(String name, MetricKind kind, Map<String, Double> fields, Histogram histogram) {

  public MetricValue {
    fields = Map.copyOf(fields);
  }

  public OptionalDouble field(String field) {
    Double v = fields.get(field);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** The field, or 0 when this kind has no such field. */
  public double get(String field) {
    return fields.getOrDefault(field, 0.0);
  }
}
