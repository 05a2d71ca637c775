package dev.burstgrid.modules.websocket;

import dev.burstgrid.lang.ArgumentCheck;
import dev.burstgrid.lang.value.Value;
import java.util.Map;

/** What the compiler checks of a runner whose only checked argument is its {@code timeout}. */
public final class TimeoutCheck implements ArgumentCheck {
  @Override
  public void check(Map<String, Value> known, Problems problems) {
    WaitLimits.longerThanZero(known, "timeout", problems);
  }
}
