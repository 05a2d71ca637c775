package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.MetricKind;

/** A metric a run can have, known before it runs: its name, kind and what it means. */
public record MetricSpec(String name, MetricKind kind, String doc) {}
