package org.linkworker.trellis.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Which of a resource's representations a request asks for by its {@code Accept} header. JSON is
 * the API's language (API.md): a request that names no type, or prefers any type ({@code *}{@code
 * /*}, as curl and most HTTP libraries send), gets the first representation offered, which is JSON;
 * one that prefers CSV or PDF by name gets that.
 */
public final class ContentNegotiation {

  private ContentNegotiation() {}

  /**
   * The representation to answer with: for the most preferred type of the {@code Accept} header (by
   * quality, then the most specific), the first offered that it matches; the first offered when it
   * is a wildcard or matches none.
   *
   * @param offered the representations, the default (JSON) first
   */
  public static MediaType choose(HttpHeaders headers, MediaType... offered) {
    List<MediaType> acceptable = headers.getAcceptableMediaTypes();
    for (MediaType wanted : acceptable) {
      if (wanted.isWildcardType()) {
        return offered[0];
      }
      for (MediaType candidate : offered) {
        if (wanted.isCompatible(candidate)) {
          return candidate;
        }
      }
    }
    return offered[0];
  }
}
