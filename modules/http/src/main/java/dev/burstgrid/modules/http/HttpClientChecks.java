package dev.burstgrid.modules.http;

import dev.burstgrid.lang.ArgumentCheck;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the compiler checks of an {@code http_client}'s constant arguments: {@code
 * max_connections} is a whole number of at least 1 (durations are never negative for any runner).
 */
public final class HttpClientChecks implements ArgumentCheck {
  @Override
  public void check(Map<String, Value> known, Problems problems) {
    if (known.get("max_connections") instanceof Value.Num n) {
      BigDecimal v = n.value();
      boolean whole = v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
      if (!whole || v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
        problems.report("max_connections", "it is " + v.stripTrailingZeros().toPlainString()
            + ", but must be a whole number from 1 to " + Integer.MAX_VALUE + ".");
      }
    }
  }
}
