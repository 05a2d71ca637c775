package dev.burstgrid.modules.websocket;

import dev.burstgrid.lang.CheckedBy;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import java.time.Duration;
import java.util.Map;

/**
 * {@code websocket_receive}: takes the oldest message received on a websocket_client and not
 * yet taken (optionally the oldest that matches), waiting for one up to {@code timeout}.
 */
@Kind(name = "websocket_receive", doc = "Waits for the next message on a WebSocket connection.")
public final class WebSocketReceiveRunner
    implements Runner.WithUses<
        WebSocketReceiveRunner.Input, WebSocketReceiveRunner.Uses, WebSocketReceiveRunner.Output> {

  @Doc("Arguments of websocket_receive.")
  @CheckedBy(TimeoutCheck.class)
  public record Input(
      @Doc(
              "Takes only a JSON message holding these entries, such as { id = \"42\" }; nested"
                  + " objects match likewise, scalars by their text.")
          @OptionalArg
          Map<String, Value> match,
      @Doc("How long to wait for the message, such as \"5s\".") Duration timeout) {

    public static final Input DEFAULTS = new Input(null, Duration.ofSeconds(10));
  }

  @Doc("What websocket_receive uses.")
  public record Uses(@Doc("The websocket_client to receive on.") WebSocketConnection client) {}

  @Doc("Outputs of websocket_receive.")
  public record Output(
      @Doc("The message's text; null for a binary message.") String text,
      @Doc("The bytes of a binary message as base64; null for a text message.") String binary,
      @Doc("The text parsed as JSON; null when it is not JSON.") Value json,
      @Doc("When the message arrived, RFC 3339.") String receivedAt) {}

  @Override
  public Output run(Input input, Uses uses, RunContext context) throws Exception {
    Duration timeout = Timeouts.positive("timeout", input.timeout());
    Map<String, Value> match = input.match();
    String what = match == null ? "message" : "message matching " + PayloadMatch.describe(match);
    WebSocketMessage message =
        uses.client()
            .inbox()
            .claim(m -> match == null || accepts(match, m), true)
            .await(timeout, context, what + " on " + uses.client().url());
    return new Output(
        message.text(), message.base64(), message.json(), message.receivedAt().toString());
  }

  private static boolean accepts(Map<String, Value> match, WebSocketMessage message) {
    return PayloadMatch.matches(match, message.json());
  }
}
