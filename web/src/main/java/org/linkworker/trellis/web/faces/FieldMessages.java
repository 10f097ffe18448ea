package org.linkworker.trellis.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.TrellisException;

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

  /**
   * Runs a boundary call for a form and shows what it refuses: each field's message next to its
   * input, anything else above the form.
   *
   * @return what the call returned, or empty when it was refused (the messages are then shown)
   */
  public static <T> Optional<T> attempt(
      FacesContext context, Map<String, String> inputIds, Supplier<T> call) {
    try {
      return Optional.ofNullable(call.get());
    } catch (InvalidInputException invalid) {
      show(context, invalid, inputIds);
    } catch (ConstraintViolationException invalid) {
      show(context, InvalidInputException.of(invalid), inputIds);
    } catch (TrellisException refused) {
      error(context, null, refused.getMessage());
    }
    return Optional.empty();
  }
}
