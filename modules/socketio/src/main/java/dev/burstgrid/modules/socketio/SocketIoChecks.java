package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.ArgumentCheck;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.modules.websocket.WaitLimits;
import java.util.Map;

/** What the compiler checks of a {@code socketio} step's constant arguments: the URL, the timeout. */
public final class SocketIoChecks implements ArgumentCheck {
  @Override
  public void check(Map<String, Value> known, Problems problems) {
    SocketIoClientChecks.checkTarget(known, problems, Value.string(SocketIoClientAsset.Config.DEFAULTS.path()));
    WaitLimits.longerThanZero(known, "timeout", problems);
  }
}
