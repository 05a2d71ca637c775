package dev.burstgrid.modules.socketio;

import org.json.JSONObject;

/** Why a Socket.IO connection failed, from the client's {@code connect_error} arguments. */
final class ConnectErrors {
  private ConnectErrors() {}

  /**
   * The server's refusal ({@code {message: "…"}}, as a middleware's {@code next(new
   * Error("…"))} or an unknown namespace sends) or the transport's failure with its cause.
   */
  static String describe(Object[] args) {
    Object error = args.length > 0 ? args[0] : null;
    if (error instanceof JSONObject refusal) {
      return "the server refused: " + refusal.optString("message", refusal.toString());
    }
    if (error instanceof Throwable t) {
      StringBuilder why = new StringBuilder(String.valueOf(t.getMessage()));
      for (Throwable cause = t.getCause(); cause != null; cause = cause.getCause()) {
        why.append(" (").append(cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage()).append(')');
      }
      return why.toString();
    }
    return String.valueOf(error);
  }
}
