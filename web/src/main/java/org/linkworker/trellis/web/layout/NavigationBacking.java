package org.linkworker.trellis.web.layout;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.System.Logger.Level;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.AccountService;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.notification.boundary.NotificationService;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.web.security.SignInRedirect;

/**
 * Backs {@code /WEB-INF/includes/navigation.xhtml} (and the home page's links): which links the
 * signed-in person sees, and signing out.
 *
 * <p>A link is shown when the access policy would let the person use the page behind it; the pages
 * ask the policy again, so a hidden link is a courtesy, not the protection. The navigation is on
 * the error pages too, so a failing policy hides links instead of failing the page that reports the
 * failure.
 */
@Named
@RequestScoped
public class NavigationBacking {

  private static final System.Logger LOG = System.getLogger(NavigationBacking.class.getName());

  private CurrentCaller currentCaller;
  private AccessPolicy policy;
  private AccountService accounts;
  private NotificationService notifications;

  private Links links;
  private Long unread;

  @Inject
  public NavigationBacking(
      CurrentCaller currentCaller,
      AccessPolicy policy,
      AccountService accounts,
      NotificationService notifications) {
    this.currentCaller = currentCaller;
    this.policy = policy;
    this.accounts = accounts;
    this.notifications = notifications;
  }

  /** For the CDI client proxy only. */
  protected NavigationBacking() {}

  public boolean isSignedIn() {
    return currentCaller.isSignedIn();
  }

  /** The signed-in person's display name, or null. */
  public String getDisplayName() {
    return currentCaller.find().map(Caller::displayName).orElse(null);
  }

  /** The steward's organisations page. */
  public boolean isOrganisationsShown() {
    return links().organisations();
  }

  /** The steward's audit log. */
  public boolean isAuditShown() {
    return links().audit();
  }

  /** The people page of an employer's own organisation. */
  public boolean isPeopleShown() {
    return links().people();
  }

  /** A provider's own courses and their alignment with the framework, and the import. */
  public boolean isMatrixShown() {
    return links().matrix();
  }

  /** A link worker's own CPD entries. */
  public boolean isPortfolioShown() {
    return currentCaller.find().map(c -> c.has(Role.LINK_WORKER)).orElse(false);
  }

  /** The organisation-wide gap reports: an organisation's employer, and the steward. */
  public boolean isGapReportsShown() {
    return currentCaller
        .find()
        .map(c -> c.has(Role.STEWARD) || (c.has(Role.EMPLOYER) && c.organisationId() != null))
        .orElse(false);
  }

  /** The training needs analysis: an organisation's employer, and the steward. */
  public boolean isTrainingNeedsShown() {
    return isGapReportsShown();
  }

  /** An organisation's staff competency coverage: its employer, and the steward. */
  public boolean isCoverageShown() {
    return isGapReportsShown();
  }

  /** The team view (compliance and supervision): an organisation's employer, and the steward. */
  public boolean isTeamShown() {
    return isGapReportsShown();
  }

  /** Importing a framework from CASE: the steward. */
  public boolean isFrameworkImportShown() {
    return links().frameworkImport();
  }

  /** The national picture: the steward. */
  public boolean isNationalShown() {
    return links().national();
  }

  /** An employer's mandatory-training schemes for their own organisation. */
  public boolean isSchemesShown() {
    return currentCaller
        .find()
        .map(c -> c.has(Role.EMPLOYER) && c.organisationId() != null)
        .orElse(false);
  }

  /** A supervisor's verification queue. */
  public boolean isQueueShown() {
    return currentCaller.find().map(c -> c.has(Role.SUPERVISOR)).orElse(false);
  }

  /** How many of the signed-in person's notifications are unread (one statement a page). */
  public long getUnreadCount() {
    if (unread == null) {
      unread = currentCaller.find().map(this::unreadOf).orElse(0L);
    }
    return unread;
  }

  private long unreadOf(Caller caller) {
    try {
      return notifications.unreadCount(caller);
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "The unread notifications could not be counted", e);
      return 0L;
    }
  }

  /** The organisation whose people page the navigation links to, or null. */
  public String getOwnOrganisationId() {
    return currentCaller.find().map(Caller::organisationId).orElse(null);
  }

  /** The sign-out button's action (a POST: nothing changes state on a GET). */
  public void signOut() throws IOException, ServletException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    currentCaller.find().ifPresent(accounts::signedOut);
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + SignInRedirect.LOGIN_PAGE);
  }

  private Links links() {
    if (links == null) {
      links = currentCaller.find().map(this::linksFor).orElse(Links.NONE);
    }
    return links;
  }

  private Links linksFor(Caller caller) {
    try {
      String organisation = caller.organisationId();
      return new Links(
          policy.mayManageOrganisations(caller),
          policy.maySeeAudit(caller),
          caller.has(Role.EMPLOYER)
              && organisation != null
              && policy.mayManagePeopleOf(caller, organisation),
          policy.mayChangeCourse(caller, organisation),
          policy.maySeeNationalReports(caller),
          policy.mayAuthorFrameworks(caller));
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "The access policy could not be asked for the navigation", e);
      return Links.NONE;
    }
  }

  /** Which of the role-dependent links to show. */
  record Links(
      boolean organisations,
      boolean audit,
      boolean people,
      boolean matrix,
      boolean national,
      boolean frameworkImport) {
    static final Links NONE = new Links(false, false, false, false, false, false);
  }
}
