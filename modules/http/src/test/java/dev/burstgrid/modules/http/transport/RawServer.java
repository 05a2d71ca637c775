package dev.burstgrid.modules.http.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on 127.0.0.1 that answers each request with bytes a test scripts — malformed
 * ones included — and records what arrived and on which connection. A reply may close the
 * connection after it, without saying so, as a server dropping idle connections does.
 */
final class RawServer implements AutoCloseable {
  /** What to send for one request; {@code close} drops the connection after sending it. */
  record Reply(String bytes, boolean close) {
    static Reply keep(String bytes) {
      return new Reply(bytes, false);
    }

    static Reply thenClose(String bytes) {
      return new Reply(bytes, true);
    }
  }

  /** One request as it arrived: its head and body text, and the connection's number (from 0). */
  record Received(String head, String body, int connection) {}

  interface Script {
    Reply reply(Received request);
  }

  private final ServerSocket socket;
  private final Script script;
  private final AtomicInteger connections = new AtomicInteger();
  final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  RawServer(Script script) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.script = script;
    Thread acceptor = new Thread(this::accept, "raw-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  int connections() {
    return connections.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        open.add(s);
        int number = connections.getAndIncrement();
        Thread t = new Thread(() -> serve(s, number), "raw-server-" + number);
        t.setDaemon(true);
        t.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket s, int connection) {
    try (s) {
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      while (true) {
        String head = readHead(in);
        if (head == null) {
          return;
        }
        String body = readBody(in, head);
        Received request = new Received(head, body, connection);
        received.add(request);
        Reply reply = script.reply(request);
        out.write(reply.bytes().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        if (reply.close()) {
          return;
        }
      }
    } catch (IOException ignored) {
      // the client went away
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    for (int b; (b = in.read()) != -1; ) {
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        return head.toString(StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }

  private static String readBody(InputStream in, String head) throws IOException {
    String lower = head.toLowerCase(Locale.ROOT);
    int at = lower.indexOf("\r\ncontent-length:");
    if (at < 0) {
      return "";
    }
    int end = lower.indexOf("\r\n", at + 2);
    int length = Integer.parseInt(head.substring(at + 17, end).trim());
    byte[] body = in.readNBytes(length);
    return new String(body, StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket s : open) {
      s.close();
    }
  }
}
