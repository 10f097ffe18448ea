package org.linkworker.trellis.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.NewOrganisation;
import org.linkworker.trellis.identity.boundary.OrganisationService;
import org.linkworker.trellis.identity.boundary.OrganisationView;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /admin/organisations.xhtml}: the steward's list of organisations, each with a link
 * to its people, and the form that creates one. Anyone else gets the 403 page.
 */
@Named
@RequestScoped
public class OrganisationsBacking {

  /** The boundary's field names and the inputs of the page that hold them. */
  static final Map<String, String> INPUTS =
      Map.of("name", "organisation-name", "kind", "organisation-kind");

  private OrganisationService organisations;
  private AccessPolicy policy;
  private CurrentCaller currentCaller;

  private List<OrganisationRow> rows;
  private String name;
  private OrganisationKind kind;
  private boolean created;

  @Inject
  public OrganisationsBacking(
      OrganisationService organisations, AccessPolicy policy, CurrentCaller currentCaller) {
    this.organisations = organisations;
    this.policy = policy;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected OrganisationsBacking() {}

  /** The page's view action: the steward's page, refused to everyone else. */
  public void load() {
    if (!policy.mayManageOrganisations(currentCaller.get())) {
      Refusals.forbidden(FacesContext.getCurrentInstance());
    }
  }

  /** The create form's action. */
  public String create() {
    try {
      organisations.create(currentCaller.get(), new NewOrganisation(name, kind));
    } catch (InvalidInputException invalid) {
      FieldMessages.show(FacesContext.getCurrentInstance(), invalid, INPUTS);
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(
          FacesContext.getCurrentInstance(), InvalidInputException.of(invalid), INPUTS);
      return null;
    }
    return "/admin/organisations?faces-redirect=true&created=true";
  }

  /** The organisations, each with the id of its table row. */
  public List<OrganisationRow> getRows() {
    if (rows == null) {
      rows =
          organisations.list(currentCaller.get()).stream()
              .map(
                  organisation ->
                      new OrganisationRow(
                          organisation, RowIds.of("organisation", organisation.id())))
              .toList();
    }
    return rows;
  }

  /** The kinds an organisation can be, in their declared order. */
  public OrganisationKind[] getKinds() {
    return OrganisationKind.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  /** Whether the page follows a creation ({@code ?created=true}). */
  public boolean isCreated() {
    return created;
  }

  public void setCreated(boolean created) {
    this.created = created;
  }

  /** An organisation and the id of its table row. */
  public record OrganisationRow(OrganisationView organisation, String elementId) {}
}
