package org.linkworker.trellis.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP/1.1 exchange over a plain socket, for requests a well-behaved client refuses to send (an
 * unknown method, a path that climbs out of the root): the answers to those are written by the
 * server itself, not by the application, and are what a scanner reads.
 */
final class RawHttp {

  /** What came back: the status line, the header lines and the body, as sent. */
  record Response(String statusLine, List<String> headers, String body) {

    int status() {
      return Integer.parseInt(statusLine.split(" ")[1]);
    }

    Optional<String> header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream()
          .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(h -> h.substring(prefix.length()).trim())
          .findFirst();
    }

    @Override
    public String toString() {
      return statusLine + " " + headers;
    }
  }

  private RawHttp() {}

  /** Sends {@code METHOD target HTTP/1.1} with a Host header and reads the answer to its end. */
  static Response exchange(String host, int port, String method, String target) {
    String request =
        method
            + " "
            + target
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + "\r\nConnection: close\r\n\r\n";
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String body = end < 0 ? "" : text.substring(end + 4);
      List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
      String statusLine = lines.remove(0);
      return new Response(statusLine, lines, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
