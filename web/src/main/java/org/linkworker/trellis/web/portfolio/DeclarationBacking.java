package org.linkworker.trellis.web.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StandardView;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.portfolio.boundary.DeclarationAccess;
import org.linkworker.trellis.portfolio.boundary.DeclarationInput;
import org.linkworker.trellis.portfolio.boundary.DeclarationService;
import org.linkworker.trellis.portfolio.boundary.DeclarationView;
import org.linkworker.trellis.portfolio.entity.MembershipYear;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /portfolio/declaration.xhtml}: the code of practice's standards with their expected
 * behaviours, the worker's declaration for the current membership year (or the form to make it: a
 * box that must be ticked, an optional statement) and their past declarations. Without {@code
 * ?username=} it is the signed-in person's own; their supervisor, their employer and the steward
 * open a worker's with it, to read.
 */
@Named
@RequestScoped
public class DeclarationBacking {

  /** The declarations listed (one a year: more than a career). */
  static final int LISTED = 100;

  /** The page's parameter and the form's hidden field with the worker's username. */
  static final String USERNAME_PARAMETER = "username";

  static final String CONFIRM_INPUT = "declaration-confirm";

  static final Map<String, String> INPUTS = Map.of("statement", "declaration-statement");

  private DeclarationService declarations;
  private CurrentCaller currentCaller;

  private String username;
  private String done;

  private boolean confirmed;
  private String statement;

  private boolean read;
  private DeclarationAccess access;
  private List<DeclarationView> past = List.of();
  private long total;

  @Inject
  public DeclarationBacking(DeclarationService declarations, CurrentCaller currentCaller) {
    this.declarations = declarations;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected DeclarationBacking() {}

  /**
   * The worker whose page this is: the page's parameter, or on a postback the form's hidden field
   * (read while the form is decoded, before view parameters reach this bean), or else the signed-in
   * person.
   */
  private String whose() {
    if (Blank.orNull(username) == null) {
      username =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get(USERNAME_PARAMETER);
    }
    return Blank.orNull(username) == null ? currentCaller.get().username() : username.strip();
  }

  /** The page's view action. */
  public void load() {
    if (!read()) {
      Refusals.notFound(FacesContext.getCurrentInstance());
    }
  }

  /** Reads what the page shows; false when the caller may not see this person's declarations. */
  private boolean read() {
    read = true;
    Caller caller = currentCaller.get();
    try {
      access = declarations.access(caller, whose());
    } catch (NotVisibleException notVisible) {
      return false;
    }
    var page = declarations.declarations(caller, whose(), 0, LISTED);
    past = page.items();
    total = page.total();
    return true;
  }

  private void ensureRead() {
    if (!read) {
      read();
    }
  }

  /** The form's button: the box must be ticked; then the declaration is made, or refused. */
  public void declare() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    if (!confirmed) {
      FieldMessages.error(
          context, CONFIRM_INPUT, Texts.text("portfolio_declaration.confirm.required"));
      read();
      return;
    }
    if (FieldMessages.attempt(
            context,
            INPUTS,
            () ->
                declarations.declare(
                    currentCaller.get(), whose(), new DeclarationInput(null, statement)))
        .isEmpty()) {
      read();
      return;
    }
    ExternalContext external = context.getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/portfolio/declaration.xhtml?done=declared");
  }

  /** The sentence saying the declaration was recorded, or null. */
  public String getDoneMessage() {
    ensureRead();
    return "declared".equals(done) && access != null && access.current() != null
        ? Texts.text("portfolio_declaration.done", label(access.current().membershipYear()))
        : null;
  }

  /** The signed-in person's own page. */
  public boolean isOwn() {
    ensureRead();
    return access != null && access.username().equals(currentCaller.get().username());
  }

  /** The worker's username, for the form's hidden field and links. */
  public String getWorker() {
    return whose();
  }

  public DeclarationAccess getAccess() {
    ensureRead();
    return access;
  }

  /** The current membership year as people write it: 2026–27. */
  public String getYearLabel() {
    ensureRead();
    return access == null ? null : label(access.year());
  }

  /** A membership year as people write it. */
  public String label(int year) {
    return new MembershipYear(year).label();
  }

  public List<StandardView> getStandards() {
    ensureRead();
    return access == null || access.codeOfPractice() == null
        ? List.of()
        : access.codeOfPractice().standards();
  }

  public List<DeclarationView> getPast() {
    ensureRead();
    return past;
  }

  public long getTotal() {
    ensureRead();
    return total;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }
}
