package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.ArgumentCheck;
import dev.burstgrid.lang.value.Value;
import java.util.Map;

/** What the compiler checks of a {@code socketio_emit}'s constant arguments ({@link EmitChecks}). */
public final class SocketIoEmitChecks implements ArgumentCheck {
  @Override
  public void check(Map<String, Value> known, Problems problems) {
    EmitChecks.check(known, problems, "data", "args", "binary");
  }
}
