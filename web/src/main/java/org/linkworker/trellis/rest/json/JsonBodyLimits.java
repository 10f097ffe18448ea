package org.linkworker.trellis.rest.json;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.linkworker.trellis.rest.ApiTexts;

/**
 * Bounds every JSON request body before any reader sees it: its size, and how deeply it nests lists
 * and objects. Without them a body of 10,000 nested arrays made the JSON parser give up with an
 * unchecked exception (a 500), and a body of many megabytes was read whole into memory and bound.
 *
 * <p>A payload (a CPD entry, a course, a person...) is a few kilobytes at most: its body may be
 * {@value #PAYLOAD_MB} MB, which still lets a 1 MB text reach validation and be refused there with
 * the field named. A framework's CASE package, read as bytes, may be {@value #PACKAGE_MB} MB. No
 * body of the API nests more than {@value #MAX_DEPTH} levels. Too large is a 413, too deep a 400,
 * both problem documents; the stream stops at the first byte over the bound, so the rest of the
 * body is never read into memory.
 */
@Provider
public class JsonBodyLimits implements ReaderInterceptor {

  /** The most a JSON payload may be, in megabytes. */
  public static final int PAYLOAD_MB = 2;

  /**
   * The most a file read as bytes may be, in megabytes: a CASE package (as the import page takes
   * too); a CSV import is refused beyond its own smaller limit, with its reason, by its service.
   */
  public static final int PACKAGE_MB = 20;

  /** How much of a refused body is read and thrown away so that the client hears the answer. */
  static final int DISCARDED_MB = 64;

  /** The deepest a JSON body may nest arrays and objects. */
  public static final int MAX_DEPTH = 64;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    boolean json =
        type != null
            && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json"));
    // A file read as bytes (a CASE package, as JSON or as application/octet-stream; a CSV import)
    // is bounded whatever it is said to be, so that no body is read whole into memory unbounded.
    boolean file = context.getType() == byte[].class;
    if (json || file) {
      int megabytes = file ? PACKAGE_MB : PAYLOAD_MB;
      InputStream original = context.getInputStream();
      context.setInputStream(new Bounded(original, megabytes, json));
      try {
        return context.proceed();
      } catch (Exceeded exceeded) {
        discardRest(original);
        throw new WebApplicationException(
            exceeded.getMessage(), Response.status(exceeded.status).build());
      }
    }
    return context.proceed();
  }

  /**
   * Reads what is left of a refused body, unkept, up to {@value #DISCARDED_MB} MB: a client that is
   * still sending when the answer comes (the JDK's HttpClient, for one) would otherwise see the
   * connection end with no answer at all instead of the 413.
   */
  private static void discardRest(InputStream body) {
    byte[] buffer = new byte[64 * 1024];
    long left = DISCARDED_MB * 1024L * 1024L;
    try {
      int n;
      while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
        left -= n;
      }
    } catch (IOException gone) {
      // The client went away; the refusal stands all the same.
    }
  }

  /**
   * A bound was passed, raised from inside whatever reader was reading (none of them catch an
   * unchecked exception of a stream) and answered above as a problem of its status.
   */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;

    Exceeded(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  /** The body, counted and scanned for nesting as it is read. */
  static final class Bounded extends FilterInputStream {

    private final long maxBytes;
    private final int megabytes;
    private long read;
    private int depth;
    private boolean inString;
    private boolean escaped;

    /** Whether nesting is counted: for JSON only (a CSV cell may well hold brackets). */
    private final boolean nesting;

    Bounded(InputStream in, int megabytes) {
      this(in, megabytes, true);
    }

    Bounded(InputStream in, int megabytes, boolean nesting) {
      super(in);
      this.megabytes = megabytes;
      this.maxBytes = megabytes * 1024L * 1024L;
      this.nesting = nesting;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b != -1) {
        see((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = 0; i < n; i++) {
        see(buffer[offset + i]);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipped bytes would escape the count; read them instead.
      long skipped = 0;
      while (skipped < n && read() != -1) {
        skipped++;
      }
      return skipped;
    }

    private void see(byte b) {
      if (++read > maxBytes) {
        throw new Exceeded(
            Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(),
            ApiTexts.text("api.problem.body.tooLarge", megabytes));
      }
      if (!nesting) {
        return;
      }
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
        return;
      }
      switch (b) {
        case '"' -> inString = true;
        case '[', '{' -> {
          if (++depth > MAX_DEPTH) {
            throw new Exceeded(
                Response.Status.BAD_REQUEST.getStatusCode(),
                ApiTexts.text("api.problem.body.tooDeep", MAX_DEPTH));
          }
        }
        case ']', '}' -> depth--;
        default -> {
          // Any other byte (UTF-8 continuation bytes never look like these) changes nothing.
        }
      }
    }
  }
}
