package dk.samtalenotat.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A plain HTTP/1.1 client that connects from a loopback address of its choosing (any 127.x.y.z is
 * the loopback interface on Linux), so that a test appears to the server as a source address of its
 * own: the security log's throttle works per source, and the other tests all come from 127.0.0.1.
 */
final class LoopbackSource {

  private final InetAddress local;

  LoopbackSource(String address) {
    try {
      this.local = InetAddress.getByName(address);
    } catch (IOException e) {
      throw new IllegalArgumentException(address, e);
    }
  }

  /** A GET of {@code uri} with the headers; answers the status code (the body is read away). */
  int get(URI uri, Map<String, String> headers) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(local, 0));
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
      socket.setSoTimeout(30_000);
      StringBuilder request =
          new StringBuilder("GET ")
              .append(uri.getRawPath())
              .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
              .append(" HTTP/1.1\r\nHost: ")
              .append(uri.getHost())
              .append(':')
              .append(uri.getPort())
              .append("\r\nConnection: close\r\n");
      headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] answer = in.readAllBytes();
      String head = new String(answer, 0, Math.min(answer.length, 64), StandardCharsets.US_ASCII);
      if (!head.startsWith("HTTP/1.1 ")) {
        throw new IOException("not an HTTP answer: " + head);
      }
      return Integer.parseInt(head.substring(9, 12));
    }
  }
}
