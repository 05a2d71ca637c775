package dev.burstgrid.modules.socketio;

import dev.burstgrid.modules.websocket.Inbox;
import dev.burstgrid.runtime.spi.RunContext;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Emit, then wait for the reply: the wait is registered before the emit, so that a reply the
 * server sends at once cannot slip past, and it takes only events that arrive after it (an
 * earlier, unclaimed {@code pong} is not this request's answer).
 */
final class Exchange {
  private Exchange() {}

  static SocketIoEvent run(
      SocketIoConnection connection,
      String emitEvent,
      Object[] arguments,
      EventFilter reply,
      Duration timeout,
      RunContext context)
      throws IOException, TimeoutException, InterruptedException {
    Inbox<SocketIoEvent>.Claim claim = connection.inbox().claim(reply, false);
    try {
      connection.emit(emitEvent, arguments);
    } catch (IOException e) {
      claim.withdraw();
      throw e;
    }
    return claim.await(timeout, context, reply.describe(connection));
  }
}
