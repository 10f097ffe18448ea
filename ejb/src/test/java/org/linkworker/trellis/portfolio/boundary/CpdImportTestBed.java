package org.linkworker.trellis.portfolio.boundary;

import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.linkworker.trellis.catalogue.boundary.CatalogueTestAccess;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.imports.boundary.ImportService;
import org.linkworker.trellis.imports.boundary.ImportsTestAccess;
import org.linkworker.trellis.imports.entity.FileImport;
import org.linkworker.trellis.imports.entity.ImportError;
import org.linkworker.trellis.notification.boundary.NotificationTestAccess;
import org.linkworker.trellis.platform.csv.CsvFile;
import org.linkworker.trellis.platform.csv.CsvRow;
import org.linkworker.trellis.portfolio.control.CpdCsv;
import org.linkworker.trellis.testing.MethodValidation;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * The portfolio's import wired by hand, as the container wires it, on a fresh test database with
 * the shipped link worker framework and the people of an organisation: Alex (a link worker Sam
 * supervises), Lee (a link worker without a supervisor), Sam (supervisor and link worker), Emma
 * (employer); the steward; and Pat of a provider. Each call runs in a transaction of its own.
 */
final class CpdImportTestBed implements AutoCloseable {

  static final String HEADER =
      "key,date,title,type,hours,participatory,standard,what,learned,change,claims,status\r\n";

  final TestDatabase database;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
  final AccessPolicy policy = new AccessPolicy();
  final CurrentFrameworks frameworks;
  final String riverside;
  final String alexId;
  final Caller alex;
  final Caller lee;
  final Caller sam;
  final Caller emma;
  final Caller steward;
  final Caller pat;

  CpdImportTestBed() {
    this(TestDatabase.create());
  }

  CpdImportTestBed(TestDatabase database) {
    this.database = database;
    FrameworkTestAccess.importFramework(
        database, shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
    frameworks = FrameworkTestAccess.currentFrameworks(database);
    String[] ids =
        database.inTransaction(
            em -> {
              Organisation org = Organisation.create("Riverside", OrganisationKind.EMPLOYER);
              em.persist(org);
              Person samPerson =
                  Person.create(
                      "sam.supervisor", "Sam", org, Set.of(Role.SUPERVISOR, Role.LINK_WORKER), "h");
              samPerson.placeAtStage("SENIOR");
              em.persist(samPerson);
              Person alexPerson =
                  Person.create("alex.link", "Alex", org, Set.of(Role.LINK_WORKER), "h");
              alexPerson.placeAtStage("LINK_WORKER");
              alexPerson.assignSupervisor(samPerson);
              em.persist(alexPerson);
              Person leePerson =
                  Person.create("lee.trainee", "Lee", org, Set.of(Role.LINK_WORKER), "h");
              leePerson.placeAtStage("TRAINEE");
              em.persist(leePerson);
              em.persist(Person.create("emma.employer", "Emma", org, Set.of(Role.EMPLOYER), "h"));
              Organisation provider = Organisation.create("Learning", OrganisationKind.PROVIDER);
              em.persist(provider);
              em.persist(
                  Person.create("pat.provider", "Pat", provider, Set.of(Role.PROVIDER), "h"));
              return new String[] {org.getId(), alexPerson.getId(), provider.getId()};
            });
    riverside = ids[0];
    alexId = ids[1];
    alex = new Caller("alex.link", "Alex", Set.of(Role.LINK_WORKER), riverside);
    lee = new Caller("lee.trainee", "Lee", Set.of(Role.LINK_WORKER), riverside);
    sam = new Caller("sam.supervisor", "Sam", Set.of(Role.SUPERVISOR, Role.LINK_WORKER), riverside);
    emma = new Caller("emma.employer", "Emma", Set.of(Role.EMPLOYER), riverside);
    steward = new Caller("steward", "Steward", Set.of(Role.STEWARD), null);
    pat = new Caller("pat.provider", "Pat", Set.of(Role.PROVIDER), ids[2]);
  }

  ImportService imports(EntityManager em) {
    return ImportsTestAccess.imports(em, policy);
  }

  CpdImportRows rows(EntityManager em) {
    CpdImportRows rows = new CpdImportRows();
    rows.em = em;
    rows.validator = MethodValidation.validator();
    rows.frameworks = frameworks;
    rows.imports = imports(em);
    rows.clock = clock;
    return rows;
  }

  CpdImportService service(EntityManager em) {
    CpdImportService service = new CpdImportService();
    service.em = em;
    service.policy = policy;
    service.clock = clock;
    service.imports = imports(em);
    return service;
  }

  PortfolioService portfolio(EntityManager em) {
    PortfolioService service = new PortfolioService();
    service.em = em;
    service.audit =
        org.linkworker.trellis.identity.boundary.IdentityTestAccess.auditLog(
            em, java.time.Clock.systemUTC());
    service.policy = policy;
    service.frameworks = frameworks;
    service.clock = clock;
    service.courses = CatalogueTestAccess.courses(em, policy, frameworks, clock);
    service.notifications = NotificationTestAccess.notifications(em, clock);
    return service;
  }

  <T> T portfolio(Function<PortfolioService, T> call) {
    return database.inTransaction(em -> call.apply(portfolio(em)));
  }

  <T> T query(Function<EntityManager, T> work) {
    return database.inTransaction(work);
  }

  /** The file stored as Alex's import, as the service stores it; its identifier. */
  String stored(String file) {
    return query(em -> service(em).store(alex, "alex.link", "history.csv", utf8(file)));
  }

  /**
   * Runs the file's rows through the writer in chunks of the given size, from a checkpoint, each
   * chunk in a transaction of its own as the job runs it.
   */
  void write(String importId, String file, int chunk, long skip) {
    List<CsvRow> all = new ArrayList<>();
    CpdCsv.rows(utf8(file), skip).forEachRemaining(all::add);
    for (int i = 0; i < all.size(); i += chunk) {
      List<CsvRow> part = all.subList(i, Math.min(all.size(), i + chunk));
      query(
          em -> {
            rows(em).write(importId, part);
            return null;
          });
    }
  }

  /** Stores and writes a whole file in chunks of 100; the import's identifier. */
  String imported(String file) {
    String id = stored(file);
    write(id, file, 100, 0);
    return id;
  }

  FileImport run(String importId) {
    return query(em -> em.find(FileImport.class, importId));
  }

  List<ImportError.Line> errors(String importId) {
    return query(
        em ->
            em.createNamedQuery(ImportError.OF_IMPORT, ImportError.Line.class)
                .setParameter("import", importId)
                .getResultList());
  }

  /** Alex's entries as Alex lists them, newest first. */
  List<EntryView> alexsEntries() {
    return portfolio(s -> s.entries(alex, "alex.link", EntryFilter.none(), 0, 1000)).page().items();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static int rowsOf(String file) {
    return ((CsvFile.Fit) CpdCsv.inspect(utf8(file))).rows();
  }

  @Override
  public void close() {
    database.close();
  }
}
