package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.CheckedBy;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.modules.websocket.Timeouts;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.MetricKind;
import dev.burstgrid.runtime.spi.RunnerMetric;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import java.time.Duration;
import java.util.Map;

/**
 * {@code socketio_request}: emits an event on a shared socketio_client and waits for the reply
 * event. With {@code match}, concurrent requests on one connection each take their own reply.
 */
@Kind(name = "socketio_request", doc = "Emits an event on a shared Socket.IO connection and waits for the reply event.")
@RunnerMetric(name = "socketio_reply_duration", kind = MetricKind.TREND, doc = "from the emit to its reply, ms")
@RunnerMetric(name = "socketio_request_failed", kind = MetricKind.RATE, doc = "share of requests with no reply")
public final class SocketIoRequestRunner
    implements Runner.WithUses<
        SocketIoRequestRunner.Input, SocketIoRequestRunner.Uses, SocketIoRequestRunner.Output> {

  @Doc("Arguments of socketio_request.")
  @CheckedBy(SocketIoRequestChecks.class)
  public record Input(
      @Doc("The event to emit.") String emitEvent,
      @Doc("The event's one argument, any value.") @OptionalArg Value emitData,
      @Doc("The event's arguments when it has several, a list such as [1, \"two\"]; instead of"
              + " emit_data.")
          @OptionalArg
          Value emitArgs,
      @Doc("Bytes (as base64 text) sent as a binary argument after the others.") @OptionalArg
          String emitBinary,
      @Doc("The reply event to wait for.") String onEvent,
      @Doc(
              "Takes only a reply whose first argument holds these entries, such as { id = \"42\""
                  + " }; nested objects match likewise, scalars by their text.")
          @OptionalArg
          Map<String, Value> match,
      @Doc("How long to wait for the reply, such as \"2s\".") Duration timeout) {

    public static final Input DEFAULTS =
        new Input(null, null, null, null, null, null, Duration.ofSeconds(10));
  }

  @Doc("What socketio_request uses.")
  public record Uses(@Doc("The socketio_client to send on.") SocketIoConnection client) {}

  @Doc("Outputs of socketio_request.")
  public record Output(
      @Doc("The reply's first argument (bytes as base64 text).") Value responseData,
      @Doc("All the reply's arguments, a list.") Value responseArgs,
      @Doc("Time from emitting to receiving the reply, in milliseconds.") double latencyMs) {}

  @Override
  public Output run(Input input, Uses uses, RunContext context) throws Exception {
    Duration timeout = Timeouts.positive("timeout", input.timeout());
    Object[] arguments =
        EmitArguments.of(
            input.emitData(), input.emitArgs(), input.emitBinary(),
            "emit_data", "emit_args", "emit_binary");
    long started = System.nanoTime();
    SocketIoEvent reply;
    try {
      reply = Exchange.run(
          uses.client(),
          input.emitEvent(),
          arguments,
          new EventFilter(input.onEvent(), input.match()),
          timeout,
          context);
    } catch (Exception e) {
      context.metrics().rate("socketio_request_failed").add(true);
      throw e;
    }
    context.metrics().trend("socketio_reply_duration").recordNanos(System.nanoTime() - started);
    context.metrics().rate("socketio_request_failed").add(false);
    return new Output(reply.data(), reply.argumentList(), Millis.since(started));
  }
}
