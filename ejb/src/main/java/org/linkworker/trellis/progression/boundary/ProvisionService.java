package org.linkworker.trellis.progression.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.ProvisionCell;
import org.linkworker.trellis.identity.boundary.Caller;

/**
 * Provision with its demand (PRODUCT.md: Provision, Demand): the catalogue counts the published
 * courses of each competency × level, and the latest completed gap-report snapshot how many link
 * workers need it, as counts only. Everyone signed in may read it. Three statements.
 */
@Stateless
public class ProvisionService {

  @Inject CourseService courses;

  @Inject GapSnapshotService snapshots;

  /** Every competency × level of a framework (none: the default) with courses and demand. */
  public List<ProvisionCell> provision(Caller caller, String frameworkCode) {
    return courses.provision(caller, frameworkCode, snapshots::demand);
  }

  /** {@link #provision} as the downloadable CSV: competency, level, courses, demand, gap. */
  public String provisionReport(Caller caller, String frameworkCode) {
    return CourseService.provisionReport(provision(caller, frameworkCode));
  }
}
