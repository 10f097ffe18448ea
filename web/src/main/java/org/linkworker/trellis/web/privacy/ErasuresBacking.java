package org.linkworker.trellis.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.privacy.boundary.ErasureService;
import org.linkworker.trellis.privacy.boundary.ErasureView;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /admin/erasures.xhtml}: the steward sees the erasure requests employers confirmed,
 * and erases (or withdraws) each. The requests are read when first asked for, on the first request
 * and on the postback alike, so a row's button acts on the request its row showed.
 */
@Named
@RequestScoped
public class ErasuresBacking {

  /** Requests on the page: the newest, which is all there will be for a long while. */
  static final int PAGE_SIZE = 200;

  private ErasureService erasures;
  private AccessPolicy policy;
  private CurrentCaller currentCaller;

  private List<ErasureView> requests;
  private String done;

  @Inject
  public ErasuresBacking(
      ErasureService erasures, AccessPolicy policy, CurrentCaller currentCaller) {
    this.erasures = erasures;
    this.policy = policy;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected ErasuresBacking() {}

  /** The page's view action: the steward's page. */
  public void load() {
    if (!policy.mayErase(currentCaller.get())) {
      Refusals.forbidden(FacesContext.getCurrentInstance());
    }
  }

  /** A row's erase button. */
  public String erase(ErasureView row) {
    try {
      erasures.erase(currentCaller.get(), row.id());
    } catch (NotVisibleException | StateConflictException refused) {
      FieldMessages.error(FacesContext.getCurrentInstance(), null, refused.getMessage());
      requests = null;
      return null;
    }
    return "/admin/erasures?faces-redirect=true&done=erased";
  }

  /** A row's withdraw button. */
  public String withdraw(ErasureView row) {
    try {
      erasures.withdraw(currentCaller.get(), row.id());
    } catch (NotVisibleException | StateConflictException refused) {
      FieldMessages.error(FacesContext.getCurrentInstance(), null, refused.getMessage());
      requests = null;
      return null;
    }
    return "/admin/erasures?faces-redirect=true&done=withdrawn";
  }

  public List<ErasureView> getRequests() {
    if (requests == null) {
      requests = erasures.list(currentCaller.get(), null, 0, PAGE_SIZE).items();
    }
    return requests;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }
}
