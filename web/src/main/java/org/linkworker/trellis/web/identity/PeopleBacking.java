package org.linkworker.trellis.web.identity;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.NewPerson;
import org.linkworker.trellis.identity.boundary.OrganisationService;
import org.linkworker.trellis.identity.boundary.OrganisationView;
import org.linkworker.trellis.identity.boundary.PeopleService;
import org.linkworker.trellis.identity.boundary.PersonChange;
import org.linkworker.trellis.identity.boundary.PersonView;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.PageWindow;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /organisation/people.xhtml?id=<organisation>}: the people of one organisation, a
 * page at a time, for its employer and the steward. They add people, deactivate and reactivate
 * them, and set a link worker's career stage and supervisor ({@code &edit=<username>} opens that
 * form).
 *
 * <p>An organisation the caller may not see is "not found" (404), whether it exists or not; one
 * they may see but not manage (their own, for a link worker) is forbidden (403).
 *
 * <p>View scoped, so that a row's buttons act on the person of the row that was shown even if the
 * list changed meanwhile, and the selects are checked against the options that were offered. The
 * view lives in the session, which another server may restore: everything the postbacks need is
 * held in this package's own serialisable records, never in the boundary's views, and the
 * boundaries are reached through the container's serialisable proxies.
 */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rows on one page. */
  static final int PAGE_SIZE = 50;

  /**
   * Supervisors are offered from the first this many people of the organisation (the boundary's
   * longest page).
   */
  static final int SUPERVISOR_SCAN = Page.MAX_LIMIT;

  /** What {@code ?done=} may say the previous request did; anything else is ignored. */
  static final Set<String> DONE = Set.of("added", "deactivated", "reactivated", "saved");

  /** The boundary's field names and the inputs of the add form that hold them. */
  static final Map<String, String> ADD_INPUTS =
      Map.of(
          "username", "new-username",
          "displayName", "new-display-name",
          "password", "new-password",
          "roles", "new-roles",
          "stage", "new-stage",
          "supervisor", "new-supervisor");

  /** The boundary's field names and the inputs of the edit form that hold them. */
  static final Map<String, String> EDIT_INPUTS =
      Map.of("stage", "edit-stage", "supervisor", "edit-supervisor");

  private OrganisationService organisations;
  private PeopleService people;
  private AccessPolicy policy;
  private CurrentFrameworks frameworks;
  private CurrentCaller currentCaller;

  // The GET parameters.
  private String id;
  private String offset;
  private String edit;
  private String done;

  // What the view shows, kept for the view's postbacks.
  private String organisationName;
  private List<PersonRow> rows = List.of();
  private PageWindow window;
  private List<Option> stages = List.of();
  private List<Option> supervisors = List.of();
  private List<Role> roles = List.of();
  private Editing editing;

  // The add form. The password lives for one request and is never written with the session.
  private String newUsername;
  private String newDisplayName;
  private transient String newPassword;
  private Role[] newRoles;
  private String newStage;
  private String newSupervisor;

  // The edit form.
  private String editStage;
  private String editSupervisor;

  @Inject
  public PeopleBacking(
      OrganisationService organisations,
      PeopleService people,
      AccessPolicy policy,
      CurrentFrameworks frameworks,
      CurrentCaller currentCaller) {
    this.organisations = organisations;
    this.people = people;
    this.policy = policy;
    this.frameworks = frameworks;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected PeopleBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    Optional<OrganisationView> found =
        id == null || id.isBlank() ? Optional.empty() : organisations.find(caller, id);
    if (found.isEmpty()) {
      Refusals.notFound(context);
      return;
    }
    if (!policy.mayManagePeopleOf(caller, id)) {
      Refusals.forbidden(context);
      return;
    }
    organisationName = found.get().name();
    int start = PageWindow.offsetOf(offset);
    Page<PersonView> page = people.people(caller, id, start, PAGE_SIZE);
    window = new PageWindow(start, PAGE_SIZE, page.items().size(), page.total());
    stages = stageOptions(frameworks.all().stream().map(FrameworkSnapshot::outline).toList());
    supervisors = supervisorOptions(people.people(caller, id, 0, SUPERVISOR_SCAN).items());
    rows = rows(page.items(), stages, supervisors);
    roles = assignableRoles(policy.mayManageOrganisations(caller));
    if (edit != null && !edit.isBlank()) {
      Optional<PersonView> person =
          people.findPerson(caller, edit).filter(p -> id.equals(p.organisationId()));
      if (person.isEmpty()) {
        Refusals.notFound(context);
        return;
      }
      editing = Editing.of(person.get());
      editStage = person.get().stage();
      editSupervisor = person.get().supervisor();
    }
  }

  /** The add form's action. */
  public void add() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    Set<Role> chosen = newRoles == null ? Set.of() : EnumSet.copyOf(Arrays.asList(newRoles));
    try {
      people.addPerson(
          currentCaller.get(),
          id,
          new NewPerson(newUsername, newDisplayName, newPassword, chosen, newStage, newSupervisor));
    } catch (InvalidInputException invalid) {
      FieldMessages.show(context, invalid, ADD_INPUTS);
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(context, InvalidInputException.of(invalid), ADD_INPUTS);
      return;
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
      return;
    } finally {
      newPassword = null;
    }
    reload(context, "added");
  }

  /** A row's deactivate button. */
  public void deactivate(PersonRow row) throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      people.deactivate(currentCaller.get(), row.username());
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
      return;
    }
    reload(context, "deactivated");
  }

  /** A row's reactivate button. */
  public void reactivate(PersonRow row) throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      people.reactivate(currentCaller.get(), row.username());
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
      return;
    }
    reload(context, "reactivated");
  }

  /** The edit form's action: the stage and supervisor of the person being edited. */
  public void save() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      people.updatePerson(
          currentCaller.get(),
          editing.username(),
          new PersonChange(null, null, editStage, editSupervisor, editing.version()));
    } catch (InvalidInputException invalid) {
      FieldMessages.show(context, invalid, EDIT_INPUTS);
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(context, InvalidInputException.of(invalid), EDIT_INPUTS);
      return;
    } catch (TrellisException refused) {
      // Stale version, or the person is no longer visible: say so above the form.
      FieldMessages.error(context, null, refused.getMessage());
      return;
    }
    reload(context, "saved");
  }

  /** Back to this page of the list, freshly read, saying what was done (POST, redirect, GET). */
  private void reload(FacesContext context, String what) throws IOException {
    ExternalContext external = context.getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/organisation/people.xhtml?id="
            + URLEncoder.encode(id, StandardCharsets.UTF_8)
            + "&offset="
            + PageWindow.offsetOf(offset)
            + "&done="
            + what);
  }

  /**
   * The career stages of every current framework (the default one's first), each framework's in
   * their order, as select options: a link worker's stage decides their framework.
   */
  static List<Option> stageOptions(List<FrameworkOutline> frameworks) {
    return frameworks.stream()
        .flatMap(
            framework ->
                framework.stages().stream().sorted(Comparator.comparingInt(StageView::order)))
        .map(stage -> new Option(stage.code(), stage.title()))
        .toList();
  }

  /** The organisation's active supervisors, by display name, as select options. */
  static List<Option> supervisorOptions(List<PersonView> people) {
    return people.stream()
        .filter(person -> person.active() && person.roles().contains(Role.SUPERVISOR))
        .sorted(Comparator.comparing(PersonView::displayName, String.CASE_INSENSITIVE_ORDER))
        .map(person -> new Option(person.username(), person.displayName()))
        .toList();
  }

  /** The rows of the table, with stage and supervisor named as people know them. */
  static List<PersonRow> rows(
      List<PersonView> people, List<Option> stages, List<Option> supervisors) {
    Map<String, String> stageTitles = labels(stages);
    Map<String, String> supervisorNames = labels(supervisors);
    return people.stream()
        .map(
            person ->
                new PersonRow(
                    person.username(),
                    person.displayName(),
                    person.active(),
                    RowIds.of("person", person.username()),
                    person.roles().stream().sorted().toList(),
                    person.stage() == null
                        ? null
                        : stageTitles.getOrDefault(person.stage(), person.stage()),
                    person.supervisor() == null
                        ? null
                        : supervisorNames.getOrDefault(person.supervisor(), person.supervisor())))
        .toList();
  }

  /**
   * The roles the add form offers: every role but the steward's, which only the steward (who
   * manages every account) is offered. The boundary decides in the end.
   */
  static List<Role> assignableRoles(boolean steward) {
    return Arrays.stream(Role.values()).filter(role -> steward || role != Role.STEWARD).toList();
  }

  private static Map<String, String> labels(List<Option> options) {
    return options.stream().collect(Collectors.toMap(Option::value, Option::label, (a, b) -> a));
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getOffset() {
    return offset;
  }

  public void setOffset(String offset) {
    this.offset = offset;
  }

  public String getEdit() {
    return edit;
  }

  public void setEdit(String edit) {
    this.edit = edit;
  }

  /** What the previous request did ({@code ?done=added}), for the confirmation above the list. */
  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = DONE.contains(done) ? done : null;
  }

  /** The name of the organisation whose people are shown. */
  public String getOrganisationName() {
    return organisationName;
  }

  public List<PersonRow> getRows() {
    return rows;
  }

  public PageWindow getWindow() {
    return window;
  }

  public List<Option> getStages() {
    return stages;
  }

  public List<Option> getSupervisors() {
    return supervisors;
  }

  public List<Role> getRoles() {
    return roles;
  }

  /** The person whose stage and supervisor are being changed, or null. */
  public Editing getEditing() {
    return editing;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public Role[] getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(Role[] newRoles) {
    this.newRoles = newRoles;
  }

  public String getNewStage() {
    return newStage;
  }

  public void setNewStage(String newStage) {
    this.newStage = newStage;
  }

  public String getNewSupervisor() {
    return newSupervisor;
  }

  public void setNewSupervisor(String newSupervisor) {
    this.newSupervisor = newSupervisor;
  }

  public String getEditStage() {
    return editStage;
  }

  public void setEditStage(String editStage) {
    this.editStage = editStage;
  }

  public String getEditSupervisor() {
    return editSupervisor;
  }

  public void setEditSupervisor(String editSupervisor) {
    this.editSupervisor = editSupervisor;
  }

  /** A select option: the value sent, the label shown. */
  public record Option(String value, String label) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A person as a table row: the id of the row, their roles in a fixed order, and their stage and
   * supervisor by name (null when they have none).
   */
  public record PersonRow(
      String username,
      String displayName,
      boolean active,
      String elementId,
      List<Role> roles,
      String stageTitle,
      String supervisorName)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean isLinkWorker() {
      return roles.contains(Role.LINK_WORKER);
    }
  }

  /**
   * The person being edited, as far as saving needs them: who they are and the version the form was
   * based on (a change based on a stale version is refused).
   */
  public record Editing(String username, String displayName, long version) implements Serializable {

    private static final long serialVersionUID = 1L;

    static Editing of(PersonView person) {
      return new Editing(person.username(), person.displayName(), person.version());
    }
  }
}
