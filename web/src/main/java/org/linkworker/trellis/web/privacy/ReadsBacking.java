package org.linkworker.trellis.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.linkworker.trellis.identity.boundary.AuditService;
import org.linkworker.trellis.identity.boundary.ReadView;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.web.faces.PageWindow;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /account/reads.xhtml}: the signed-in worker sees who else read their reflections or
 * opened their evidence files, newest first, a page at a time.
 */
@Named
@RequestScoped
public class ReadsBacking {

  /** Reads on one page. */
  static final int PAGE_SIZE = 50;

  private AuditService audit;
  private CurrentCaller currentCaller;

  private String offset;
  private List<ReadView> reads = List.of();
  private PageWindow window;

  @Inject
  public ReadsBacking(AuditService audit, CurrentCaller currentCaller) {
    this.audit = audit;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected ReadsBacking() {}

  /** The page's view action. */
  public void load() {
    int start = PageWindow.offsetOf(offset);
    Page<ReadView> page =
        audit.readsOf(currentCaller.get(), currentCaller.get().username(), start, PAGE_SIZE);
    reads = page.items();
    window = new PageWindow(start, PAGE_SIZE, reads.size(), page.total());
  }

  public List<ReadView> getReads() {
    return reads;
  }

  public PageWindow getWindow() {
    return window;
  }

  public String getOffset() {
    return offset;
  }

  public void setOffset(String offset) {
    this.offset = offset;
  }
}
