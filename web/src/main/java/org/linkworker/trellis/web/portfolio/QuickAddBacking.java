package org.linkworker.trellis.web.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.portfolio.boundary.EntryInput;
import org.linkworker.trellis.portfolio.boundary.EntryView;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs the dashboard's quick add: a link worker records a piece of learning (date, title, type,
 * hours; today and one hour unless changed) as a draft in one step, and lands on the new entry,
 * where they can complete it.
 */
@Named
@RequestScoped
public class QuickAddBacking {

  /** The boundary's field names and the inputs that hold them. */
  static final Map<String, String> INPUTS =
      Map.of(
          "date",
          "quick-date",
          "title",
          "quick-title",
          "type",
          "quick-type",
          "hours",
          "quick-hours");

  private PortfolioService portfolio;
  private CurrentCaller currentCaller;
  private Clock clock;

  private String date;
  private String title;
  private ActivityType type;
  private BigDecimal hours = BigDecimal.ONE;

  @Inject
  public QuickAddBacking(PortfolioService portfolio, CurrentCaller currentCaller, Clock clock) {
    this.portfolio = portfolio;
    this.currentCaller = currentCaller;
    this.clock = clock;
    this.date = LocalDate.now(clock).toString();
  }

  /** For the CDI client proxy only. */
  protected QuickAddBacking() {}

  /** Whether the signed-in person keeps a portfolio (a link worker). */
  public boolean isShown() {
    return currentCaller.find().map(c -> c.has(Role.LINK_WORKER)).orElse(false);
  }

  /** The form's button: saves a draft and opens it. */
  public void save() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    LocalDate day;
    try {
      day = Dates.parse(date).orElse(null);
    } catch (DateTimeParseException e) {
      FieldMessages.error(context, "quick-date", Texts.text("portfolio.date.invalid"));
      return;
    }
    Caller caller = currentCaller.get();
    Optional<EntryView> saved =
        FieldMessages.attempt(
            context,
            INPUTS,
            () ->
                portfolio.create(
                    caller,
                    caller.username(),
                    new EntryInput(day, title, type, hours, false, null, null, null, List.of())));
    if (saved.isEmpty()) {
      return;
    }
    ExternalContext external = context.getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/portfolio/entry.xhtml?id="
            + URLEncoder.encode(saved.get().id(), StandardCharsets.UTF_8)
            + "&done=added");
  }

  public List<ActivityType> getTypes() {
    return Arrays.asList(ActivityType.values());
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

  /** Today, the latest date the date input offers. */
  public String getToday() {
    return LocalDate.now(clock).toString();
  }
}
