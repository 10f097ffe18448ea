package org.linkworker.trellis.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.catalogue.boundary.CourseQuery;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.CourseView;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.PageWindow;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /catalogue/search.xhtml}: the published courses (and a provider's own drafts) that
 * match a competency, a level, words and a delivery mode, a page at a time. The filter is a GET
 * form, so a search can be bookmarked and the framework browser links to one per competency.
 */
@Named
@RequestScoped
public class SearchBacking {

  /** Courses on one page. */
  static final int PAGE_SIZE = 20;

  /** The boundary's field names and the inputs that hold them. */
  static final Map<String, String> INPUTS =
      Map.of("competency", "competency", "level", "level", "words", "q", "framework", "competency");

  private CourseService courses;
  private CurrentFrameworks frameworks;
  private AccessPolicy policy;
  private CurrentCaller currentCaller;

  // The GET parameters.
  private String competency;
  private String level;
  private String q;
  private String mode;
  private String offset;
  private String framework;

  private String frameworkCode;
  private List<FrameworkChoice> frameworkChoices = List.of();

  private List<CourseRow> rows = List.of();
  private PageWindow window;
  private List<Option> competencies = List.of();
  private List<Option> levels = List.of();
  private boolean provider;

  @Inject
  public SearchBacking(
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
  protected SearchBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    provider = policy.mayChangeCourse(caller, caller.organisationId());
    Optional<FrameworkOutline> framework = chosen().map(FrameworkSnapshot::outline);
    frameworkCode = framework.map(FrameworkOutline::code).orElse(null);
    frameworkChoices =
        frameworks.all().stream().map(f -> new FrameworkChoice(f.code(), f.title())).toList();
    competencies = competencyOptions(framework);
    levels =
        framework.map(FrameworkOutline::levels).orElse(List.of()).stream()
            .map(l -> new Option(String.valueOf(l.number()), l.number() + " " + l.name()))
            .toList();
    Integer wanted = levelOf(level);
    if (wanted == null && level != null && !level.isBlank()) {
      FieldMessages.error(context, "level", Texts.text("catalogue_search.level.invalid"));
      return;
    }
    int start = PageWindow.offsetOf(offset);
    try {
      Page<CourseView> page =
          courses.search(
              caller,
              new CourseQuery(
                  blankAsNull(competency), wanted, q, modeOf(mode), null, null, frameworkCode),
              start,
              PAGE_SIZE);
      rows = page.items().stream().map(CourseRow::of).toList();
      window = new PageWindow(start, PAGE_SIZE, rows.size(), page.total());
    } catch (InvalidInputException invalid) {
      FieldMessages.show(context, invalid, INPUTS);
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(context, InvalidInputException.of(invalid), INPUTS);
    }
  }

  /** The framework whose competencies the search offers: the one asked for, or the default. */
  private Optional<FrameworkSnapshot> chosen() {
    return framework == null || framework.isBlank()
        ? frameworks.current()
        : frameworks.current(framework.strip()).or(frameworks::current);
  }

  /** A current framework the page can search by, for t:frameworkChoice. */
  public record FrameworkChoice(String code, String title) {}

  static List<Option> competencyOptions(Optional<FrameworkOutline> framework) {
    List<Option> options = new ArrayList<>();
    for (DomainView domain : framework.map(FrameworkOutline::domains).orElse(List.of())) {
      for (CompetencyView c : domain.competencies()) {
        options.add(new Option(c.code(), c.code() + " " + shortened(c.statement())));
      }
    }
    return options;
  }

  /** A statement cut at a word near 70 characters, so that a select stays readable. */
  static String shortened(String statement) {
    if (statement.length() <= 70) {
      return statement;
    }
    int cut = statement.lastIndexOf(' ', 70);
    return statement.substring(0, cut < 40 ? 70 : cut) + "…";
  }

  private static Integer levelOf(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static DeliveryMode modeOf(String text) {
    for (DeliveryMode m : DeliveryMode.values()) {
      if (m.name().equals(text)) {
        return m;
      }
    }
    return null;
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Whether anything narrows the search. */
  public boolean isFiltered() {
    return blankAsNull(competency) != null
        || blankAsNull(level) != null
        || blankAsNull(q) != null
        || modeOf(mode) != null;
  }

  public List<String> getModes() {
    return java.util.Arrays.stream(DeliveryMode.values()).map(Enum::name).toList();
  }

  public String getCompetency() {
    return competency;
  }

  public void setCompetency(String competency) {
    this.competency = competency;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getOffset() {
    return offset;
  }

  public void setOffset(String offset) {
    this.offset = offset;
  }

  public String getFramework() {
    return framework;
  }

  public void setFramework(String framework) {
    this.framework = framework;
  }

  /** The code of the framework whose competencies the search offers. */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /** The current frameworks the search can be by, the default first. */
  public List<FrameworkChoice> getFrameworkChoices() {
    return frameworkChoices;
  }

  public List<CourseRow> getRows() {
    return rows;
  }

  public PageWindow getWindow() {
    return window;
  }

  public List<Option> getCompetencies() {
    return competencies;
  }

  public List<Option> getLevels() {
    return levels;
  }

  /** Whether the caller is a provider's person, who also sees their own drafts. */
  public boolean isProvider() {
    return provider;
  }
}
