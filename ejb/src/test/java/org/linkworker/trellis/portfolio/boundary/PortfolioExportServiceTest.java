package org.linkworker.trellis.portfolio.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkworker.trellis.catalogue.boundary.CatalogueTestAccess;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.notification.boundary.NotificationTestAccess;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.portfolio.control.EvidenceSettings;
import org.linkworker.trellis.portfolio.control.EvidenceStore;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.Declaration;
import org.linkworker.trellis.portfolio.entity.EvidenceFile;
import org.linkworker.trellis.portfolio.entity.MembershipYear;
import org.linkworker.trellis.portfolio.entity.SupervisionKind;
import org.linkworker.trellis.testing.EvidenceSamples;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.StatementCounter;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * A worker's whole portfolio as an export, on a real (in-memory Derby) database and a real evidence
 * folder: that it holds what every service shows the worker, that the archive carries each file's
 * bytes where the document says, that it costs the same statements however large the portfolio, and
 * that only the worker gets it. (That the document is the JSON its format says is checked in the
 * server, which holds the JSON-B engine: PortfolioExportIT.)
 */
class PortfolioExportServiceTest {

  @TempDir Path root;

  private final TestDatabase database = TestDatabase.create();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
  private final AccessPolicy policy = new AccessPolicy();
  private final CurrentFrameworks frameworks;

  private final Caller alex;
  private final Caller sam;
  private final Caller emma;
  private final Caller lee;
  private final Caller pat;
  private final Caller steward;

