package org.linkworker.trellis.web.catalogue;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.catalogue.boundary.CourseDetails;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.CourseView;
import org.linkworker.trellis.catalogue.boundary.MappingInput;
import org.linkworker.trellis.catalogue.boundary.MappingView;
import org.linkworker.trellis.catalogue.boundary.ProviderCoverage;
import org.linkworker.trellis.catalogue.entity.MappingStrength;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.LevelView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /catalogue/matrix.xhtml}: a provider's courses (columns) against the framework's
 * competencies grouped by domain (rows), each cell the level and strength the course is mapped at,
 * and the provider's coverage of the framework. With {@code ?edit=<course>} that course's column
 * becomes a select per competency, changed by keyboard and saved with one button. The steward may
 * look at a provider's matrix with {@code ?provider=<id>}, and change nothing.
 *
 * <p>Several professions' frameworks run side by side: {@code ?framework=<code>} shows one of them
 * (the default framework without it). A column saved in one framework keeps the course's mappings
 * to the others as they were.
 *
 * <p>View scoped for the course being edited and the options offered; everything held is
 * serialisable (the boundary's views are serialisable records).
 */
@Named
@ViewScoped
public class MatrixBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The bundle's prefixes for a strength's name and its one-letter short form. */
  private static final String STRENGTH = "common.strength.";

  private static final String STRENGTH_SHORT = "common.strength.short.";

  private CourseService courses;
  private CurrentFrameworks frameworks;
  private AccessPolicy policy;
  private CurrentCaller currentCaller;

  // The GET parameters.
  private String provider;
  private String edit;
  private String done;
  private String framework;

  private String frameworkCode;
  private List<FrameworkChoice> frameworkChoices = List.of();

  private String providerId;
  private boolean changeable;
  private List<CourseRow> columns = List.of();
  private List<Group> groups = List.of();
  private Map<String, String> cells = Map.of();
  private List<Option> cellOptions = List.of();
  private ProviderCoverage coverage;
  private CourseView editing;
  private Map<String, String> choices = new HashMap<>();

  /** One domain of rows. */
  public record Group(String code, String title, List<Row> rows) implements Serializable {}

  /** One competency's row. */
  public record Row(String code, String statement) implements Serializable {}

  /** A current framework the page can show, for t:frameworkChoice. */
  public record FrameworkChoice(String code, String title) implements Serializable {}

  @Inject
  public MatrixBacking(
      CourseService courses,
      CurrentFrameworks frameworks,
      AccessPolicy policy,
      CurrentCaller currentCaller) {
    this.courses = courses;
    this.frameworks = frameworks;
    this.policy = policy;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected MatrixBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.isPostback()) {
      return;
    }
    Caller caller = currentCaller.get();
    boolean named = provider != null && !provider.isBlank();
    providerId = named ? provider.strip() : caller.organisationId();
    if (!named && (providerId == null || !policy.mayChangeCourse(caller, providerId))) {
      // The page of one's own courses is a provider's.
      Refusals.forbidden(context);
      return;
    }
    if (!policy.maySeeProvisionOf(caller, providerId)) {
      Refusals.notFound(context);
      return;
    }
    changeable = policy.mayChangeCourse(caller, providerId);
    Optional<FrameworkOutline> framework = chosen().map(FrameworkSnapshot::outline);
    frameworkCode = framework.map(FrameworkOutline::code).orElse(null);
    frameworkChoices =
        frameworks.all().stream().map(f -> new FrameworkChoice(f.code(), f.title())).toList();
    List<CourseView> all;
    try {
      all = courses.coursesOf(caller, providerId);
      coverage = framework.isEmpty() ? null : courses.coverage(caller, providerId, frameworkCode);
    } catch (NotVisibleException e) {
      Refusals.notFound(context);
      return;
    }
    columns = all.stream().map(CourseRow::of).toList();
    groups = groups(framework);
    cellOptions = cellOptions(framework);
    Map<String, String> shown = new HashMap<>();
    for (CourseView course : all) {
      for (MappingView m : course.mappings()) {
        if (isShown(m)) {
          shown.put(course.id() + "|" + m.competency(), value(m));
        }
      }
    }
    cells = shown;
    if (edit != null && !edit.isBlank()) {
      Optional<CourseView> course = all.stream().filter(c -> c.id().equals(edit)).findFirst();
      if (course.isEmpty() || !changeable) {
        Refusals.notFound(context);
        return;
      }
      editing = course.get();
      choices = new HashMap<>();
      editing.mappings().stream()
          .filter(this::isShown)
          .forEach(m -> choices.put(m.competency(), value(m)));
    }
  }

  /** The framework the page shows: the one asked for, or the default one. */
  private Optional<FrameworkSnapshot> chosen() {
    return framework == null || framework.isBlank()
        ? frameworks.current()
        : frameworks.current(framework.strip()).or(frameworks::current);
  }

  /** Whether a mapping is of the framework shown. */
  private boolean isShown(MappingView mapping) {
    return frameworkCode != null && frameworkCode.equals(mapping.framework());
  }

  static String value(MappingView mapping) {
    return mapping.level() + ":" + mapping.strength().name();
  }

  private static List<Group> groups(Optional<FrameworkOutline> framework) {
    List<Group> list = new ArrayList<>();
    for (DomainView domain : framework.map(FrameworkOutline::domains).orElse(List.of())) {
      list.add(
          new Group(
              domain.code(),
              domain.title(),
              domain.competencies().stream().map(c -> new Row(c.code(), c.statement())).toList()));
    }
    return list;
  }

  private static List<Option> cellOptions(Optional<FrameworkOutline> framework) {
    List<Option> options = new ArrayList<>();
    for (LevelView level : framework.map(FrameworkOutline::levels).orElse(List.of())) {
      for (MappingStrength strength : MappingStrength.values()) {
        options.add(
            new Option(
                level.number() + ":" + strength.name(),
                Texts.text(
                    "catalogue_matrix.cell.option",
                    level.number(),
                    Texts.text(STRENGTH + strength.name()))));
      }
    }
    return options;
  }

  /** What a cell shows: "2 D" for level 2, develops; empty when not mapped. */
  public String cell(String courseId, String competency) {
    String value = cells.get(courseId + "|" + competency);
    if (value == null) {
      return "";
    }
    String[] parts = value.split(":");
    return parts[0] + " " + Texts.text(STRENGTH_SHORT + parts[1]);
  }

  /** What a screen reader hears for a cell. */
  public String cellLabel(String courseId, String competency) {
    String value = cells.get(courseId + "|" + competency);
    if (value == null) {
      return Texts.text("catalogue_matrix.cell.none");
    }
    String[] parts = value.split(":");
    return Texts.text("catalogue_matrix.cell.option", parts[0], Texts.text(STRENGTH + parts[1]));
  }

  /** The save button of the column being edited. */
  public void save() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    List<MappingInput> mappings = new ArrayList<>();
    for (Group group : groups) {
      for (Row row : group.rows()) {
        String choice = choices.get(row.code());
        if (choice != null && !choice.isBlank()) {
          String[] parts = choice.split(":");
          mappings.add(
              new MappingInput(
                  row.code(),
                  Integer.valueOf(parts[0]),
                  MappingStrength.valueOf(parts[1]),
                  frameworkCode));
        }
      }
    }
    CourseView course = editing;
    // The course's mappings to the other frameworks are not on this page: they stay as they are.
    course.mappings().stream()
        .filter(m -> m.framework() != null && !isShown(m))
        .forEach(
            m ->
                mappings.add(
                    new MappingInput(m.competency(), m.level(), m.strength(), m.framework())));
    try {
      courses.update(
          currentCaller.get(),
          course.id(),
          course.version(),
          new CourseDetails(
              course.code(),
              course.title(),
              course.description(),
              course.deliveryMode(),
              course.hours(),
              course.cpdHours(),
              course.accreditation(),
              course.url(),
              null,
              mappings));
    } catch (InvalidInputException invalid) {
      FieldMessages.error(context, null, String.join(" ", invalid.fieldErrors().values()));
      return;
    } catch (ConstraintViolationException invalid) {
      FieldMessages.error(
          context,
          null,
          String.join(" ", InvalidInputException.of(invalid).fieldErrors().values()));
      return;
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
      return;
    }
    ExternalContext external = context.getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/catalogue/matrix.xhtml?done=saved"
            + (framework == null || framework.isBlank()
                ? ""
                : "&framework=" + URLEncoder.encode(frameworkCode, StandardCharsets.UTF_8))
            + "#"
            + URLEncoder.encode("column-" + course.id(), StandardCharsets.UTF_8));
  }

  /** Coverage as a whole percentage. */
  public long percent(double share) {
    return Math.round(share * 100);
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public String getFramework() {
    return framework;
  }

  public void setFramework(String framework) {
    this.framework = framework;
  }

  /** The code of the framework shown. */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /** The current frameworks the page can show, the default first. */
  public List<FrameworkChoice> getFrameworkChoices() {
    return frameworkChoices;
  }

  public String getEdit() {
    return edit;
  }

  public void setEdit(String edit) {
    this.edit = edit;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = "saved".equals(done) || "deleted".equals(done) ? done : null;
  }

  public String getProviderId() {
    return providerId;
  }

  public boolean isChangeable() {
    return changeable;
  }

  public List<CourseRow> getColumns() {
    return columns;
  }

  public List<Group> getGroups() {
    return groups;
  }

  public List<Option> getCellOptions() {
    return cellOptions;
  }

  public ProviderCoverage getCoverage() {
    return coverage;
  }

  public CourseView getEditing() {
    return editing;
  }

  public Map<String, String> getChoices() {
    return choices;
  }
}
