package org.linkworker.trellis.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.TreeMap;
import org.linkworker.trellis.platform.InvalidInputException;

/**
 * Shows what a boundary said about a form's input next to the fields it concerns. A boundary names
 * fields as the API does ({@code displayName}); a page's inputs have ids of their own ({@code
 * new-display-name}), so each form says which is which. A field the form does not know is shown at
 * the top of the form rather than lost.
 */
public final class FieldMessages {

  private FieldMessages() {}

  /**
   * Adds one error message per field.
   *
   * @param inputIds the client id of the input for each field name the boundary may use
   */
  public static void show(
      FacesContext context, InvalidInputException invalid, Map<String, String> inputIds) {
    // Sorted, so the messages come in the same order every time.
    new TreeMap<>(invalid.fieldErrors())
        .forEach(
            (field, message) ->
                context.addMessage(
                    inputIds.get(field),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
    context.validationFailed();
  }

  /** Adds an error message to one input (its client id), or to the form when null. */
  public static void error(FacesContext context, String clientId, String message) {
    context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    context.validationFailed();
  }
}
