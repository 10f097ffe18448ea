package org.linkworker.trellis.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A report downloaded as a file (CSV, PDF): an attachment with its name, never cached (it holds
 * people's data), its type not to be guessed by the browser.
 */
public final class Attachments {

  private Attachments() {}

  /**
   * @param content the file's body: text, bytes, or a streaming output
   * @param type its media type
   * @param fileName the name it is saved under, extension included
   */
  public static Response of(Object content, String type, String fileName) {
    return Response.ok(content, type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
