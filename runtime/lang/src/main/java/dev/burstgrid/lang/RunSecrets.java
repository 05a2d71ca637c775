package dev.burstgrid.lang;

import dev.burstgrid.lang.value.Marks;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.runtime.spi.RunContext;

/**
 * Where a marked value leaves the language: a runner's argument is a plain Java value, which
 * carries no mark, and the runner may echo it (an HTTP error quoting its URL, a command's argv or
 * stderr). So generated code hands each argument that may hold a mark to {@link #noted} first,
 * which adds the text of its marked parts to the run's redactor.
 */
public final class RunSecrets {
  private RunSecrets() {}

  /**
   * {@code v}, after the strings and numbers inside its marked parts are added to {@code ctx}'s
   * redactor. Costs a field read when nothing in {@code v} is marked.
   */
  public static Value noted(RunContext ctx, Value v) {
    if (v.containsMark()) {
      Marks.markedTexts(v).forEach(ctx.redactor()::add);
    }
    return v;
  }
}
