package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.CheckedBy;
import dev.burstgrid.lang.value.Durations;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.modules.websocket.Timeouts;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.MetricKind;
import dev.burstgrid.runtime.spi.RunnerMetric;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code socketio_emit}: emits an event on a socketio_client; with {@code ack = true} waits for
 * the server's acknowledgement, at most {@code timeout} (an ack that never comes fails the step
 * in time, it never hangs).
 */
@Kind(name = "socketio_emit", doc = "Emits an event on a Socket.IO connection, optionally waiting for its acknowledgement.")
@RunnerMetric(name = "socketio_ack_duration", kind = MetricKind.TREND, doc = "from the emit to its acknowledgement, ms")
public final class SocketIoEmitRunner
    implements Runner.WithUses<
        SocketIoEmitRunner.Input, SocketIoEmitRunner.Uses, SocketIoEmitRunner.Output> {

  @Doc("Arguments of socketio_emit.")
  @CheckedBy(SocketIoEmitChecks.class)
  public record Input(
      @Doc("The event to emit.") String event,
      @Doc("The event's one argument, any value.") @OptionalArg Value data,
      @Doc("The event's arguments when it has several, a list such as [1, \"two\"]; instead of"
              + " data.")
          @OptionalArg
          Value args,
      @Doc("Bytes (as base64 text) sent as a binary argument after the others.") @OptionalArg
          String binary,
      @Doc("Asks the server to acknowledge the event and waits for it.") boolean ack,
      @Doc("How long to wait for the acknowledgement, such as \"2s\".") Duration timeout) {

    public static final Input DEFAULTS =
        new Input(null, null, null, null, false, Duration.ofSeconds(10));
  }

  @Doc("What socketio_emit uses.")
  public record Uses(@Doc("The socketio_client to send on.") SocketIoConnection client) {}

  @Doc("Outputs of socketio_emit.")
  public record Output(
      @Doc("The acknowledgement's first argument; null without ack.") Value ackData,
      @Doc("All the acknowledgement's arguments, a list; empty without ack.") Value ackArgs,
      @Doc("Time from emitting to the acknowledgement in milliseconds; 0 without ack.")
          double latencyMs) {}

  @Override
  public Output run(Input input, Uses uses, RunContext context) throws Exception {
    Duration timeout = Timeouts.positive("timeout", input.timeout());
    Object[] arguments =
        EmitArguments.of(input.data(), input.args(), input.binary(), "data", "args", "binary");
    SocketIoConnection connection = uses.client();
    if (!input.ack()) {
      connection.emit(input.event(), arguments);
      return new Output(Value.nullOf(Type.ANY), new Value.TupleValue(List.of()), 0);
    }
    long started = System.nanoTime();
    CompletableFuture<List<Value>> ack = connection.emitWithAck(input.event(), arguments);
    context.onCancel(() -> ack.cancel(false));
    List<Value> acknowledged;
    try {
      acknowledged = ack.get(TimeUnit.NANOSECONDS.convert(timeout), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new TimeoutException(
          "no acknowledgement of \"" + input.event() + "\" from " + connection.describe()
              + " within " + Durations.format(timeout));
    } catch (CancellationException e) {
      throw new CancellationException("waiting for the acknowledgement of \"" + input.event() + "\": cancelled");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException lost) {
        throw new IOException(
            "no acknowledgement of \"" + input.event() + "\": " + lost.getMessage(), lost);
      }
      throw new IllegalStateException(e.getCause());
    }
    Value first = acknowledged.isEmpty() ? Value.nullOf(Type.ANY) : acknowledged.get(0);
    context.metrics().trend("socketio_ack_duration").recordNanos(System.nanoTime() - started);
    return new Output(first, new Value.TupleValue(acknowledged), Millis.since(started));
  }
}
