package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.ArgumentCheck;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.modules.websocket.WaitLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the compiler checks of a {@code socketio_client}'s constant arguments: the server URL, its
 * namespace and engine path as the run reads them ({@link SocketIoTarget}), the transports, a
 * timeout longer than zero.
 */
public final class SocketIoClientChecks implements ArgumentCheck {
  @Override
  public void check(Map<String, Value> known, Problems problems) {
    checkTarget(known, problems, known.get("path"));
    if (known.get("transports") instanceof Value.ListValue list) {
      List<String> names = new ArrayList<>();
      list.elements().forEach(e -> names.add(e instanceof Value.Str s ? s.value() : String.valueOf(e)));
      String why = SocketIoOptions.transportsProblem(names);
      if (why != null) {
        problems.report("transports", why + ".");
      }
    }
    WaitLimits.longerThanZero(known, "timeout", problems);
  }

  /**
   * Reports {@code url} when it, with {@code namespace} and the engine path {@code path}, names no
   * server the run could connect to (a path not known before the run skips the rule).
   */
  static void checkTarget(Map<String, Value> known, Problems problems, Value path) {
    if (known.get("url") instanceof Value.Str url && known.get("namespace") instanceof Value.Str namespace
        && path instanceof Value.Str enginePath) {
      try {
        SocketIoTarget.of(url.value(), namespace.value(), enginePath.value());
      } catch (IllegalArgumentException e) {
        String example = e.getMessage().contains("namespace") ? "" : "; write one such as \"http://127.0.0.1:3000\"";
        problems.report("url", e.getMessage() + example + ".");
      }
    }
  }
}
