package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.CheckedBy;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.modules.websocket.TimeoutCheck;
import dev.burstgrid.modules.websocket.Timeouts;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import java.time.Duration;
import java.util.Map;

/**
 * {@code socketio_await}: takes the oldest event of a name received on a socketio_client and not
 * yet taken by another step (so a broadcast that came before the step started still counts), or
 * waits for one up to {@code timeout}.
 */
@Kind(name = "socketio_await", doc = "Waits for the next event of a name on a Socket.IO connection.")
public final class SocketIoAwaitRunner
    implements Runner.WithUses<
        SocketIoAwaitRunner.Input, SocketIoAwaitRunner.Uses, SocketIoAwaitRunner.Output> {

  @Doc("Arguments of socketio_await.")
  @CheckedBy(TimeoutCheck.class)
  public record Input(
      @Doc("The event to wait for.") String event,
      @Doc(
              "Takes only an event whose first argument holds these entries, such as { room ="
                  + " \"lobby\" }; nested objects match likewise, scalars by their text.")
          @OptionalArg
          Map<String, Value> match,
      @Doc("How long to wait, such as \"5s\".") Duration timeout) {

    public static final Input DEFAULTS = new Input(null, null, Duration.ofSeconds(10));
  }

  @Doc("What socketio_await uses.")
  public record Uses(@Doc("The socketio_client to listen on.") SocketIoConnection client) {}

  @Doc("Outputs of socketio_await.")
  public record Output(
      @Doc("The event's first argument (bytes as base64 text).") Value data,
      @Doc("All the event's arguments, a list.") Value args,
      @Doc("When the event arrived, RFC 3339.") String receivedAt) {}

  @Override
  public Output run(Input input, Uses uses, RunContext context) throws Exception {
    Duration timeout = Timeouts.positive("timeout", input.timeout());
    EventFilter filter = new EventFilter(input.event(), input.match());
    SocketIoEvent event =
        uses.client()
            .inbox()
            .claim(filter, true)
            .await(timeout, context, filter.describe(uses.client()));
    return new Output(event.data(), event.argumentList(), event.receivedAt().toString());
  }
}
