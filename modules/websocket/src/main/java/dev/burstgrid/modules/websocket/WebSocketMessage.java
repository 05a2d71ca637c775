package dev.burstgrid.modules.websocket;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.time.Instant;
import java.util.Base64;

/**
 * One received WebSocket message: text or bytes.
 *
 * @param text the text of a text message; null for a binary one
 * @param bytes the bytes of a binary message; null for a text one
 * @param receivedAt when it arrived
 */
public record WebSocketMessage(String text, byte[] bytes, Instant receivedAt) {

  /** The text parsed as JSON; a null value when the message is binary or not JSON. */
  public Value json() {
    if (text != null) {
      try {
        return Json.decode(text);
      } catch (Json.JsonException e) {
        // Not JSON: plain text.
      }
    }
    return Value.nullOf(Type.ANY);
  }

  /** The bytes as base64 text; null for a text message. */
  public String base64() {
    return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
  }
}
