package org.linkworker.trellis.web.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.linkworker.trellis.portfolio.boundary.DeclarationService;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs the dashboard's declaration panel: a link worker who has not declared against the code of
 * practice for the current membership year is asked to, with a link to the declaration page.
 */
@Named
@RequestScoped
public class DeclarationDueBacking {

  private DeclarationService declarations;
  private CurrentCaller currentCaller;

  private Boolean due;

  @Inject
  public DeclarationDueBacking(DeclarationService declarations, CurrentCaller currentCaller) {
    this.declarations = declarations;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected DeclarationDueBacking() {}

  /** Whether to ask: a signed-in link worker without a declaration for this year. Asked once. */
  public boolean isDue() {
    if (due == null) {
      due = currentCaller.find().map(declarations::isDue).orElse(false);
    }
    return due;
  }

  /** The current membership year as people write it: 2026–27. */
  public String getYearLabel() {
    return declarations.currentYear().label();
  }

  /** The current membership year's last day, by which to declare. */
  public String getYearEnd() {
    return declarations.currentYear().to().toString();
  }
}
