package org.linkworker.trellis.rest.portfolio;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.linkworker.trellis.portfolio.boundary.EvidenceService;

/**
 * Refuses an evidence upload whose declared length is already over the limit before the runtime
 * reads and buffers its parts; the service still counts the bytes of what gets through (a chunked
 * request declares no length).
 */
@Provider
@EvidenceUpload
public class EvidenceUploadLimit implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared == null || declared.isBlank()) {
      return;
    }
    long length;
    try {
      length = Long.parseLong(declared.strip());
    } catch (NumberFormatException e) {
      // The container answers a malformed Content-Length itself; nothing to add here.
      return;
    }
    EvidenceService.refuseLargerRequest(length);
  }
}
