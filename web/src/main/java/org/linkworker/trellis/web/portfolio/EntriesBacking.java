package org.linkworker.trellis.web.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.portfolio.boundary.EntryFilter;
import org.linkworker.trellis.portfolio.boundary.EntryPage;
import org.linkworker.trellis.portfolio.boundary.EntryView;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.web.faces.Downloads;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.PageWindow;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.CpdSummaryFile;
import org.linkworker.trellis.workforce.boundary.CpdSummaryService;

/**
 * Backs {@code /portfolio/entries.xhtml}: a worker's entries, newest first, narrowed by dates,
 * status, type and claimed competency, with the hours of all that match, a page at a time. Without
 * {@code ?username=} it is the signed-in person's own; their supervisor and employer open a
 * worker's with it. The filter is a GET form, so a filtered list can be bookmarked. The same
 * readers download the worker's CPD summary for a period as a PDF (by default the membership year
 * so far).
 */
@Named
@RequestScoped
public class EntriesBacking {

  /** Entries on one page. */
  static final int PAGE_SIZE = 25;

  /** The filter's parameters, which are also the ids of its fields. */
  static final Set<String> FILTERS = Set.of("from", "to", "status", "type", "competency");

  /** The summary's inputs, by the boundary's names of its fields. */
  static final Map<String, String> SUMMARY_INPUTS =
      Map.of("from", "summary-from", "to", "summary-to");

  private PortfolioService portfolio;
  private CpdSummaryService summaries;
  private CurrentCaller currentCaller;

  private String username;
  private String from;
  private String to;
  private String status;
  private String type;
  private String competency;
  private String offset;
  private String summaryFrom;
  private String summaryTo;

  private String ownerName;
  private boolean own;
  private List<EntryView> entries = List.of();
  private BigDecimal totalHours = BigDecimal.ZERO;
  private PageWindow window;
  private List<CompetencyView> competencies = List.of();

  @Inject
  public EntriesBacking(
      PortfolioService portfolio, CpdSummaryService summaries, CurrentCaller currentCaller) {
    this.portfolio = portfolio;
    this.summaries = summaries;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected EntriesBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    String whose = whose(caller);
    own = whose.equals(caller.username());
    if (!context.isPostback()) {
      summaryFrom = summaries.membershipYearStart().toString();
      summaryTo = summaries.today().toString();
    }
    try {
      ownerName = portfolio.ownerName(caller, whose);
      competencies =
          portfolio
              .frameworkOf(caller, whose)
              .map(EntriesBacking::competenciesOf)
              .orElse(List.of());
    } catch (NotVisibleException notVisible) {
      Refusals.notFound(context);
      return;
    }
    Map<String, String> errors = new HashMap<>();
    LocalDate fromDate = date("from", from, errors);
    LocalDate toDate = date("to", to, errors);
    EntryStatus statusFilter = constant(status, EntryStatus.class);
    ActivityType typeFilter = constant(type, ActivityType.class);
    if (!errors.isEmpty()) {
      show(context, errors);
      return;
    }
    int start = PageWindow.offsetOf(offset);
    EntryPage page;
    try {
      page =
          portfolio.entries(
              caller,
              whose,
              new EntryFilter(fromDate, toDate, statusFilter, typeFilter, Blank.orNull(competency)),
              start,
              PAGE_SIZE);
    } catch (InvalidInputException invalid) {
      show(context, invalid.fieldErrors());
      return;
    }
    entries = page.page().items();
    totalHours = page.totalHours();
    window = new PageWindow(start, PAGE_SIZE, entries.size(), page.page().total());
  }

  /**
   * The summary form's button: the worker's CPD summary for the period, as a PDF download. What is
   * wrong with the period is shown next to its fields, on the page as it was.
   */
  public void downloadSummary() {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    Map<String, String> errors = new HashMap<>();
    LocalDate first = date("from", summaryFrom, errors);
    LocalDate last = date("to", summaryTo, errors);
    CpdSummaryFile file;
    try {
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      file = summaries.summary(caller, whose(caller), first, last);
    } catch (InvalidInputException invalid) {
      FieldMessages.show(context, invalid, SUMMARY_INPUTS);
      load();
      return;
    } catch (NotVisibleException notVisible) {
      Refusals.notFound(context);
      return;
    }
    Downloads.send(
        context,
        CpdSummaryFile.MEDIA_TYPE,
        file.fileName(),
        file.content().length,
        new ByteArrayInputStream(file.content()));
  }

  private String whose(Caller caller) {
    return Blank.orNull(username) == null ? caller.username() : username.strip();
  }

  private static List<CompetencyView> competenciesOf(FrameworkSnapshot framework) {
    return framework.outline().domains().stream().flatMap(d -> d.competencies().stream()).toList();
  }

  private static LocalDate date(String name, String value, Map<String, String> errors) {
    try {
      return Dates.parse(value).orElse(null);
    } catch (DateTimeParseException e) {
      errors.put(name, Texts.text("portfolio.date.invalid"));
      return null;
    }
  }

  /** A constant of the filter, or none when it is blank or not one of them. */
  private static <E extends Enum<E>> E constant(String value, Class<E> type) {
    String name = Blank.orNull(value);
    return name == null
        ? null
        : Arrays.stream(type.getEnumConstants())
            .filter(c -> c.name().equals(name.strip()))
            .findFirst()
            .orElse(null);
  }

  private static void show(FacesContext context, Map<String, String> errors) {
    new TreeMap<>(errors)
        .forEach(
            (field, message) ->
                FieldMessages.error(context, FILTERS.contains(field) ? field : null, message));
  }

  /** Whether any filter is set (the empty state then says so). */
  public boolean isFiltered() {
    return Blank.orNull(from) != null
        || Blank.orNull(to) != null
        || Blank.orNull(status) != null
        || Blank.orNull(type) != null
        || Blank.orNull(competency) != null;
  }

  /** The signed-in person's own portfolio (they may add to it). */
  public boolean isOwn() {
    return own;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public List<EntryView> getEntries() {
    return entries;
  }

  public BigDecimal getTotalHours() {
    return totalHours;
  }

  public PageWindow getWindow() {
    return window;
  }

  public List<CompetencyView> getCompetencies() {
    return competencies;
  }

  public List<EntryStatus> getStatuses() {
    return Arrays.asList(EntryStatus.values());
  }

  public List<ActivityType> getTypes() {
    return Arrays.asList(ActivityType.values());
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getCompetency() {
    return competency;
  }

  public void setCompetency(String competency) {
    this.competency = competency;
  }

  public String getSummaryFrom() {
    return summaryFrom;
  }

  public void setSummaryFrom(String summaryFrom) {
    this.summaryFrom = summaryFrom;
  }

  public String getSummaryTo() {
    return summaryTo;
  }

  public void setSummaryTo(String summaryTo) {
    this.summaryTo = summaryTo;
  }

  public String getOffset() {
    return offset;
  }

  public void setOffset(String offset) {
    this.offset = offset;
  }
}
