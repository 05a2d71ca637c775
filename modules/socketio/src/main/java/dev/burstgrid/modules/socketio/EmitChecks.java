package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.ArgumentCheck;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.modules.websocket.Base64Argument;
import dev.burstgrid.modules.websocket.WaitLimits;
import java.util.Map;

/**
 * What the compiler checks of an emitted event's constant arguments ({@link EmitArguments}): data
 * or args, args a list, binary base64; and the timeout longer than zero.
 */
final class EmitChecks {
  private EmitChecks() {}

  /** @param names the grid names of the data, args and binary arguments */
  static void check(Map<String, Value> known, ArgumentCheck.Problems problems, String... names) {
    Value data = known.get(names[0]);
    Value args = known.get(names[1]);
    if (data != null && args != null) {
      String why = EmitArguments.problem(data, args, names);
      if (why != null) {
        problems.report(names[1], why + ".");
      }
    }
    Base64Argument.check(known, names[2], problems);
    WaitLimits.longerThanZero(known, "timeout", problems);
  }
}
