package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.CheckedBy;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.modules.websocket.Timeouts;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import java.time.Duration;

/**
 * {@code socketio}: the proof of concept's one-shot runner, with its inputs: connects, emits one
 * event, waits for the answering event, disconnects. {@code timeout} bounds the whole exchange.
 */
@Kind(name = "socketio", doc = "Connects to a Socket.IO server, emits an event, and waits for a response event.")
public final class SocketIoRunner implements Runner<SocketIoRunner.Input, SocketIoRunner.Output> {

  @Doc("Arguments of socketio.")
  @CheckedBy(SocketIoChecks.class)
  public record Input(
      @Doc("The URL of the Socket.IO server (http, https, ws or wss).") String url,
      @Doc("The namespace to connect to.") String namespace,
      @Doc("The name of the event to emit after connecting.") String emitEvent,
      @Doc("The data payload to send with the emitted event.") @OptionalArg Value emitData,
      @Doc("The name of the event to listen for as a success signal.") String onEvent,
      @Doc("Timeout for the entire operation (e.g., '10s').") Duration timeout,
      @Doc("If true, TLS certificate verification is skipped.") boolean insecureSkipVerify) {

    public static final Input DEFAULTS =
        new Input(null, "/", null, null, null, Duration.ofSeconds(10), false);
  }

  @Doc("Outputs of socketio.")
  public record Output(@Doc("The data payload received from the on_event.") Value responseData) {}

  @Override
  public Output run(Input input, RunContext context) throws Exception {
    long deadline = System.nanoTime() + Timeouts.positive("timeout", input.timeout()).toNanos();
    SocketIoClientAsset.Config config =
        new SocketIoClientAsset.Config(
            input.url(),
            input.namespace(),
            SocketIoClientAsset.Config.DEFAULTS.path(),
            SocketIoClientAsset.Config.DEFAULTS.auth(),
            SocketIoClientAsset.Config.DEFAULTS.headers(),
            SocketIoClientAsset.Config.DEFAULTS.query(),
            SocketIoClientAsset.Config.DEFAULTS.transports(),
            input.timeout(),
            false,
            input.insecureSkipVerify());
    Object[] arguments = EmitArguments.of(input.emitData());
    try (SocketIoConnection connection = SocketIoConnection.open(config)) {
      Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
      SocketIoEvent reply =
          Exchange.run(
              connection,
              input.emitEvent(),
              arguments,
              new EventFilter(input.onEvent(), null),
              left,
              context);
      return new Output(reply.data());
    }
  }
}
