package org.linkworker.trellis.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.AuditEntryView;
import org.linkworker.trellis.identity.boundary.AuditFilter;
import org.linkworker.trellis.identity.boundary.AuditService;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.platform.CalendarDates;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.PageWindow;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /admin/audit.xhtml}: the steward pages through the audit log, newest first, narrowed
 * by who acted, what they did and between which dates. The filter is a GET form, so a filtered page
 * can be bookmarked and nothing is posted. Anyone else gets the 403 page.
 */
@Named
@RequestScoped
public class AuditBacking {

  /** Entries on one page. */
  static final int PAGE_SIZE = 50;

  /** The actions the filter offers: every action the log records, in their declared order. */
  static final List<String> ACTIONS =
      Arrays.stream(AuditAction.values()).map(AuditAction::name).toList();

  /** The filter's parameters, which are also the ids of its fields. */
  static final Set<String> FILTERS = Set.of("actor", "action", "from", "to");

  private AuditService audit;
  private AccessPolicy policy;
  private CurrentCaller currentCaller;

  private String actor;
  private String action;
  private String from;
  private String to;
  private String offset;

  private List<AuditEntryView> entries = List.of();
  private PageWindow window;
  private final Map<String, String> errors = new HashMap<>();

  @Inject
  public AuditBacking(AuditService audit, AccessPolicy policy, CurrentCaller currentCaller) {
    this.audit = audit;
    this.policy = policy;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected AuditBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (!policy.maySeeAudit(currentCaller.get())) {
      Refusals.forbidden(context);
      return;
    }
    DateFilter fromDate = DateFilter.of(from);
    DateFilter toDate = DateFilter.of(to);
    if (fromDate.invalid()) {
      errors.put("from", Texts.text("admin_audit.filter.date.invalid"));
    }
    if (toDate.invalid()) {
      errors.put("to", Texts.text("admin_audit.filter.date.invalid"));
    }
    if (!errors.isEmpty()) {
      showErrors(context);
      return;
    }
    int start = PageWindow.offsetOf(offset);
    Page<AuditEntryView> page;
    try {
      page =
          audit.find(
              currentCaller.get(),
              new AuditFilter(
                  blankToNull(actor), blankToNull(action), fromDate.date(), toDate.date()),
              start,
              PAGE_SIZE);
    } catch (InvalidInputException invalid) {
      // "to" before "from", say: shown next to the filter's fields.
      errors.putAll(invalid.fieldErrors());
      showErrors(context);
      return;
    }
    entries = page.items();
    window = new PageWindow(start, PAGE_SIZE, entries.size(), page.total());
  }

  /** Each error next to the filter field it concerns (the fields' ids are the parameters). */
  private void showErrors(FacesContext context) {
    new TreeMap<>(errors)
        .forEach(
            (field, message) ->
                FieldMessages.error(context, FILTERS.contains(field) ? field : null, message));
  }

  /**
   * A date of the filter as a date input sends it ({@code 2026-04-01}): no date (null) when none
   * was given, and invalid when what was given is not a date.
   */
  record DateFilter(LocalDate date, boolean invalid) {

    static DateFilter of(String value) {
      if (value == null || value.isBlank()) {
        return new DateFilter(null, false);
      }
      return CalendarDates.parse(value)
          .map(day -> new DateFilter(day, false))
          .orElse(new DateFilter(null, true));
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Whether any filter is set (the empty state then says so). */
  public boolean isFiltered() {
    return blankToNull(actor) != null
        || blankToNull(action) != null
        || blankToNull(from) != null
        || blankToNull(to) != null;
  }

  /**
   * What is wrong with the filter, by parameter ({@code from}, {@code to}): shown next to the
   * fields, and no entries are read until it is put right.
   */
  public Map<String, String> getErrors() {
    return errors;
  }

  public List<String> getActions() {
    return ACTIONS;
  }

  public List<AuditEntryView> getEntries() {
    return entries;
  }

  /** The page of the log shown, or null when the filter was not valid. */
  public PageWindow getWindow() {
    return window;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
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

  public String getOffset() {
    return offset;
  }

  public void setOffset(String offset) {
    this.offset = offset;
  }
}
