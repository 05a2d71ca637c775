package dev.burstgrid.modules.websocket;

import dev.burstgrid.lang.CheckedBy;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import java.nio.charset.StandardCharsets;

/** {@code websocket_send}: queues one text or binary message on a websocket_client. */
@Kind(name = "websocket_send", doc = "Sends one text or binary message on a WebSocket connection.")
public final class WebSocketSendRunner
    implements Runner.WithUses<
        WebSocketSendRunner.Input, WebSocketSendRunner.Uses, WebSocketSendRunner.Output> {

  /** What a step that gives both a text and a binary message, or neither, is told. */
  static final String ONE_MESSAGE = "give exactly one of text and binary";

  @Doc("Arguments of websocket_send. Give exactly one of text and binary.")
  @CheckedBy(WebSocketSendChecks.class)
  public record Input(
      @Doc("A text message, such as jsonencode({ op = \"hi\" }).") @OptionalArg String text,
      @Doc("A binary message, written as base64 (base64encode(\"…\") or the text of a file's bytes).")
          @OptionalArg
          String binary) {}

  @Doc("What websocket_send uses.")
  public record Uses(@Doc("The websocket_client to send on.") WebSocketConnection client) {}

  @Doc("Outputs of websocket_send.")
  public record Output(@Doc("How many bytes the message held.") long bytes) {}

  @Override
  public Output run(Input input, Uses uses, RunContext context) throws Exception {
    if ((input.text() == null) == (input.binary() == null)) {
      throw new IllegalArgumentException(ONE_MESSAGE);
    }
    if (input.text() != null) {
      uses.client().send(input.text());
      return new Output(input.text().getBytes(StandardCharsets.UTF_8).length);
    }
    byte[] bytes = Base64Argument.decode("binary", input.binary());
    uses.client().send(bytes);
    return new Output(bytes.length);
  }
}
