package dk.samtalenotat.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An upload over a plain socket, as a client that streams does it: the body is generated while it
 * is sent (nothing of it on disk or in memory), with a declared length or chunked, while another
 * thread reads the answer; sending stops as soon as an answer has come, as curl does. Reports what
 * the server answered and how many body bytes the client got out before that: a server that stops
 * reading stops taking bytes, however many the client meant to send.
 */
final class RawUpload {

  /** What came back. */
  record Result(int status, Map<String, String> headers, String body, long bytesSent) {}

  private static final int PIECE = 64 * 1024;
  private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(5);

  private RawUpload() {}

  /**
   * Sends {@code total} bytes: {@code head} first, then zeros.
   *
   * @param chunked true for Transfer-Encoding: chunked (no length declared)
   */
  static Result post(
      URI base,
      String method,
      String path,
      Map<String, String> headers,
      byte[] head,
      long total,
      boolean chunked)
      throws IOException, InterruptedException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout((int) ANSWER_TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      StringBuilder request = new StringBuilder();
      request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
      request.append("Host: ").append(base.getHost()).append(':').append(base.getPort());
      request.append("\r\n");
      headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
      request.append(
          chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + total + "\r\n");
      request.append("\r\n");
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();

      AtomicBoolean answered = new AtomicBoolean();
      InputStream in = socket.getInputStream();
      CompletableFuture<byte[]> answer =
          CompletableFuture.supplyAsync(
              () -> {
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                try {
                  int n;
                  while ((n = in.read(buffer)) > 0) {
                    got.write(buffer, 0, n);
                    if (complete(got.toByteArray())) {
                      break;
                    }
                  }
                } catch (IOException e) {
                  // A reset after the answer: what came is the answer.
                }
                answered.set(true);
                try {
                  // Unblocks a sender the server no longer reads from.
                  socket.close();
                } catch (IOException e) {
                  // closed already
                }
                return got.toByteArray();
              });

      AtomicLong sent = new AtomicLong();
      byte[] zeros = new byte[PIECE];
      try {
        while (sent.get() < total && !answered.get()) {
          int n = (int) Math.min(PIECE, total - sent.get());
          byte[] piece = zeros;
          if (sent.get() < head.length) {
            piece = Arrays.copyOf(zeros, n);
            int from = (int) sent.get();
            System.arraycopy(head, from, piece, 0, Math.min(n, head.length - from));
          }
          if (chunked) {
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
          }
          out.write(piece, 0, n);
          if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
          }
          sent.addAndGet(n);
        }
        if (chunked && !answered.get()) {
          out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.flush();
      } catch (IOException closedByServer) {
        // The server answered and closed the connection while the client was still sending.
      }
      byte[] raw;
      try {
        raw = answer.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw new IOException("no answer to " + method + " " + path, e);
      }
      return parse(raw, sent.get());
    }
  }

  /** Headers complete and the Content-Length's worth of body read. */
  private static boolean complete(byte[] got) {
    String text = new String(got, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    for (String line : text.substring(0, end).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        long length = Long.parseLong(line.substring(15).strip());
        return got.length - end - 4 >= length;
      }
    }
    return false;
  }

  private static Result parse(byte[] raw, long sent) throws IOException {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no HTTP answer, got: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
    }
    String body = new String(Arrays.copyOfRange(raw, end + 4, raw.length), StandardCharsets.UTF_8);
    return new Result(status, headers, body, sent);
  }
}
