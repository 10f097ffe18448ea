package org.linkworker.trellis.web.portfolio;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.CourseView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.LevelView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StandardView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.StaleVersionException;
import org.linkworker.trellis.portfolio.boundary.EntryAccess;
import org.linkworker.trellis.portfolio.boundary.EntryInput;
import org.linkworker.trellis.portfolio.boundary.EntryView;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /portfolio/edit.xhtml}: the whole entry — date, title, type, hours, participatory,
 * the code of practice standard, the reflection in three parts and claims of competencies at levels
 * — new, or with {@code ?id=} one of the worker's drafts or returned entries. With {@code ?course=}
 * a new entry is linked to a catalogue course: its CPD hours fill in the hours and its mapped
 * competencies are suggested as claims. A save that another tab made stale is refused with what was
 * typed left in the form.
 *
 * <p>View scoped for the version read and the course linked; held in serialisable fields only.
 */
@Named
@ViewScoped
public class EntryFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Blank claim rows offered below the entry's own claims. */
  static final int SPARE_CLAIM_ROWS = 3;

  /** The boundary's field names and the inputs that hold them. */
  static final Map<String, String> INPUTS = inputs();

  private static Map<String, String> inputs() {
    Map<String, String> inputs = new HashMap<>();
    inputs.put("date", "date");
    inputs.put("title", "title");
    inputs.put("type", "type");
    inputs.put("hours", "hours");
    inputs.put("standard", "standard");
    inputs.put("course", "course-linked");
    inputs.put("reflection.what", "reflection-what");
    inputs.put("reflection.learned", "reflection-learned");
    inputs.put("reflection.change", "reflection-change");
    return Map.copyOf(inputs);
  }

  private PortfolioService portfolio;
  private CourseService courses;
  private CurrentCaller currentCaller;

  private String id;
  private String courseParameter;
  private long version;
  private boolean editing;

  private String date;
  private String title;
  private ActivityType type;
  private BigDecimal hours;
  private boolean participatory;
  private String course;
  private String courseTitle;
  private boolean courseLinked;
  private String standard;
  private String what;
  private String learned;
  private String change;
  private final ArrayList<ClaimRow> claims = new ArrayList<>();

  private transient FrameworkSnapshot framework;

  @Inject
  public EntryFormBacking(
      PortfolioService portfolio, CourseService courses, CurrentCaller currentCaller) {
    this.portfolio = portfolio;
    this.courses = courses;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected EntryFormBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.isPostback()) {
      return;
    }
    Caller caller = currentCaller.get();
    if (Blank.orNull(id) != null) {
      Optional<EntryAccess> found = portfolio.access(caller, id);
      if (found.isEmpty()) {
        Refusals.notFound(context);
        return;
      }
      if (!found.get().mayChange()) {
        Refusals.forbidden(context);
        return;
      }
      fill(found.get().entry());
      return;
    }
    if (!caller.has(Role.LINK_WORKER)) {
      Refusals.forbidden(context);
      return;
    }
    date = portfolio.today().toString();
    type = ActivityType.COURSE;
    Optional<CourseView> linked =
        Blank.orNull(courseParameter) == null
            ? Optional.empty()
            : courses.find(caller, courseParameter.strip());
    if (linked.isPresent()) {
      CourseView c = linked.get();
      course = c.id();
      courseTitle = c.title();
      courseLinked = true;
      title = c.title();
      hours = c.cpdHours() == null ? BigDecimal.ONE : c.cpdHours().min(new BigDecimal("100"));
      c.mappings().stream()
          .filter(m -> framework().flatMap(f -> f.competency(m.competency())).isPresent())
          .forEach(m -> claims.add(new ClaimRow(m.competency(), m.level())));
    } else {
      type = null;
      hours = BigDecimal.ONE;
    }
    addSpareRows();
  }

  private void fill(EntryView entry) {
    editing = true;
    version = entry.version();
    date = entry.date().toString();
    title = entry.title();
    type = entry.type();
    hours = entry.hours();
    participatory = entry.participatory();
    course = entry.course();
    courseLinked = course != null;
    if (course != null) {
      courseTitle = courses.find(currentCaller.get(), course).map(CourseView::title).orElse(course);
    }
    standard = entry.standard();
    if (entry.reflection() != null) {
      what = entry.reflection().what();
      learned = entry.reflection().learned();
      change = entry.reflection().change();
    }
    entry.claims().forEach(c -> claims.add(new ClaimRow(c.competency(), c.level())));
    addSpareRows();
  }

  private void addSpareRows() {
    for (int i = 0; i < SPARE_CLAIM_ROWS; i++) {
      claims.add(new ClaimRow());
    }
  }

  /** The save button: back to the entry when saved, the form again with messages when not. */
  public void save() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    LocalDate day;
    try {
      day = Dates.parse(date).orElse(null);
    } catch (DateTimeParseException e) {
      FieldMessages.error(context, "date", Texts.text("portfolio.date.invalid"));
      return;
    }
    List<EntryInput.ClaimInput> claimed = new ArrayList<>();
    for (ClaimRow row : claims) {
      if (!row.isBlank()) {
        claimed.add(new EntryInput.ClaimInput(row.getCompetency(), row.getLevel()));
      }
    }
    EntryInput input =
        new EntryInput(
            day,
            title,
            type,
            hours,
            participatory,
            courseLinked ? course : null,
            standard,
            new EntryInput.ReflectionInput(what, learned, change),
            claimed);
    Caller caller = currentCaller.get();
    Optional<EntryView> saved;
    try {
      saved =
          FieldMessages.attempt(
              context,
              INPUTS,
              () ->
                  editing
                      ? portfolio.update(caller, id, version, input)
                      : portfolio.create(caller, caller.username(), input));
    } catch (StaleVersionException stale) {
      FieldMessages.error(context, null, Texts.text("portfolio_edit.stale"));
      return;
    }
    if (saved.isEmpty()) {
      return;
    }
    ExternalContext external = context.getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/portfolio/entry.xhtml?id="
            + URLEncoder.encode(saved.get().id(), StandardCharsets.UTF_8)
            + "&done=saved");
  }

  private Optional<FrameworkSnapshot> framework() {
    if (framework == null) {
      framework =
          portfolio.frameworkOf(currentCaller.get(), currentCaller.get().username()).orElse(null);
    }
    return Optional.ofNullable(framework);
  }

  /** The competencies a claim may name, in the framework's order. */
  public List<CompetencyView> getCompetencies() {
    return framework()
        .map(f -> f.outline().domains().stream().flatMap(d -> d.competencies().stream()).toList())
        .orElse(List.of());
  }

  public List<LevelView> getLevels() {
    return framework().map(f -> f.outline().levels()).orElse(List.of());
  }

  public List<StandardView> getStandards() {
    return framework()
        .map(f -> f.outline().codeOfPractice())
        .map(cop -> cop.standards())
        .orElse(List.of());
  }

  public List<ActivityType> getTypes() {
    return Arrays.asList(ActivityType.values());
  }

  public List<ClaimRow> getClaims() {
    return claims;
  }

  public boolean isEditing() {
    return editing;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getCourseParameter() {
    return courseParameter;
  }

  public void setCourseParameter(String courseParameter) {
    this.courseParameter = courseParameter;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public ActivityType getType() {
    return type;
  }

  public void setType(ActivityType type) {
    this.type = type;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public boolean isParticipatory() {
    return participatory;
  }

  public void setParticipatory(boolean participatory) {
    this.participatory = participatory;
  }

  public String getCourse() {
    return course;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  /** The label of the box that keeps the entry linked to its course. */
  public String getCourseLabel() {
    return Texts.text("portfolio_edit.course", courseTitle);
  }

  public boolean isCourseLinked() {
    return courseLinked;
  }

  public void setCourseLinked(boolean courseLinked) {
    this.courseLinked = courseLinked;
  }

  public String getStandard() {
    return standard;
  }

  public void setStandard(String standard) {
    this.standard = standard;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }

  public String getLearned() {
    return learned;
  }

  public void setLearned(String learned) {
    this.learned = learned;
  }

  public String getChange() {
    return change;
  }

  public void setChange(String change) {
    this.change = change;
  }
}