  PortfolioExportServiceTest() {
    FrameworkTestAccess.importFramework(
        database, shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
    frameworks = FrameworkTestAccess.currentFrameworks(database);
    String[] organisations =
        database.inTransaction(
            em -> {
              Organisation riverside = Organisation.create("Riverside", OrganisationKind.EMPLOYER);
              Organisation courses = Organisation.create("Courses Ltd", OrganisationKind.PROVIDER);
              em.persist(riverside);
              em.persist(courses);
              Person samPerson =
                  Person.create(
                      "sam.supervisor",
                      "Sam",
                      riverside,
                      Set.of(Role.SUPERVISOR, Role.LINK_WORKER),
                      "h");
              samPerson.placeAtStage("SENIOR");
              em.persist(samPerson);
              Person alexPerson =
                  Person.create(
                      "alex.link", "Alex Patel", riverside, Set.of(Role.LINK_WORKER), "h");
              alexPerson.placeAtStage("LINK_WORKER");
              alexPerson.assignSupervisor(samPerson);
              em.persist(alexPerson);
              Person leePerson =
                  Person.create("lee.trainee", "Lee", riverside, Set.of(Role.LINK_WORKER), "h");
              leePerson.placeAtStage("TRAINEE");
              em.persist(leePerson);
              em.persist(
                  Person.create("emma.employer", "Emma", riverside, Set.of(Role.EMPLOYER), "h"));
              em.persist(Person.create("pat.provider", "Pat", courses, Set.of(Role.PROVIDER), "h"));
              return new String[] {riverside.getId(), courses.getId()};
            });
    alex = new Caller("alex.link", "Alex Patel", Set.of(Role.LINK_WORKER), organisations[0]);
    sam =
        new Caller(
            "sam.supervisor", "Sam", Set.of(Role.SUPERVISOR, Role.LINK_WORKER), organisations[0]);
    emma = new Caller("emma.employer", "Emma", Set.of(Role.EMPLOYER), organisations[0]);
    lee = new Caller("lee.trainee", "Lee", Set.of(Role.LINK_WORKER), organisations[0]);
    pat = new Caller("pat.provider", "Pat", Set.of(Role.PROVIDER), organisations[1]);
    steward = new Caller("steward", "Steward", Set.of(Role.STEWARD), null);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private Path folder() {
    return root.resolve("evidence");
  }

  // --- the services, as the server would build them ---

  private <T> T portfolio(Function<PortfolioService, T> call) {
    return database.inTransaction(
        em -> {
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
          return call.apply(service);
        });
  }

  private <T> T evidence(Function<EvidenceService, T> call) {
    return database.inTransaction(
        em -> {
          EvidenceService service = new EvidenceService();
          service.em = em;
          service.audit =
              org.linkworker.trellis.identity.boundary.IdentityTestAccess.auditLog(
                  em, java.time.Clock.systemUTC());
          service.policy = policy;
          service.clock = clock;
          service.settings = new EvidenceSettings(folder(), 1024 * 1024);
          service.store = new EvidenceStore(folder());
          return call.apply(service);
        });
  }

  private <T> T supervision(Function<SupervisionService, T> call) {
    return database.inTransaction(
        em -> {
          SupervisionService service = new SupervisionService();
          service.em = em;
          service.policy = policy;
          service.frameworks = frameworks;
          service.clock = clock;
          return call.apply(service);
        });
  }

  private <T> T declarations(Function<DeclarationService, T> call) {
    return database.inTransaction(
        em -> {
          DeclarationService service = new DeclarationService();
          service.em = em;
          service.policy = policy;
          service.frameworks = frameworks;
          service.clock = clock;
          return call.apply(service);
        });
  }

  private PortfolioExportService exporter(EntityManager em) {
    PortfolioExportService service = new PortfolioExportService();
    service.em = em;
    service.policy = policy;
    service.frameworks = frameworks;
    service.clock = clock;
    service.store = new EvidenceStore(folder());
    return service;
  }

  private PortfolioArchive export(Caller caller, String username) {
    return database.inTransaction(em -> exporter(em).export(caller, username));
  }

  // --- a portfolio of every kind of record ---

  /** The bytes of each evidence file attached, by evidence id. */
  private final Map<String, byte[]> attached = new LinkedHashMap<>();

  /**
   * Records entries number {@code first} to {@code first + count - 1} for Alex: each with two
   * claims, a reflection and a standard, every other one with an evidence file; most submitted, of
   * those every third verified and some returned.
   */
  private void entriesOfAlex(int first, int count) {
    for (int i = first; i < first + count; i++) {
      entryOfAlex(i);
    }
  }

  private void entryOfAlex(int i) {
    EntryView entry =
        portfolio(
            s ->
                s.create(
                    alex,
                    "alex.link",
                    new EntryInput(
                        LocalDate.of(2026, 1, 1).plusDays(i),
                        "Learning " + i,
                        ActivityType.values()[i % ActivityType.values().length],
                        new BigDecimal("1.25"),
                        i % 2 == 0,
                        null,
                        "CP." + (1 + i % 10),
                        new EntryInput.ReflectionInput(
                            "What happened " + i, "What I learned " + i, null),
                        List.of(
                            new EntryInput.ClaimInput("PC.1", 1),
                            new EntryInput.ClaimInput("CR." + (1 + i % 6), 2)))));
    if (i % 2 == 0) {
      byte[] bytes = pdf(i);
      EvidenceView file =
          evidence(
              s ->
                  s.attach(
                      alex,
                      entry.id(),
                      "Certificate " + i + ".pdf",
                      new ByteArrayInputStream(bytes)));
      attached.put(file.id(), bytes);
    }
    if (i % 4 != 3) {
      portfolio(s -> s.submit(alex, entry.id()));
      if (i % 3 == 0) {
        portfolio(s -> s.verify(sam, entry.id(), "Well done " + entry.title()));
      } else if (i % 5 == 1) {
        portfolio(s -> s.returnEntry(sam, entry.id(), "Add what changes"));
      }
    }
  }

  /**
   * Alex's other records: assessments (one withdrawn), supervision records (one by Sam, without
   * notes) and declarations for this membership year and the last.
   */
  private void recordsOfAlex() {
    supervision(
        s ->
            s.assess(
                sam,
                "alex.link",
                new AssessmentInput(LocalDate.of(2026, 6, 1), "PC.1", 2, "Seen in clinic")));
    AssessmentView withdrawn =
        supervision(
            s -> s.assess(sam, "alex.link", new AssessmentInput(null, "CR.2", 3, "Too soon")));
    supervision(
        s -> {
          s.withdraw(sam, withdrawn.id());
          return null;
        });
    supervision(
        s ->
            s.record(
                alex,
                "alex.link",
                new SupervisionInput(
                    LocalDate.of(2026, 10, 2),
                    60,
                    SupervisionKind.CLINICAL,
                    null,
                    "Only I read this")));
    supervision(
        s ->
            s.record(
                sam,
                "alex.link",
                new SupervisionInput(
                    LocalDate.of(2026, 11, 2), 45, SupervisionKind.MANAGERIAL, null, null)));
    database.inTransaction(
        em -> {
          Person owner =
              em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
                  .setParameter("username", "alex.link")
                  .getSingleResult();
          em.persist(
              new Declaration(
                  owner,
                  new MembershipYear(2025),
                  LocalDate.of(2025, 5, 1),
                  frameworks.current().orElseThrow().outline().codeOfPractice().id(),
                  "LWCF",
                  "1",
                  "Last year",
                  Instant.parse("2025-05-01T10:00:00Z")));
          return null;
        });
    declarations(s -> s.declare(alex, "alex.link", new DeclarationInput(null, "This year")));
    clock.advance(Duration.ofMinutes(5));
  }

  private void portfolioOfAlex(int entries) {
    entriesOfAlex(0, entries);
    recordsOfAlex();
  }

  /** A small PDF that differs for each entry. */
  private static byte[] pdf(int i) {
    byte[] base = EvidenceSamples.pdf();
    byte[] more = ("\n% entry " + i + "\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = new byte[base.length + more.length];
    System.arraycopy(base, 0, bytes, 0, base.length);
    System.arraycopy(more, 0, bytes, base.length, more.length);
    return bytes;
  }

  // --- what the export holds ---

  @Test
  void theExportHoldsEverythingTheServicesShowTheWorker() {
    portfolioOfAlex(9);

    PortfolioExport document = export(alex, "alex.link").document();

    assertThat(document.format()).isEqualTo("trellis-portfolio-export/1");
    assertThat(document.exportedAt()).isEqualTo(clock.instant());
    assertThat(document.person())
        .isEqualTo(
            new PortfolioExport.Worker(
                "alex.link", "Alex Patel", "Riverside", "LINK_WORKER", "sam.supervisor"));
    assertThat(document.framework()).isEqualTo(new PortfolioExport.FrameworkVersion("LWCF", "1"));

    List<EntryView> entries =
        portfolio(
                s ->
                    s.entries(
                        alex, "alex.link", new EntryFilter(null, null, null, null, null), 0, 1000))
            .page()
            .items();
    assertThat(document.entries()).hasSize(9).containsExactlyElementsOf(entries);
    assertThat(document.entries())
        .allSatisfy(
            e -> {
              assertThat(e.reflection().what()).startsWith("What happened");
              assertThat(e.claims()).hasSize(2);
            });

    List<EvidenceView> files = new ArrayList<>();
    for (EntryView entry : entries) {
      files.addAll(evidence(s -> s.list(alex, entry.id())));
    }
    assertThat(document.evidence())
        .extracting(
            f ->
                new EvidenceView(
                    f.id(), f.entry(), f.name(), f.mediaType(), f.size(), f.uploadedAt()))
        .containsExactlyInAnyOrderElementsOf(files);
    assertThat(document.evidence())
        .hasSize(5)
        .allSatisfy(
            f -> {
              assertThat(f.path()).isEqualTo("evidence/" + f.id() + "-" + f.name());
              assertThat(f.uploadedBy()).isEqualTo("alex.link");
              assertThat(f.sha256()).hasSize(64);
            });

    List<AssessmentView> standing =
        supervision(s -> s.assessments(alex, "alex.link", 0, 100)).items();
    assertThat(document.assessments()).hasSize(2);
    assertThat(document.assessments().stream().filter(a -> !a.withdrawn()))
        .extracting(
            a ->
                new AssessmentView(
                    a.id(),
                    "alex.link",
                    a.competency(),
                    a.level(),
                    a.date(),
                    a.assessedBy(),
                    a.note()))
        .containsExactlyElementsOf(standing);
    assertThat(document.assessments().stream().filter(PortfolioExport.AssessmentItem::withdrawn))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.competency()).isEqualTo("CR.2");
              assertThat(a.withdrawnAt()).isNotNull();
            });

    assertThat(document.supervision())
        .containsExactlyElementsOf(
            supervision(s -> s.supervisionRecords(alex, "alex.link", 0, 100)).items())
        .extracting(SupervisionView::notes)
        .containsExactly(null, "Only I read this");

    assertThat(document.declarations())
        .containsExactlyElementsOf(
            declarations(s -> s.declarations(alex, "alex.link", 0, 100)).items())
        .extracting(DeclarationView::statement)
        .containsExactly("This year", "Last year");
  }

