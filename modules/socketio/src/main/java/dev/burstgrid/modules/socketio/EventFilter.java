package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.value.Value;
import dev.burstgrid.modules.websocket.PayloadMatch;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which received events a step takes: those of one name whose first argument holds the {@code
 * match} pattern, if any (see {@link PayloadMatch}).
 */
record EventFilter(String event, Map<String, Value> match) implements Predicate<SocketIoEvent> {

  @Override
  public boolean test(SocketIoEvent e) {
    return e.name().equals(event) && (match == null || PayloadMatch.matches(match, e.data()));
  }

  /** For messages: {@code event "pong"}, or {@code event "pong" matching {"id":"3"}}. */
  String describe(SocketIoConnection on) {
    String what = "event \"" + event + "\"";
    if (match != null) {
      what += " matching " + PayloadMatch.describe(match);
    }
    return what + " from " + on.describe();
  }
}
