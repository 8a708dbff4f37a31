package dk.samtalenotat.web.limits;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body has no declared length: its bytes are counted as they are read, and reading
 * past the limit fails at once ({@link TooLargeException}), so that no reader, however it buffers,
 * gets more than the limit.
 */
final class CountingRequest extends HttpServletRequestWrapper {

  /** Thrown to whoever reads past the limit; the filter turns it into 413. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long limit) {
      super("request body larger than " + limit + " bytes");
    }
  }

  private final long limit;
  private long count;
  private boolean exceeded;
  private ServletInputStream stream;
  private BufferedReader reader;

  CountingRequest(HttpServletRequest request, long limit) {
    super(request);
    this.limit = limit;
  }

  /** True once something tried to read past the limit. */
  boolean exceeded() {
    return exceeded;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (stream == null) {
      stream = new Counting(super.getInputStream());
    }
    return stream;
  }

  @Override
  public BufferedReader getReader() throws IOException {
    if (reader == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
    return reader;
  }

  private void counted(int n) throws TooLargeException {
    if (n > 0) {
      count += n;
      if (count > limit) {
        exceeded = true;
        throw new TooLargeException(limit);
      }
    }
  }

  private final class Counting extends ServletInputStream {
    private final ServletInputStream in;

    Counting(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      if (exceeded) {
        throw new TooLargeException(limit);
      }
      int b = in.read();
      counted(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (exceeded) {
        throw new TooLargeException(limit);
      }
      // Never more than one byte past the limit is asked for, so none is read needlessly.
      long room = limit - count + 1;
      int n = in.read(b, off, (int) Math.min(len, Math.max(1, room)));
      counted(n);
      return n;
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
