package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.RunnerMetric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every metric a grid's load run can have, known at compile time: the built-ins, each step's
 * {@code duration} and {@code failed}, what each step's runner declares with {@link
 * RunnerMetric} (in total and under the step), and each scenario's iteration metrics. The
 * compiler checks {@code metric.NAME.FIELD} references against it and suggests names from it.
 */
public final class MetricCatalogue {

  private final Map<String, MetricSpec> specs = new LinkedHashMap<>();

  /** A catalogue holding the built-in run metrics. */
  public static MetricCatalogue withBuiltIns() {
    MetricCatalogue c = new MetricCatalogue();
    BuiltInMetrics.RUN.forEach(c::add);
    return c;
  }

  /** Adds a step block ({@code step.T.N}) run by {@code runnerClass}. */
  public MetricCatalogue addStep(String step, Class<?> runnerClass) {
    BuiltInMetrics.step(step).forEach(this::add);
    for (MetricSpec declared : declaredBy(runnerClass)) {
      add(declared);
      add(new MetricSpec(BuiltInMetrics.stepMetric(step, declared.name()), declared.kind(), declared.doc()));
    }
    return this;
  }

  public MetricCatalogue addScenario(String scenario) {
    BuiltInMetrics.scenario(scenario).forEach(this::add);
    return this;
  }

  /** The metrics a runner class declares with {@link RunnerMetric}. */
  public static List<MetricSpec> declaredBy(Class<?> runnerClass) {
    List<MetricSpec> out = new ArrayList<>();
    for (RunnerMetric m : runnerClass.getAnnotationsByType(RunnerMetric.class)) {
      out.add(new MetricSpec(m.name(), m.kind(), m.doc()));
    }
    return out;
  }

  public Optional<MetricSpec> find(String name) {
    return Optional.ofNullable(specs.get(name));
  }

  /** Every known name, in the order added (for did-you-mean). */
  public List<String> names() {
    return Collections.unmodifiableList(new ArrayList<>(specs.keySet()));
  }

  private void add(MetricSpec spec) {
    MetricSpec old = specs.putIfAbsent(spec.name(), spec);
    if (old != null && old.kind() != spec.kind()) {
      throw new IllegalArgumentException(
          "metric " + spec.name() + " is declared both as " + old.kind() + " and as " + spec.kind());
    }
  }
}
