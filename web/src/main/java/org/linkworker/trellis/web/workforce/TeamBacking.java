package org.linkworker.trellis.web.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.OrganisationService;
import org.linkworker.trellis.identity.boundary.OrganisationView;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.web.catalogue.Option;
import org.linkworker.trellis.web.faces.Downloads;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.PageWindow;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.SupervisionTarget;
import org.linkworker.trellis.workforce.boundary.TeamMemberCompliance;
import org.linkworker.trellis.workforce.boundary.TeamMemberSupervision;
import org.linkworker.trellis.workforce.boundary.TeamService;

/**
 * Backs {@code /workforce/team.xhtml}: an organisation's team for its employer (their own
 * organisation) and the steward (the organisation chosen with {@code ?id=}). One row a link worker:
 * their CPD status per scheme and their supervision, filtered by stage and supervisor with a GET
 * form, a page of {@value #PAGE_SIZE} at a time, each row linking to the person; both reports as
 * CSV ({@code ?format=csv&part=compliance|supervision}, answered instead of the page); and the form
 * that sets the organisation's supervision interval (a POST). Someone of the organisation who may
 * not see its reports gets 403; anyone else, for any organisation, 404.
 */
@Named
@RequestScoped
public class TeamBacking {

  static final int PAGE_SIZE = 50;

  static final Map<String, String> INPUTS = Map.of("weeks", "supervision-weeks");

  private TeamService team;
  private OrganisationService organisations;
  private CurrentFrameworks frameworks;
  private CurrentCaller currentCaller;

  private String id;
  private String on;
  private String stage;
  private String supervisor;
  private String offset;
  private String format;
  private String part;
  private String done;
  private String weeks;

  private String organisation;
  private String organisationName;
  private LocalDate day;
  private List<TeamRow> rows = List.of();
  private PageWindow window;
  private SupervisionTarget target;
  private Map<String, String> supervisors = Map.of();
  private List<OrganisationView> employers;

  @Inject
  public TeamBacking(
      TeamService team,
      OrganisationService organisations,
      CurrentFrameworks frameworks,
      CurrentCaller currentCaller) {
    this.team = team;
    this.organisations = organisations;
    this.frameworks = frameworks;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected TeamBacking() {}

  /** The row of one worker: their compliance and their supervision, read for the same page. */
  public record TeamRow(TeamMemberCompliance compliance, TeamMemberSupervision supervision) {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    String chosen = Blank.orNull(id) == null ? null : id.strip();
    if (chosen == null) {
      if (caller.has(Role.STEWARD)) {
        return;
      }
      chosen = caller.organisationId();
      if (chosen == null) {
        Refusals.notFound(context);
        return;
      }
    }
    if (Blank.orNull(on) != null) {
      try {
        day = LocalDate.parse(on.strip());
      } catch (DateTimeParseException e) {
        FieldMessages.error(context, "on", Texts.text("workforce_team.on.invalid"));
      }
    }
    try {
      read(context, caller, chosen);
    } catch (NotVisibleException notVisible) {
      Refusals.notFound(context);
    } catch (AccessDeniedException refused) {
      Refusals.forbidden(context);
    }
  }

  private void read(FacesContext context, Caller caller, String chosen) {
    TeamService.Filter filter = new TeamService.Filter(day, null, stage, supervisor);
    target = team.supervisionTarget(caller, chosen);
    organisation = target.organisation();
    organisationName =
        organisations.find(caller, organisation).map(OrganisationView::name).orElse(null);
    if ("csv".equals(Blank.orNull(format) == null ? null : format.strip())
        && !context.isValidationFailed()) {
      LocalDate asked = day == null ? team.today() : day;
      if ("supervision".equals(part)) {
        Downloads.send(
            context,
            Csv.MEDIA_TYPE,
            "team-supervision-" + asked + ".csv",
            TeamService.supervisionCsv(team.supervisionOfEveryone(caller, organisation, filter)));
      } else {
        Downloads.send(
            context,
            Csv.MEDIA_TYPE,
            "team-compliance-" + asked + ".csv",
            TeamService.complianceCsv(team.complianceOfEveryone(caller, organisation, filter)));
      }
      return;
    }
    int start = PageWindow.offsetOf(offset);
    Page<TeamMemberCompliance> compliance =
        team.compliance(caller, organisation, filter, start, PAGE_SIZE);
    Page<TeamMemberSupervision> supervision =
        team.supervision(caller, organisation, filter, start, PAGE_SIZE);
    List<TeamRow> read = new ArrayList<>();
    for (int i = 0; i < compliance.items().size(); i++) {
      read.add(
          new TeamRow(
              compliance.items().get(i),
              i < supervision.items().size() ? supervision.items().get(i) : null));
    }
    rows = read;
    window = new PageWindow(start, PAGE_SIZE, rows.size(), compliance.total());
    supervisors = team.supervisorsOf(caller, organisation);
    if (weeks == null) {
      weeks = Integer.toString(target.weeks());
    }
  }

  /** The supervision form's button: sets the interval and shows the page again. */
  public void setTarget() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    String chosen = requestedOrganisation(context, caller);
    Integer asked = null;
    if (Blank.orNull(weeks) != null) {
      try {
        asked = Integer.valueOf(weeks.strip());
      } catch (NumberFormatException e) {
        asked = 0;
      }
    }
    Integer given = asked;
    if (FieldMessages.attempt(context, INPUTS, () -> team.targetSupervision(caller, chosen, given))
        .isEmpty()) {
      try {
        read(context, caller, chosen);
      } catch (NotVisibleException | AccessDeniedException | InvalidInputException e) {
        // The refusal is shown above the form already.
      }
      return;
    }
    StringBuilder next =
        new StringBuilder(context.getExternalContext().getRequestContextPath())
            .append("/workforce/team.xhtml?done=target");
    if (Blank.orNull(id) != null) {
      next.append("&id=").append(id.strip());
    }
    context.getExternalContext().redirect(next.toString());
  }

