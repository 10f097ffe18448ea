package org.linkworker.trellis.rest;

import jakarta.ws.rs.BadRequestException;

/** What every resource that reads a JSON body needs: a body at all. */
public final class RequestBodies {

  private RequestBodies() {}

  /**
   * The body, when the request had one; an empty body reaches a resource as null and would
   * otherwise end in a 500.
   */
  public static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException(ApiTexts.text("api.problem.body.missing"));
    }
    return body;
  }
}
