package org.linkworker.trellis.rest.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every operation of the OpenAPI document the shared 401 response. Every request to the API
 * needs a signed-in caller (the authentication mechanism refuses it before any resource runs), so
 * the 401 belongs to the API as a whole; declaring it here keeps it out of each resource, where it
 * would otherwise be repeated, and cannot be forgotten on a new one. Registered as {@code
 * mp.openapi.filter} in the web module's {@code META-INF/microprofile-config.properties}.
 */
public class UnauthorizedResponseFilter implements OASFilter {

  static final String STATUS = "401";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem path : openApi.getPaths().getPathItems().values()) {
      if (path.getOperations() == null) {
        continue;
      }
      for (Operation operation : path.getOperations().values()) {
        addUnauthorized(operation);
      }
    }
  }

  private static void addUnauthorized(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    if (!responses.hasAPIResponse(STATUS)) {
      responses.addAPIResponse(
          STATUS, OASFactory.createAPIResponse().ref(StandardResponses.UNAUTHORIZED));
    }
  }
}