  private String requestedOrganisation(FacesContext context, Caller caller) {
    if (Blank.orNull(id) == null) {
      id = context.getExternalContext().getRequestParameterMap().get("id");
    }
    return Blank.orNull(id) == null ? caller.organisationId() : id.strip();
  }

  /** The confirmation after the interval was set, or null. */
  public String getDoneMessage() {
    return "target".equals(done) && target != null
        ? Texts.text("workforce_team.done.target", target.weeks())
        : null;
  }

  /**
   * Every current framework's career stages, each framework's in their order: the stage filter's
   * choices (an organisation may employ several professions).
   */
  public List<StageView> getStages() {
    return frameworks.stages();
  }

  /** A stage's title, or its code when no current framework has such a stage. */
  public String stageTitle(String code) {
    if (code == null) {
      return Texts.text("common.notSet");
    }
    return frameworks.stageTitle(code).orElse(code);
  }

  public boolean isSteward() {
    return currentCaller.get().has(Role.STEWARD);
  }

  /** The employers the steward may choose from, read when first asked for. */
  public List<OrganisationView> getEmployers() {
    if (employers == null) {
      employers =
          isSteward()
              ? organisations.list(currentCaller.get()).stream()
                  .filter(o -> o.kind() == OrganisationKind.EMPLOYER)
                  .toList()
              : List.of();
    }
    return employers;
  }

  /** Whether a team was read: false on the steward's chooser. */
  public boolean isShown() {
    return organisation != null;
  }

  /** Whether a filter narrows the team. */
  public boolean isFiltered() {
    return Blank.orNull(stage) != null || Blank.orNull(supervisor) != null;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public List<TeamRow> getRows() {
    return rows;
  }

  public PageWindow getWindow() {
    return window;
  }

  public SupervisionTarget getTarget() {
    return target;
  }

  /** The supervisor filter's choices: the supervisors of the team, by name. */
  public List<Option> getSupervisors() {
    return supervisors.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
  }

  /** The day reported on. */
  public LocalDate getDay() {
    return day == null ? team.today() : day;
  }

  /** The organisation chosen: the one reported on, else the one asked for. */
  public String getChosen() {
    return organisation == null ? id : organisation;
  }

  public void setChosen(String chosen) {
    this.id = chosen;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getOn() {
    return on;
  }

  public void setOn(String on) {
    this.on = on;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getSupervisor() {
    return supervisor;
  }

  public void setSupervisor(String supervisor) {
    this.supervisor = supervisor;
  }

  public String getOffset() {
    return offset;
  }

  public void setOffset(String offset) {
    this.offset = offset;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public String getPart() {
    return part;
  }

  public void setPart(String part) {
    this.part = part;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }

  public String getWeeks() {
    return weeks;
  }

  public void setWeeks(String weeks) {
    this.weeks = weeks;
  }
}
