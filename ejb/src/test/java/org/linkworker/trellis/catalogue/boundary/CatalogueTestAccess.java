package org.linkworker.trellis.catalogue.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.IdentityTestAccess;

/** The catalogue services other components' tests need, wired by hand on a test database. */
public final class CatalogueTestAccess {

  private CatalogueTestAccess() {}

  public static CourseService courses(
      EntityManager em, AccessPolicy policy, CurrentFrameworks frameworks, Clock clock) {
    CourseService service = new CourseService();
    service.em = em;
    service.policy = policy;
    service.audit = IdentityTestAccess.auditLog(em, clock);
    service.frameworks = frameworks;
    return service;
  }

  /**
   * Loads the shipped demo catalogue, as the data-set loader would, in the caller's transaction.
   */
  public static void loadDemoCourses(EntityManager em, CurrentFrameworks frameworks, Clock clock) {
    CoursesDataSetStep step = new CoursesDataSetStep();
    step.em = em;
    step.audit = IdentityTestAccess.auditLog(em, clock);
    step.validator = org.linkworker.trellis.testing.MethodValidation.validator();
    step.frameworks = frameworks;
    step.load(
        org.linkworker.trellis.platform.data.JsonFields.parse(
            org.linkworker.trellis.platform.data.DataSetManifest.open(
                CatalogueTestAccess.class.getClassLoader(), "demo/courses.json")),
        "courses.json");
  }
}
