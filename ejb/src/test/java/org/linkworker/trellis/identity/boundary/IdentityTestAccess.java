package org.linkworker.trellis.identity.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** The identity services other components' tests need, wired by hand on a test database. */
public final class IdentityTestAccess {

  private IdentityTestAccess() {}

  /**
   * Loads the shipped demo organisations and people, as the data-set loader would, in the caller's
   * transaction.
   */
  public static void loadDemoPeople(
      EntityManager em,
      Clock clock,
      org.linkworker.trellis.framework.boundary.CurrentFrameworks frameworks) {
    ClassLoader loader = IdentityTestAccess.class.getClassLoader();
    OrganisationsDataSetStep organisations = new OrganisationsDataSetStep();
    organisations.em = em;
    organisations.audit = auditLog(em, clock);
    organisations.load(
        org.linkworker.trellis.platform.data.JsonFields.parse(
            org.linkworker.trellis.platform.data.DataSetManifest.open(
                loader, "demo/organisations.json")),
        "organisations.json");
    PeopleDataSetStep people = new PeopleDataSetStep();
    people.em = em;
    people.audit = auditLog(em, clock);
    people.frameworks = frameworks;
    people.hasher =
        new org.linkworker.trellis.identity.control.PasswordHasher(IdentityTestBed.HASH_ITERATIONS);
    people.load(
        org.linkworker.trellis.platform.data.JsonFields.parse(
            org.linkworker.trellis.platform.data.DataSetManifest.open(loader, "demo/people.json")),
        "people.json");
  }

  /** The audit log on a persistence context, reading the given clock. */
  public static AuditLog auditLog(EntityManager em, Clock clock) {
    AuditLog log = new AuditLog();
    log.em = em;
    log.clock = clock;
    return log;
  }
}
