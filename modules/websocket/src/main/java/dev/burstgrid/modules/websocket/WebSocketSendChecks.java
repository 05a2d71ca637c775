package dev.burstgrid.modules.websocket;

import dev.burstgrid.lang.ArgumentCheck;
import dev.burstgrid.lang.value.Value;
import java.util.Map;

/** What the compiler checks of a {@code websocket_send}'s constant arguments: one message, base64 bytes. */
public final class WebSocketSendChecks implements ArgumentCheck {
  @Override
  public void check(Map<String, Value> known, Problems problems) {
    Value text = known.get("text");
    Value binary = known.get("binary");
    if (text != null && binary != null && text.isNull() == binary.isNull()) {
      problems.report(text.isNull() ? "text" : "binary", WebSocketSendRunner.ONE_MESSAGE + ".");
    }
    Base64Argument.check(known, "binary", problems);
  }
}
