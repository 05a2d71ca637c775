package dev.burstgrid.modules.socketio;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * The WebSockets the Socket.IO client opens, made to answer the server's close frame. The
 * engine.io client leaves it unanswered, so it would learn that the server closed only when the
 * server gives up waiting for the answer (30 s with Node's ws) and drops the connection.
 */
final class CloseAnsweringWebSockets implements WebSocket.Factory {
  private final OkHttpClient client;

  CloseAnsweringWebSockets(OkHttpClient client) {
    this.client = client;
  }

  @Override
  public WebSocket newWebSocket(Request request, WebSocketListener listener) {
    return client.newWebSocket(request, new Answering(listener));
  }

  private static final class Answering extends WebSocketListener {
    private final WebSocketListener engine;

    Answering(WebSocketListener engine) {
      this.engine = engine;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      engine.onOpen(webSocket, response);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      engine.onMessage(webSocket, text);
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
      engine.onMessage(webSocket, bytes);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(code, null);
      engine.onClosing(webSocket, code, reason);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
      engine.onClosed(webSocket, code, reason);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      engine.onFailure(webSocket, t, response);
    }
  }
}
