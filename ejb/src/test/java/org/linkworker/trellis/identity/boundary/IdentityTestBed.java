package org.linkworker.trellis.identity.boundary;

import static org.linkworker.trellis.testing.TestData.HWBC_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.HWBC_PACKAGE;
import static org.linkworker.trellis.testing.TestData.HWBC_PROFILE;
import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.identity.control.PasswordHasher;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.testing.MethodValidation;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * The identity services wired by hand, as the container wires them, on a fresh test database: each
 * call runs in a transaction of its own that a business exception rolls back. The clock is the
 * test's to move; the memory of verified credentials and the password hasher are shared by every
 * call, as in a server.
 */
final class IdentityTestBed implements AutoCloseable {

  /** The password of every account the fixtures create. */
  static final String PASSWORD = "wide-river-lantern-42";

  /**
   * The tests' hashing cost: a real PBKDF2 hash, at far fewer iterations than the server's 600,000
   * (PasswordHasherTest covers those), so that a sign-in costs the tests no measurable time.
   */
  static final int HASH_ITERATIONS = 1_000;

  // Hashed once for all tests: fixtures need a real hash, not the time it takes to make one.
  private static String passwordHash;

  final TestDatabase database;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
  final VerifiedCredentials verified = new VerifiedCredentials();
  final PasswordHasher hasher = new PasswordHasher(HASH_ITERATIONS);
  final AccessPolicy policy = new AccessPolicy();

  /** On a fresh in-memory Derby database. */
  IdentityTestBed() {
    this(TestDatabase.create());
  }

  /** On the given database, which the bed closes. */
  IdentityTestBed(TestDatabase database) {
    this.database = database;
  }

  static synchronized String passwordHash() {
    if (passwordHash == null) {
      passwordHash = new PasswordHasher(HASH_ITERATIONS).hash(PASSWORD);
    }
    return passwordHash;
  }

  /** Loads the shipped framework, whose stages are TRAINEE, LINK_WORKER, SENIOR and LEAD. */
  IdentityTestBed withCurrentFramework() {
    FrameworkTestAccess.importFramework(
        database, shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
    return this;
  }

  /**
   * Loads the second profession's framework beside it, the Health and Wellbeing Coach framework,
   * whose stages are TRAINEE_COACH, COACH, SENIOR_COACH and LEAD_COACH.
   */
  IdentityTestBed withSecondProfession() {
    FrameworkTestAccess.importFramework(
        database, shipped(HWBC_PACKAGE), shipped(HWBC_CODE_OF_PRACTICE), shipped(HWBC_PROFILE));
    return this;
  }

  AuditLog auditLog(EntityManager em) {
    AuditLog log = new AuditLog();
    log.em = em;
    log.clock = clock;
    return log;
  }

  AccountService accounts(EntityManager em) {
    AccountService service = new AccountService();
    service.em = em;
    service.clock = clock;
    service.audit = auditLog(em);
    service.verified = verified;
    service.hasher = hasher;
    return service;
  }

  OrganisationService organisations(EntityManager em) {
    OrganisationService service = new OrganisationService();
    service.em = em;
    service.policy = policy;
    service.audit = auditLog(em);
    return service;
  }

  PeopleService people(EntityManager em) {
    PeopleService service = new PeopleService();
    service.em = em;
    service.policy = policy;
    service.audit = auditLog(em);
    service.frameworks = FrameworkTestAccess.currentFrameworks(em);
    service.hasher = hasher;
    return service;
  }

  AuditService auditService(EntityManager em) {
    AuditService service = new AuditService();
    service.em = em;
    service.policy = policy;
    return service;
  }

  <T> T accounts(Function<AccountService, T> call) {
    return database.inTransaction(em -> call.apply(accounts(em)));
  }

  void withAccounts(Consumer<AccountService> call) {
    database.inTransaction(
        em -> {
          call.accept(accounts(em));
          return null;
        });
  }

  <T> T organisations(Function<OrganisationService, T> call) {
    return database.inTransaction(em -> call.apply(organisations(em)));
  }

  <T> T people(Function<PeopleService, T> call) {
    return database.inTransaction(em -> call.apply(people(em)));
  }

  /**
   * Checks a service method's parameters as the container does before the call (Bean Validation of
   * {@code @Valid} and constraint annotations), throwing what the caller would get.
   */
  static void checkParameters(Object service, String methodName, Object... arguments) {
    MethodValidation.checkParameters(service, methodName, arguments);
  }

  <T> T audit(Function<AuditService, T> call) {
    return database.inTransaction(em -> call.apply(auditService(em)));
  }

  <T> T query(Function<EntityManager, T> work) {
    return database.inTransaction(work);
  }

  /** A stored organisation's identifier. */
  String organisation(String name, OrganisationKind kind) {
    return database.inTransaction(
        em -> {
          Organisation organisation = Organisation.create(name, kind);
          em.persist(organisation);
          return organisation.getId();
        });
  }

  /** Stores a person with {@link #PASSWORD}; stage and supervisor only for link workers. */
  String person(
      String username, String organisationId, Set<Role> roles, String stage, String supervisor) {
    return database.inTransaction(
        em -> {
          Organisation organisation =
              organisationId == null ? null : em.find(Organisation.class, organisationId);
          Person person =
              Person.create(username, "Name of " + username, organisation, roles, passwordHash());
          if (stage != null) {
            person.placeAtStage(stage);
          }
          if (supervisor != null) {
            person.assignSupervisor(find(em, supervisor));
          }
          em.persist(person);
          return username;
        });
  }

  String person(String username, String organisationId, Role... roles) {
    return person(username, organisationId, Set.of(roles), null, null);
  }

  static Person find(EntityManager em, String username) {
    return em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
        .setParameter("username", username)
        .getSingleResult();
  }

  Person person(String username) {
    return query(em -> find(em, username));
  }

  /** The caller a session of this person would carry. */
  Caller caller(String username) {
    return accounts(a -> a.findActiveCaller(username)).orElseThrow();
  }

  /** Every audit entry, oldest first. */
  List<AuditEntry> auditEntries() {
    return query(
        em ->
            em.createQuery("select e from AuditEntry e order by e.id", AuditEntry.class)
                .getResultList());
  }

  AuditEntry lastAuditEntry() {
    List<AuditEntry> entries = auditEntries();
    return entries.get(entries.size() - 1);
  }

  @Override
  public void close() {
    database.close();
  }
}