  @Test
  void theArchiveHoldsTheDocumentFirstAndEveryFilesBytesAtTheDocumentsPath() throws IOException {
    portfolioOfAlex(6);
    PortfolioArchive archive = export(alex, "alex.link");

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    archive.writeTo(
        zip, (document, out) -> out.write(document.format().getBytes(StandardCharsets.UTF_8)));
    Map<String, byte[]> contents = unzip(zip.toByteArray());

    assertThat(archive.fileName()).isEqualTo("portfolio-alex.link-2026-11-25.zip");
    assertThat(contents.keySet().iterator().next()).isEqualTo("portfolio.json");
    assertThat(new String(contents.get("portfolio.json"), StandardCharsets.UTF_8))
        .isEqualTo("trellis-portfolio-export/1");
    assertThat(contents).hasSize(1 + attached.size());
    for (PortfolioExport.EvidenceItem file : archive.document().evidence()) {
      assertThat(contents.get(file.path())).as(file.path()).isEqualTo(attached.get(file.id()));
    }
  }

  @Test
  void aFileGoneFromTheFolderIsListedWithoutAPathAndLeftOutOfTheArchive() throws IOException {
    portfolioOfAlex(2);
    String stored =
        database.inTransaction(
            em ->
                em.createQuery("select f from EvidenceFile f", EvidenceFile.class)
                    .getSingleResult()
                    .getStoredName());
    Files.delete(folder().resolve(stored));

    PortfolioArchive archive = export(alex, "alex.link");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    archive.writeTo(zip, (document, out) -> out.write('{'));

    assertThat(archive.document().evidence())
        .singleElement()
        .satisfies(f -> assertThat(f.path()).isNull());
    assertThat(unzip(zip.toByteArray())).containsOnlyKeys("portfolio.json");
  }

