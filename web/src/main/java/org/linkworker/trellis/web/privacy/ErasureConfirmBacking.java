package org.linkworker.trellis.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Owner;
import org.linkworker.trellis.identity.boundary.PeopleService;
import org.linkworker.trellis.identity.boundary.PersonView;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.privacy.boundary.ErasureService;
import org.linkworker.trellis.privacy.boundary.ErasureView;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /organisation/erasure.xhtml?username=}: an employer confirms that one of their
 * people asked for their data to be erased, saying how they asked; the request then waits for the
 * steward. Anyone who may not see the person gets the 404 page; anyone else who may not confirm,
 * the 403 page.
 */
@Named
@RequestScoped
public class ErasureConfirmBacking {

  /** The boundary's field names and the inputs of the page that hold them. */
  static final Map<String, String> INPUTS = Map.of("reason", "erasure-reason");

  private ErasureService erasures;
  private PeopleService people;
  private AccessPolicy policy;
  private CurrentCaller currentCaller;

  private String username;
  private String reason;
  private PersonView person;
  private ErasureView confirmed;

  @Inject
  public ErasureConfirmBacking(
      ErasureService erasures,
      PeopleService people,
      AccessPolicy policy,
      CurrentCaller currentCaller) {
    this.erasures = erasures;
    this.people = people;
    this.policy = policy;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected ErasureConfirmBacking() {}

  /** The page's view action. */
  public void load() {
    if (getPerson() == null) {
      Refusals.notFound(FacesContext.getCurrentInstance());
    } else if (!policy.mayConfirmErasure(currentCaller.get(), Owner.of(person))) {
      Refusals.forbidden(FacesContext.getCurrentInstance());
    }
  }

  /** The form's action: confirmed, the page says so and what happens next. */
  public String confirm() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (getPerson() == null) {
      return null;
    }
    try {
      confirmed = erasures.confirm(currentCaller.get(), person.username(), reason);
    } catch (InvalidInputException invalid) {
      FieldMessages.show(context, invalid, INPUTS);
    } catch (AccessDeniedException | StateConflictException refused) {
      FieldMessages.error(context, null, refused.getMessage());
    }
    return null;
  }

  /** The person named by the page's parameter (kept on postback), when the caller may see them. */
  public PersonView getPerson() {
    // On a postback the form is decoded before the view parameter reaches this bean, and it is
    // decoded only if rendered: the form's own copy of the parameter decides it then.
    String named =
        username != null
            ? username
            : FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("username");
    if (person == null && named != null && !named.isBlank()) {
      person = people.findPerson(currentCaller.get(), named).orElse(null);
    }
    return person;
  }

  public ErasureView getConfirmed() {
    return confirmed;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
