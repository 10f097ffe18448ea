package org.linkworker.trellis.web.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.platform.export.PdfLayout;
import org.linkworker.trellis.web.faces.Downloads;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.Coverage;
import org.linkworker.trellis.workforce.boundary.CoverageService;

/**
 * Backs {@code /workforce/coverage.xhtml}: an organisation's staff competency coverage for its
 * employer (their own organisation) and the steward (the organisation chosen with {@code ?id=}):
 * the figures, the competencies that hang on one person, the coverage of each competency, and the
 * heatmap of each person in each competency, narrowed by {@code ?stage=} and {@code ?supervisor=};
 * and the same as CSV ({@code ?format=csv&part=competencies|staff}) or PDF ({@code ?format=pdf}),
 * answered instead of the page. Everything is a GET, so nothing is posted back to this
 * request-scoped page. Someone of the organisation who may not see its reports gets 403; anyone
 * else, for any organisation, 404.
 */
@Named
@RequestScoped
public class CoverageBacking {

  private CoverageService service;
  private OrganisationService organisations;
  private CurrentFrameworks frameworks;
  private CurrentCaller currentCaller;

  private String id;
  private String on;
  private String stage;
  private String supervisor;
  private String format;
  private String part;

  private Coverage coverage;
  private boolean glanced;
  private List<OrganisationView> employers;

  @Inject
  public CoverageBacking(
      CoverageService service,
      OrganisationService organisations,
      CurrentFrameworks frameworks,
      CurrentCaller currentCaller) {
    this.service = service;
    this.organisations = organisations;
    this.frameworks = frameworks;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected CoverageBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    String organisation = Blank.orNull(id) == null ? null : id.strip();
    if (organisation == null) {
      if (caller.has(Role.STEWARD)) {
        return;
      }
      organisation = caller.organisationId();
      if (organisation == null) {
        Refusals.notFound(context);
        return;
      }
    }
    LocalDate day = null;
    if (Blank.orNull(on) != null) {
      try {
        day = LocalDate.parse(on.strip());
      } catch (DateTimeParseException e) {
        FieldMessages.error(context, "on", Texts.text("workforce_coverage.on.invalid"));
      }
    }
    try {
      coverage = service.coverage(caller, organisation, day, stage, supervisor);
    } catch (NotVisibleException notVisible) {
      Refusals.notFound(context);
      return;
    } catch (AccessDeniedException refused) {
      Refusals.forbidden(context);
      return;
    } catch (InvalidInputException invalid) {
      FieldMessages.error(
          context, "stage", invalid.fieldErrors().getOrDefault("stage", invalid.getMessage()));
      stage = null;
      coverage = service.coverage(caller, organisation, day, null, supervisor);
    }
    String wanted = Blank.orNull(format) == null ? null : format.strip();
    if (context.isValidationFailed() || wanted == null) {
      return;
    }
    if ("pdf".equals(wanted)) {
      byte[] pdf = service.pdf(coverage);
      Downloads.send(
          context,
          PdfLayout.MEDIA_TYPE,
          CoverageService.fileName(coverage, null) + ".pdf",
          pdf.length,
          new ByteArrayInputStream(pdf));
    } else if ("csv".equals(wanted)) {
      try {
        String csv = service.csv(coverage, part);
        Downloads.send(
            context,
            Csv.MEDIA_TYPE,
            CoverageService.fileName(coverage, part == null ? "" : part) + ".csv",
            csv);
      } catch (InvalidInputException invalid) {
        FieldMessages.error(
            context, null, invalid.fieldErrors().getOrDefault("part", invalid.getMessage()));
      }
    }
  }

  /**
   * The coverage at a glance on another page of the same organisation and filters (the team page):
   * read from the request's own {@code id}, {@code on}, {@code stage} and {@code supervisor}, once;
   * null when there is nothing to show (the steward has not chosen, a filter is not one, or the
   * caller may not see it: that page refuses them itself).
   */
  public Coverage getGlance() {
    if (glanced) {
      return coverage;
    }
    glanced = true;
    Map<String, String> request =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Caller caller = currentCaller.get();
    String organisation = Blank.orNull(request.get("id"));
    if (organisation == null) {
      organisation = caller.has(Role.STEWARD) ? null : caller.organisationId();
    }
    if (organisation == null) {
      return null;
    }
    try {
      String day = Blank.orNull(request.get("on"));
      coverage =
          service.coverage(
              caller,
              organisation.strip(),
              day == null ? null : LocalDate.parse(day.strip()),
              request.get("stage"),
              request.get("supervisor"));
    } catch (NotVisibleException
        | AccessDeniedException
        | InvalidInputException
        | DateTimeParseException refused) {
      coverage = null;
    }
    return coverage;
  }

  /** A heatmap cell's figure: the level held, over the level required where the stage asks one. */
  public String cell(Coverage.StaffMember person, String competency) {
    int level = person.level(competency);
    int required = person.required(competency);
    return required == 0 ? Integer.toString(level) : level + "/" + required;
  }

  /** A heatmap cell's state: {@code met}, {@code short} or {@code not-required}. */
  public String state(Coverage.StaffMember person, String competency) {
    int required = person.required(competency);
    if (required == 0) {
      return "not-required";
    }
    return person.level(competency) >= required ? "met" : "short";
  }

  /** What a heatmap cell says to a screen reader, in words. */
  public String cellText(Coverage.StaffMember person, String competency) {
    int level = person.level(competency);
    int required = person.required(competency);
    String key =
        switch (state(person, competency)) {
          case "met" -> "workforce_coverage.cell.met";
          case "short" -> "workforce_coverage.cell.short";
          default -> "workforce_coverage.cell.notRequired";
        };
    return Texts.text(key, level, required);
  }

  /** A share as a percentage, or a dash where no one is required to hold it. */
  public String share(Double share) {
    if (share == null) {
      return "–";
    }
    double percent = Math.round(share * 1000) / 10.0;
    return (percent == Math.rint(percent)
            ? Long.toString((long) percent)
            : Double.toString(percent))
        + "%";
  }

  /** The name of a person of the report, for the competencies that hang on one person. */
  public String nameOf(String username) {
    if (coverage == null || username == null) {
      return "";
    }
    return coverage.staff().stream()
        .filter(p -> p.username().equals(username))
        .map(Coverage.StaffMember::displayName)
        .findFirst()
        .orElse(username);
  }

  /** The competencies that hang on one person. */
  public List<Coverage.CompetencyCoverage> getSinglePoints() {
    return coverage == null
        ? List.of()
        : coverage.competencies().stream()
            .filter(Coverage.CompetencyCoverage::singlePointOfFailure)
            .toList();
  }

  /** The level numbers the counts by level run over, 0 first. */
  public List<String> getLevelNumbers() {
    if (coverage == null) {
      return List.of();
    }
    return java.util.stream.IntStream.rangeClosed(0, coverage.levels().size())
        .mapToObj(Integer::toString)
        .toList();
  }

  /** The career stages of every current framework, for the stage filter. */
  public List<StageView> getStages() {
    return frameworks.stages();
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

  public Coverage getCoverage() {
    return coverage;
  }

  /** The organisation chosen: the one reported on, else the one asked for. */
  public String getChosen() {
    return coverage == null ? id : coverage.organisation();
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
}