  @Test
  void exportingCostsTheSameStatementsForOneEntryAsForThirty() {
    portfolioOfAlex(1);
    int one = StatementCounter.during(() -> export(alex, "alex.link"));
    entriesOfAlex(1, 29);

    int thirty = StatementCounter.during(() -> export(alex, "alex.link"));

    assertThat(export(alex, "alex.link").document().entries()).hasSize(30);
    assertThat(thirty).isEqualTo(one);
    assertThat(one).isLessThanOrEqualTo(10);
  }

  @Test
  void onlyTheWorkerThemselfExportsTheirPortfolio() {
    portfolioOfAlex(1);

    for (Caller reader : List.of(sam, emma)) {
      assertThatThrownBy(() -> export(reader, "alex.link"))
          .as(reader.username())
          .isInstanceOf(AccessDeniedException.class)
          .hasMessageContaining("Only the link worker");
    }
    for (Caller stranger : List.of(lee, pat, steward)) {
      assertThatThrownBy(() -> export(stranger, "alex.link"))
          .as(stranger.username())
          .isInstanceOf(NotVisibleException.class);
    }
    assertThatThrownBy(() -> export(alex, "nobody.at.all")).isInstanceOf(NotVisibleException.class);
    assertThat(export(lee, "lee.trainee").document().entries()).isEmpty();
  }

  private static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        contents.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return contents;
  }
}
