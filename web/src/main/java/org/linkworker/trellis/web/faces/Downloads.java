package org.linkworker.trellis.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Answers a page's postback with a file to download instead of the page. */
public final class Downloads {

  private Downloads() {}

  /**
   * Sends the text as a download.
   *
   * @param contentType e.g. {@code text/csv; charset=UTF-8}
   * @param fileName the name the browser offers to save it as (letters, digits, dots, hyphens)
   */
  public static void send(FacesContext context, String contentType, String fileName, String text) {
    ExternalContext external = context.getExternalContext();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    external.responseReset();
    external.setResponseContentType(contentType);
    external.setResponseContentLength(bytes.length);
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "-") + "\"");
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /**
   * Sends a stored file as a download, in the type its content was found to be.
   *
   * @param fileName the name offered; sent plainly (letters, digits, dots, hyphens) and in full as
   *     UTF-8
   */
  public static void send(
      FacesContext context, String contentType, String fileName, long length, InputStream in) {
    ExternalContext external = context.getExternalContext();
    external.responseReset();
    external.setResponseContentType(contentType);
    if (length >= 0 && length <= Integer.MAX_VALUE) {
      external.setResponseContentLength((int) length);
    }
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + fileName.replaceAll("[^A-Za-z0-9._-]", "-")
            + "\"; filename*=UTF-8''"
            + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    external.setResponseHeader("X-Content-Type-Options", "nosniff");
    try (InputStream source = in;
        OutputStream out = external.getResponseOutputStream()) {
      source.transferTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
