package org.linkworker.trellis.web.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.PersonSummary;
import org.linkworker.trellis.workforce.boundary.TeamService;

/**
 * Backs {@code /workforce/person.xhtml?username=}: what an employer may see of one person (their
 * stage, supervisor, entries and hours by status, their latest entries without reflections or
 * evidence, their compliance per scheme, their supervision) on a day ({@code &on=}, today by
 * default). The person's employer, supervisor and the steward (who sees the figures, not the
 * entries), and the person themself; for anyone else the person is not there (404), as for one who
 * does not exist.
 */
@Named
@RequestScoped
public class PersonBacking {

  private TeamService team;
  private CurrentFrameworks frameworks;
  private CurrentCaller currentCaller;

  private String username;
  private String on;
  private PersonSummary person;

  @Inject
  public PersonBacking(
      TeamService team, CurrentFrameworks frameworks, CurrentCaller currentCaller) {
    this.team = team;
    this.frameworks = frameworks;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected PersonBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    LocalDate day = null;
    if (Blank.orNull(on) != null) {
      try {
        day = LocalDate.parse(on.strip());
      } catch (DateTimeParseException e) {
        FieldMessages.error(context, "on", Texts.text("workforce_person.on.invalid"));
      }
    }
    try {
      person = team.person(currentCaller.get(), username, day);
    } catch (NotVisibleException notVisible) {
      Refusals.notFound(context);
    }
  }

  /** A scheme part's name for people, or its code (a competency of mandatory training). */
  public String partLabel(String part) {
    String key = "workforce_compliance.part." + part;
    return Texts.has(key) ? Texts.text(key) : part;
  }

  /** A stage's title, or its code when no current framework has such a stage. */
  public String stageTitle(String code) {
    if (code == null) {
      return Texts.text("common.notSet");
    }
    return frameworks.stageTitle(code).orElse(code);
  }

  /** Hours as written: no trailing zeros. */
  public String hours(BigDecimal hours) {
    return hours == null ? "–" : hours.stripTrailingZeros().toPlainString();
  }

  public PersonSummary getPerson() {
    return person;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getOn() {
    return on;
  }

  public void setOn(String on) {
    this.on = on;
  }
}
