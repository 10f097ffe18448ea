package org.linkworker.trellis.portfolio.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.portfolio.control.EvidenceSettings;
import org.linkworker.trellis.portfolio.control.EvidenceStore;
import org.linkworker.trellis.portfolio.control.EvidenceTypes;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.CpdEntry;
import org.linkworker.trellis.portfolio.entity.EvidenceFile;
import org.linkworker.trellis.testing.EvidenceSamples;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.StatementCounter;
import org.linkworker.trellis.testing.TestDatabase;

class EvidenceServiceTest {

  /** Half a megabyte, so that a file over the limit is quick to make. */
  private static final long LIMIT = 512 * 1024;

  private static final String UUID_FORM =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @TempDir Path root;

  private final TestDatabase database = TestDatabase.create();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
  private final AccessPolicy policy = new AccessPolicy();

  private final Caller alex;
  private final Caller sam;
  private final Caller emma;
  private final Caller lee;
  private final Caller paula;
  private final Caller steward;

  EvidenceServiceTest() {
    String[] organisations =
        database.inTransaction(
            em -> {
              Organisation riverside = Organisation.create("Riverside", OrganisationKind.EMPLOYER);
              Organisation learnwell = Organisation.create("Learnwell", OrganisationKind.PROVIDER);
              em.persist(riverside);
              em.persist(learnwell);
              Person samPerson =
                  Person.create(
                      "sam.supervisor",
                      "Sam",
                      riverside,
                      Set.of(Role.SUPERVISOR, Role.LINK_WORKER),
                      "h");
              em.persist(samPerson);
              Person alexPerson =
                  Person.create("alex.link", "Alex", riverside, Set.of(Role.LINK_WORKER), "h");
              alexPerson.assignSupervisor(samPerson);
              em.persist(alexPerson);
              em.persist(
                  Person.create("lee.trainee", "Lee", riverside, Set.of(Role.LINK_WORKER), "h"));
              em.persist(
                  Person.create("emma.employer", "Emma", riverside, Set.of(Role.EMPLOYER), "h"));
              em.persist(
                  Person.create("paula.provider", "Paula", learnwell, Set.of(Role.PROVIDER), "h"));
              return new String[] {riverside.getId(), learnwell.getId()};
            });
    alex = new Caller("alex.link", "Alex", Set.of(Role.LINK_WORKER), organisations[0]);
    sam =
        new Caller(
            "sam.supervisor", "Sam", Set.of(Role.SUPERVISOR, Role.LINK_WORKER), organisations[0]);
    emma = new Caller("emma.employer", "Emma", Set.of(Role.EMPLOYER), organisations[0]);
    lee = new Caller("lee.trainee", "Lee", Set.of(Role.LINK_WORKER), organisations[0]);
    paula = new Caller("paula.provider", "Paula", Set.of(Role.PROVIDER), organisations[1]);
    steward = new Caller("steward", "Steward", Set.of(Role.STEWARD), null);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private Path folder() {
    return root.resolve("evidence");
  }

  private EvidenceService service(EntityManager em) {
    EvidenceService service = new EvidenceService();
    service.em = em;
    service.audit =
        org.linkworker.trellis.identity.boundary.IdentityTestAccess.auditLog(
            em, java.time.Clock.systemUTC());
    service.policy = policy;
    service.clock = clock;
    service.settings = new EvidenceSettings(folder(), LIMIT);
    service.store = new EvidenceStore(folder());
    return service;
  }

  private <T> T evidence(Function<EvidenceService, T> call) {
    return database.inTransaction(em -> call.apply(service(em)));
  }

  private EvidenceView attach(Caller caller, String entryId, String name, byte[] content) {
    return evidence(s -> s.attach(caller, entryId, name, new ByteArrayInputStream(content)));
  }

  private List<EvidenceView> list(Caller caller, String entryId) {
    return evidence(s -> s.list(caller, entryId));
  }

  private byte[] read(Caller caller, String evidenceId) {
    EvidenceContent content = evidence(s -> s.open(caller, evidenceId));
    try (InputStream in = content.bytes().get()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void remove(Caller caller, String evidenceId) {
    evidence(
        s -> {
          s.remove(caller, evidenceId);
          return null;
        });
  }

  /** A draft entry of alex's. */
  private String draft() {
    return database.inTransaction(
        em -> {
          Person owner =
              em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
                  .setParameter("username", "alex.link")
                  .getSingleResult();
          CpdEntry entry =
              new CpdEntry(
                  owner,
                  LocalDate.of(2026, 11, 20),
                  "Safeguarding course",
                  ActivityType.COURSE,
                  BigDecimal.ONE,
                  clock.instant());
          em.persist(entry);
          return entry.getId();
        });
  }

  private void change(String entryId, Consumer<CpdEntry> transition) {
    database.inTransaction(
        em -> {
          transition.accept(em.find(CpdEntry.class, entryId));
          return null;
        });
  }

  private List<Path> stored() throws IOException {
    if (!Files.exists(folder())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder())) {
      return files.toList();
    }
  }

  private static String fileError(Throwable thrown) {
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    InvalidInputException invalid = (InvalidInputException) thrown;
    assertThat(invalid.fieldErrors()).containsOnlyKeys("file");
    return invalid.fieldErrors().get("file");
  }

  @Test
  void aWorkersPdfIsStoredUnderAGeneratedNameInTheFolderAndGoneOnceRemoved() throws IOException {
    String entry = draft();
    byte[] pdf = EvidenceSamples.pdf();

    EvidenceView attached = attach(alex, entry, "Certificate.pdf", pdf);

    assertThat(attached.entry()).isEqualTo(entry);
    assertThat(attached.name()).isEqualTo("Certificate.pdf");
    assertThat(attached.mediaType()).isEqualTo(EvidenceTypes.PDF);
    assertThat(attached.size()).isEqualTo(pdf.length);
    assertThat(attached.uploadedAt()).isEqualTo(clock.instant());
    List<Path> files = stored();
    assertThat(files).hasSize(1);
    assertThat(files.get(0).getFileName().toString()).matches(UUID_FORM);
    assertThat(files.get(0)).hasBinaryContent(pdf);
    EvidenceFile row = database.inTransaction(em -> em.find(EvidenceFile.class, attached.id()));
    assertThat(row.getStoredName()).isEqualTo(files.get(0).getFileName().toString());
    assertThat(row.getUploadedBy()).isEqualTo("alex.link");
    assertThat(row.getSha256()).hasSize(64);
    assertThat(list(alex, entry)).containsExactly(attached);
    assertThat(read(alex, attached.id())).isEqualTo(pdf);

    remove(alex, attached.id());

    assertThat(stored()).isEmpty();
    assertThat(list(alex, entry)).isEmpty();
    assertThatThrownBy(() -> read(alex, attached.id())).isInstanceOf(NotVisibleException.class);
  }

  @Test
  void aFileRemovedWhileABackupRunsIsInTheBackupAndGoneOnceItEnds() throws IOException {
    String entry = draft();
    byte[] pdf = EvidenceSamples.pdf();
    EvidenceView attached = attach(alex, entry, "Certificate.pdf", pdf);
    Path name = stored().get(0).getFileName();
    Path target = root.resolve("backup").resolve("evidence");

    EvidenceService.FolderCopy copy =
        evidence(
            s ->
                s.backUpWith(
                    () -> {
                      // The database's backup is under way when the worker removes the file.
                      remove(alex, attached.id());
                      assertThat(folder().resolve(name)).as("held while the backup runs").exists();
                    },
                    target));

    assertThat(copy.files()).isEqualTo(1);
    assertThat(target.resolve(name)).hasBinaryContent(pdf);
    assertThat(stored()).as("deleted once the backup is done").isEmpty();
  }

  @Test
  void aPngAJpegAndAWordDocumentAreAcceptedAndANameWithoutExtensionGetsTheirs() {
    String entry = draft();

    assertThat(attach(alex, entry, "photo.png", EvidenceSamples.png()).mediaType())
        .isEqualTo(EvidenceTypes.PNG);
    clock.advance(Duration.ofMinutes(1));
    EvidenceView scan = attach(alex, entry, "scan", EvidenceSamples.jpeg());
    assertThat(scan.mediaType()).isEqualTo(EvidenceTypes.JPEG);
    assertThat(scan.name()).isEqualTo("scan.jpg");
    clock.advance(Duration.ofMinutes(1));
    assertThat(attach(alex, entry, "Reflection.docx", EvidenceSamples.docx()).mediaType())
        .isEqualTo(EvidenceTypes.DOCX);
    assertThat(list(sam, entry))
        .extracting(EvidenceView::name)
        .containsExactly("photo.png", "scan.jpg", "Reflection.docx");
  }

  @Test
  void aFileOverTheLimitIsRefusedNamingTheLimitAndLeavesNothing() throws IOException {
    String entry = draft();
    byte[] atLimit = Arrays.copyOf(EvidenceSamples.pdf(), (int) LIMIT);
    byte[] overLimit = Arrays.copyOf(EvidenceSamples.pdf(), (int) LIMIT + 1);

    assertThat(fileError(catchThrowable(() -> attach(alex, entry, "big.pdf", overLimit))))
        .contains("larger than 0.5 MB");
    assertThat(stored()).isEmpty();
    assertThat(attach(alex, entry, "exactly.pdf", atLimit).size()).isEqualTo(LIMIT);
  }

  @Test
  void anEmptyFileAndNoFileAreRefused() throws IOException {
    String entry = draft();

    assertThat(fileError(catchThrowable(() -> attach(alex, entry, "empty.pdf", new byte[0]))))
        .contains("empty");
    assertThat(
            fileError(catchThrowable(() -> evidence(s -> s.attach(alex, entry, "none.pdf", null)))))
        .contains("Choose a file");
    assertThat(stored()).isEmpty();
  }

  @Test
  void aScriptOrAPageDisguisedAsAPdfIsRefusedForItsContent() throws IOException {
    String entry = draft();

    for (byte[] disguised :
        List.of(
            EvidenceSamples.script(),
            EvidenceSamples.shellScript(),
            EvidenceSamples.html(),
            EvidenceSamples.windowsProgram(),
            EvidenceSamples.zipWithoutWord())) {
      assertThat(fileError(catchThrowable(() -> attach(alex, entry, "x.pdf", disguised))))
          .startsWith("Only PDF, PNG, JPEG or DOCX files can be attached");
    }
    assertThat(stored()).isEmpty();
    assertThat(list(alex, entry)).isEmpty();
  }

  @Test
  void aFileWhoseExtensionContradictsItsContentIsRefused() throws IOException {
    String entry = draft();

    assertThat(
            fileError(
                catchThrowable(
                    () -> attach(alex, entry, "certificate.pdf", EvidenceSamples.png()))))
        .isEqualTo(
            "The file is named certificate.pdf but holds a PNG. Rename it to end in .png, or"
                + " choose the file you meant, and attach it again.");
    assertThat(stored()).isEmpty();
  }

  @Test
  void aTraversalNameIsShownAsItsPlainBaseNameAndStoredUnderAGeneratedOne() throws IOException {
    String entry = draft();

    EvidenceView attached = attach(alex, entry, "../../etc/passwd.pdf", EvidenceSamples.pdf());

    assertThat(attached.name()).isEqualTo("passwd.pdf");
    assertThat(stored())
        .singleElement()
        .satisfies(file -> assertThat(file.getFileName().toString()).matches(UUID_FORM));
    try (Stream<Path> everything = Files.walk(root)) {
      assertThat(everything.filter(Files::isRegularFile))
          .allSatisfy(file -> assertThat(file.getParent()).isEqualTo(folder()));
    }
    assertThat(Files.exists(root.resolve("etc"))).isFalse();
  }

  @Test
  void onlyTheWorkerAndTheirSupervisorSeeTheEvidence() {
    String entry = draft();
    EvidenceView attached = attach(alex, entry, "Certificate.pdf", EvidenceSamples.pdf());

    assertThat(list(sam, entry)).containsExactly(attached);
    assertThat(read(sam, attached.id())).isEqualTo(EvidenceSamples.pdf());
    for (Caller other : List.of(emma, lee, paula, steward)) {
      assertThatThrownBy(() -> list(other, entry))
          .as(other.username())
          .isInstanceOf(NotVisibleException.class);
      assertThatThrownBy(() -> read(other, attached.id()))
          .as(other.username())
          .isInstanceOf(NotVisibleException.class);
      assertThatThrownBy(() -> remove(other, attached.id()))
          .as(other.username())
          .isInstanceOf(NotVisibleException.class);
    }
    assertThatThrownBy(() -> read(alex, "no-such-evidence"))
        .isInstanceOf(NotVisibleException.class);
  }

  @Test
  void onlyTheWorkerAttachesAndRemovesEvidence() throws IOException {
    String entry = draft();
    EvidenceView attached = attach(alex, entry, "Certificate.pdf", EvidenceSamples.pdf());

    assertThatThrownBy(() -> attach(sam, entry, "x.pdf", EvidenceSamples.pdf()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> attach(emma, entry, "x.pdf", EvidenceSamples.pdf()))
        .isInstanceOf(AccessDeniedException.class);
    for (Caller other : List.of(lee, paula, steward)) {
      assertThatThrownBy(() -> attach(other, entry, "x.pdf", EvidenceSamples.pdf()))
          .as(other.username())
          .isInstanceOf(NotVisibleException.class);
    }
    assertThatThrownBy(() -> remove(sam, attached.id())).isInstanceOf(AccessDeniedException.class);
    assertThat(stored()).hasSize(1);
    assertThat(list(alex, entry)).containsExactly(attached);
  }

  @Test
  void evidenceChangesOnlyWhileTheEntryIsADraftOrReturned() throws IOException {
    String entry = draft();
    EvidenceView first = attach(alex, entry, "first.pdf", EvidenceSamples.pdf());
    change(entry, e -> e.submit(clock.instant()));

    assertThatThrownBy(() -> attach(alex, entry, "late.pdf", EvidenceSamples.pdf()))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("SUBMITTED");
    clock.advance(Duration.ofMinutes(1));
    change(entry, e -> e.returnWith("sam.supervisor", "Add the certificate", clock.instant()));
    EvidenceView second = attach(alex, entry, "certificate.pdf", EvidenceSamples.pdf());
    change(entry, e -> e.submit(clock.instant()));
    change(entry, e -> e.verify("sam.supervisor", null, clock.instant()));

    assertThatThrownBy(() -> attach(alex, entry, "after.pdf", EvidenceSamples.pdf()))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("VERIFIED");
    assertThatThrownBy(() -> remove(alex, first.id())).isInstanceOf(StateConflictException.class);
    assertThat(list(sam, entry)).containsExactly(first, second);
    assertThat(stored()).hasSize(2);
  }

  @Test
  void anEntryHoldsAtMostTwentyFiles() throws IOException {
    String entry = draft();
    for (int i = 0; i < EvidenceService.MOST_FILES; i++) {
      attach(alex, entry, "page-" + i + ".png", EvidenceSamples.png());
    }

    assertThat(
            fileError(
                catchThrowable(() -> attach(alex, entry, "one-more.png", EvidenceSamples.png()))))
        .contains("20 files already");
    assertThat(stored()).hasSize(EvidenceService.MOST_FILES);
  }

  @Test
  void listingAnEntrysEvidenceCostsTheSameForOneFileAndForMany() {
    String entry = draft();
    attach(alex, entry, "one.pdf", EvidenceSamples.pdf());
    int one = StatementCounter.during(() -> list(sam, entry));
    for (int i = 0; i < 5; i++) {
      attach(alex, entry, "more-" + i + ".pdf", EvidenceSamples.pdf());
    }
    int six = StatementCounter.during(() -> list(sam, entry));

    assertThat(six).isEqualTo(one);
  }

  @Test
  void aFailedDatabaseWriteLeavesNoFileBehind() throws IOException {
    String entry = draft();

    assertThatThrownBy(
            () ->
                database.inTransaction(
                    em ->
                        service(failingToPersistEvidence(em))
                            .attach(
                                alex,
                                entry,
                                "Certificate.pdf",
                                new ByteArrayInputStream(EvidenceSamples.pdf()))))
        .isInstanceOf(PersistenceException.class);
    assertThat(stored()).isEmpty();
    assertThat(list(alex, entry)).isEmpty();
  }

  /** The entity manager, except that writing an evidence row fails (a full disk, a lost link). */
  private static EntityManager failingToPersistEvidence(EntityManager em) {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("persist") && arguments[0] instanceof EvidenceFile) {
                throw new PersistenceException("The database is not answering");
              }
              try {
                return method.invoke(em, arguments);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
