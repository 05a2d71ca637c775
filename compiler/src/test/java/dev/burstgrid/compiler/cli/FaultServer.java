package dev.burstgrid.compiler.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A plain-socket HTTP server on 127.0.0.1 that misbehaves by path: {@code /hang} never answers,
 * {@code /reset} resets the connection mid-response, {@code /stall} sends half a body and stops,
 * {@code /error} answers 503, {@code /close} closes without a word, {@code /big} sends a 50 MB body.
 * Closing the server closes every connection it holds.
 */
final class FaultServer implements AutoCloseable {
  static final int BIG = 50 * 1024 * 1024;

  private final ServerSocket server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  FaultServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    pool.execute(this::accept);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        open.add(s);
        pool.execute(() -> serve(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
      String path = requestPath(in);
      switch (path) {
        case "/hang" -> waitForClient(in);
        case "/reset" -> {
          out.write(ascii("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial"));
          out.flush();
          s.setSoLinger(true, 0); // close sends RST
        }
        case "/stall" -> {
          out.write(ascii("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nhalf of it"));
          out.flush();
          waitForClient(in);
        }
        case "/error" -> out.write(ascii("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 4\r\n"
            + "Connection: close\r\n\r\ndown"));
        case "/close" -> { } // closed by the try, before any byte of a response
        case "/big" -> {
          out.write(ascii("HTTP/1.1 200 OK\r\nContent-Length: " + BIG + "\r\nConnection: close\r\n\r\n"));
          byte[] chunk = new byte[64 * 1024];
          Arrays.fill(chunk, (byte) 'x');
          for (int sent = 0; sent < BIG; sent += chunk.length) {
            out.write(chunk, 0, Math.min(chunk.length, BIG - sent));
          }
        }
        default -> out.write(ascii("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
      }
      out.flush();
    } catch (IOException e) {
      // The client went away, as clients of a faulty server do.
    } finally {
      open.remove(s);
    }
  }

  /** Blocks until the client closes its side (or the server closes). */
  private static void waitForClient(InputStream in) throws IOException {
    while (in.read() >= 0) {
      // discard
    }
  }

  private static String requestPath(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed before the request ended");
      }
      head.append((char) b);
    }
    String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
    String target = requestLine.length > 1 ? requestLine[1] : "/";
    return target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : open) {
      s.close();
    }
    pool.shutdownNow();
  }
}
