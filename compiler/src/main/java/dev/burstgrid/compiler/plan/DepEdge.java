package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.source.Range;

/** "{@code to} needs {@code from}", because of the reference at {@code why}. */
public record DepEdge(String from, String to, Range why) {}
