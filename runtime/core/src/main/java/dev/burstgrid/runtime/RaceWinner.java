package dev.burstgrid.runtime;

/**
 * The outcome of a race ({@code depends_on_any}): the contender that succeeded first.
 *
 * @param index its position in the list of contenders
 * @param address its address, e.g. {@code step.http_request.fast}
 * @param output its output (its runner's output record)
 */
public record RaceWinner(int index, String address, Object output) {}
