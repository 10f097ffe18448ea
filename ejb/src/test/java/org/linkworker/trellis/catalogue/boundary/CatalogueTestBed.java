package org.linkworker.trellis.catalogue.boundary;

import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.IdentityTestAccess;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.TestData;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * The catalogue services wired by hand, as the container wires them, on a fresh test database with
 * the shipped link worker framework (46 competencies, levels 1 to 4) and two providers and an
 * employer: each call runs in a transaction of its own that a business exception rolls back.
 */
final class CatalogueTestBed implements AutoCloseable {

  final TestDatabase database = TestDatabase.create();
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
  final AccessPolicy policy = new AccessPolicy();
  final CurrentFrameworks frameworks;
  final String providerA;
  final String providerB;
  final String employer;
  final Caller pat;
  final Caller quinn;
  final Caller emma;
  final Caller alex;
  final Caller steward;

  CatalogueTestBed() {
    FrameworkTestAccess.importFramework(
        database, shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
    frameworks = FrameworkTestAccess.currentFrameworks(database);
    providerA = organisation("Community Learning Partnership", OrganisationKind.PROVIDER);
    providerB = organisation("Northern Skills College", OrganisationKind.PROVIDER);
    employer = organisation("Riverside PCN", OrganisationKind.EMPLOYER);
    pat = new Caller("pat.provider", "Pat", Set.of(Role.PROVIDER), providerA);
    quinn = new Caller("quinn.provider", "Quinn", Set.of(Role.PROVIDER), providerB);
    emma = new Caller("emma.employer", "Emma", Set.of(Role.EMPLOYER), employer);
    alex = new Caller("alex.link", "Alex", Set.of(Role.LINK_WORKER), employer);
    steward = new Caller("steward", "Steward", Set.of(Role.STEWARD), null);
  }

  /**
   * Imports the shipped second profession's framework (HWBC) beside the link worker framework, as
   * the application's data set does.
   */
  CatalogueTestBed withSecondProfession() {
    FrameworkTestAccess.importFramework(
        database,
        shipped(TestData.HWBC_PACKAGE),
        shipped(TestData.HWBC_CODE_OF_PRACTICE),
        shipped(TestData.HWBC_PROFILE));
    frameworks.forget();
    return this;
  }

  private String organisation(String name, OrganisationKind kind) {
    return database.inTransaction(
        em -> {
          Organisation organisation = Organisation.create(name, kind);
          em.persist(organisation);
          return organisation.getId();
        });
  }

  CourseService courses(EntityManager em) {
    CourseService service = new CourseService();
    service.em = em;
    service.policy = policy;
    service.audit = IdentityTestAccess.auditLog(em, clock);
    service.frameworks = frameworks;
    return service;
  }

  CourseImportRows importRows(EntityManager em) {
    CourseImportRows rows = new CourseImportRows();
    rows.em = em;
    rows.validator = org.linkworker.trellis.testing.MethodValidation.validator();
    rows.frameworks = frameworks;
    rows.imports = org.linkworker.trellis.imports.boundary.ImportsTestAccess.imports(em, policy);
    return rows;
  }

  <T> T courses(Function<CourseService, T> call) {
    return database.inTransaction(em -> call.apply(courses(em)));
  }

  <T> T query(Function<EntityManager, T> work) {
    return database.inTransaction(work);
  }

  /** A course's details with the given title, hours, status and mappings. */
  static CourseDetails details(
      String code, String title, String hours, CourseStatus status, MappingInput... mappings) {
    return new CourseDetails(
        code,
        title,
        "About " + title,
        DeliveryMode.ONLINE,
        new BigDecimal(hours),
        null,
        null,
        "https://example.org/" + title.toLowerCase().replace(' ', '-'),
        status,
        List.of(mappings));
  }

  static MappingInput develops(String competency, int level) {
    return new MappingInput(
        competency, level, org.linkworker.trellis.catalogue.entity.MappingStrength.DEVELOPS);
  }

  /** Creates a course as the caller, checked as the container checks it. */
  CourseView create(Caller caller, CourseDetails details) {
    return courses(
        service -> {
          org.linkworker.trellis.testing.MethodValidation.checkParameters(
              service, "create", caller, details);
          return service.create(caller, details);
        });
  }

  @Override
  public void close() {
    database.close();
  }
}
