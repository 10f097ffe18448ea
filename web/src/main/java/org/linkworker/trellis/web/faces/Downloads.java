package org.linkworker.trellis.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
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
}
