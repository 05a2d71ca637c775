package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.time.Instant;
import java.util.List;

/**
 * One event received on a Socket.IO connection.
 *
 * @param name the event name
 * @param arguments its arguments as grid values (bytes as base64 text)
 * @param receivedAt when it arrived
 */
public record SocketIoEvent(String name, List<Value> arguments, Instant receivedAt) {

  public SocketIoEvent {
    arguments = List.copyOf(arguments);
  }

  /** All the arguments as one list value (a tuple: they may differ in type). */
  public Value argumentList() {
    return new Value.TupleValue(arguments);
  }

  /** The first argument, which {@code match} looks at; null when the event has none. */
  public Value data() {
    return arguments.isEmpty() ? Value.nullOf(Type.ANY) : arguments.get(0);
  }
}
