package dev.burstgrid.runtime.metrics;

/** The counts of one {@code check} block: how often it passed and failed. */
public record CheckResult(String step, String name, long passes, long fails) {}
