package dev.burstgrid.runtime.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a metric a runner records through {@link Metrics}, so the compiler knows its name
 * and kind (thresholds over an undeclared metric are compile errors with did-you-mean):
 *
 * <pre>{@code
 * @RunnerMetric(name = "http_req_duration", kind = MetricKind.TREND, doc = "request time, ms")
 * @RunnerMetric(name = "http_reqs", kind = MetricKind.COUNTER)
 * public final class HttpRequestRunner implements Runner.WithUses<...> { ... }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(RunnerMetric.List.class)
public @interface RunnerMetric {
  String name();

  MetricKind kind();

  String doc() default "";

  /** The container of repeated {@link RunnerMetric}s. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface List {
    RunnerMetric[] value();
  }
}
