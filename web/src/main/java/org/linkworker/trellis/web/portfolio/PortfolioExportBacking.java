package org.linkworker.trellis.web.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.portfolio.boundary.PortfolioArchive;
import org.linkworker.trellis.portfolio.boundary.PortfolioExportService;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs the "Download my whole portfolio" button of {@code /portfolio/entries.xhtml}: the signed-in
 * worker's portfolio as the ZIP archive the API also serves, streamed to the browser as it is
 * written (evidence files are never held in memory).
 */
@Named
@RequestScoped
public class PortfolioExportBacking {

  private PortfolioExportService exports;
  private CurrentCaller currentCaller;

  @Inject
  public PortfolioExportBacking(PortfolioExportService exports, CurrentCaller currentCaller) {
    this.exports = exports;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected PortfolioExportBacking() {}

  /**
   * Whether to offer the button: to a link worker on their own entries (no {@code ?username=} of
   * someone else). Decided from the request alone, so that it holds on the button's postback too,
   * before the page's view action has run.
   */
  public boolean isShown() {
    String username =
        Blank.orNull(
            FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("username"));
    return currentCaller
        .find()
        .filter(caller -> caller.has(Role.LINK_WORKER))
        .filter(caller -> username == null || caller.username().equals(username))
        .isPresent();
  }

  /** The button: answers the postback with the archive instead of the page. */
  public void download() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    PortfolioArchive archive = exports.export(caller, caller.username());
    ExternalContext external = context.getExternalContext();
    external.responseReset();
    external.setResponseContentType(PortfolioArchive.MEDIA_TYPE);
    // The reset took the security filter's headers with it: a person's whole portfolio must not
    // be kept by a cache, nor read as anything but the archive it is.
    external.setResponseHeader("Cache-Control", "no-store");
    external.setResponseHeader("X-Content-Type-Options", "nosniff");
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + archive.fileName().replaceAll("[^A-Za-z0-9._-]", "-")
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(archive.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    try (OutputStream out = external.getResponseOutputStream()) {
      archive.writeTo(out);
    }
    context.responseComplete();
  }
}
