package org.linkworker.trellis.portfolio.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.AuditLog;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.Owner;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.portfolio.control.EvidenceSettings;
import org.linkworker.trellis.portfolio.control.EvidenceStore;
import org.linkworker.trellis.portfolio.control.EvidenceTypes;
import org.linkworker.trellis.portfolio.entity.CpdEntry;
import org.linkworker.trellis.portfolio.entity.EvidenceFile;

/**
 * Evidence files of CPD entries. The worker attaches and removes them while the entry is theirs to
 * change (a draft or returned); the worker and their supervisor read them; nobody else learns they
 * exist (PRODUCT.md: "Reflections and evidence files are seen only by the worker and their
 * supervisor").
 *
 * <p>A file is accepted only when its content, not its name, is one of {@link EvidenceTypes}'s, it
 * is not empty and not larger than {@link EvidenceSettings#maxBytes()}; at most {@value
 * #MOST_FILES} per entry. Nothing is half-written: the bytes are checked in a temporary file, moved
 * to their generated name only when they pass, and removed again when the row cannot be written or
 * the transaction rolls back.
 */
@Stateless
public class EvidenceService {

  /** The most files one entry holds. */
  public static final int MOST_FILES = 20;

  /**
   * Room for what wraps a file in a multipart request (boundaries, part headers, other small
   * fields), on top of the file's own limit.
   */
  public static final long ENVELOPE_BYTES = 64 * 1024;

  private static final System.Logger LOG = System.getLogger(EvidenceService.class.getName());

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject Clock clock;

  @Inject AuditLog audit;

  /** Null outside a server; files are then tidied up at once rather than at transaction end. */
  @Resource TransactionSynchronizationRegistry transactions;

  EvidenceSettings settings = EvidenceSettings.current();

  EvidenceStore store = new EvidenceStore(settings.directory());

  EvidenceTypes types = new EvidenceTypes();

  /**
   * Keeps a data set's file for an entry, whatever the entry's status (the data set records what
   * happened), typed by its content like any upload. For the data-set step only: no caller is
   * checked.
   *
   * @throws IllegalArgumentException when the content is empty, too large or of a type not allowed
   */
  public void keepFromDataSet(
      String id, CpdEntry entry, String name, InputStream content, String by, Instant at) {
    try (EvidenceStore.Received received = store.receive(content, settings.maxBytes())) {
      String mediaType = types.detect(received.file());
      if (received.tooLarge() || received.size() == 0 || !types.isAllowed(mediaType)) {
        throw new IllegalArgumentException(
            name + " is empty, too large or not an allowed type (" + mediaType + ")");
      }
      String storedName = received.keep();
      em.persist(
          new EvidenceFile(
              id,
              entry,
              shownName(name, mediaType),
              storedName,
              mediaType,
              received.size(),
              received.sha256(),
              by,
              at));
      afterCompletion(false, List.of(storedName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Does the work (a backup of the database) and then copies every evidence file into {@code
   * target}, with deletions of evidence files held from before the work until the copy is done:
   * every file a row of the backed-up database names is then in the copy, since a file is stored
   * before its row is committed and deleted only after its row's removal is. A file stored
   * meanwhile whose row the backup does not hold is copied too, and is never read.
   *
   * @return the copied files and bytes
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public FolderCopy backUpWith(Runnable work, Path target) {
    try (EvidenceStore.DeletionHold hold = EvidenceStore.holdDeletions()) {
      work.run();
      EvidenceStore.Copied copied = store.copyTo(target);
      return new FolderCopy(store.directory(), copied.files(), copied.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What {@link #backUpWith} copied.
   *
   * @param from the evidence folder
   * @param files how many files
   * @param bytes their bytes
   */
  public record FolderCopy(Path from, long files, long bytes) {}

  /** The largest file the server takes, in megabytes, as pages say it. */
  public String maxMegabytes() {
    return settings.maxMegabytes();
  }

  /**
   * Attaches a file to the caller's own entry.
   *
   * @param fileName the name the browser sent; only its plain base name is kept
   * @param content the bytes; at most the limit and one more are read
   * @throws InvalidInputException field {@code file}: none, empty, too large, a type not allowed, a
   *     name whose extension contradicts the content, or the entry already holds {@value
   *     #MOST_FILES}
   */
  public EvidenceView attach(Caller caller, String entryId, String fileName, InputStream content) {
    CpdEntry entry = changeable(caller, entryId);
    requireRoom(entry);
    if (content == null) {
      throw InvalidInputException.of("file", "portfolio.evidence_missing");
    }
    try (EvidenceStore.Received received = store.receive(content, settings.maxBytes())) {
      if (received.tooLarge()) {
        throw InvalidInputException.of(
            "file", "portfolio.evidence_too_large", settings.maxMegabytes());
      }
      if (received.size() == 0) {
        throw InvalidInputException.of("file", "portfolio.evidence_empty");
      }
      String mediaType = types.detect(received.file());
      if (!types.isAllowed(mediaType)) {
        throw InvalidInputException.of(
            "file", "portfolio.evidence_type", types.allowedNames(), mediaType);
      }
      String name = shownName(fileName, mediaType);
      // Checked again under a lock on the entry: two uploads at once must not make 21 files, nor
      // land on an entry the supervisor has just verified.
      em.lock(entry, LockModeType.PESSIMISTIC_WRITE);
      requireRoom(entry);
      String storedName = received.keep();
      EvidenceFile file =
          new EvidenceFile(
              entry,
              name,
              storedName,
              mediaType,
              received.size(),
              received.sha256(),
              caller.username(),
              clock.instant());
      try {
        em.persist(file);
        em.flush();
      } catch (RuntimeException e) {
        deleteQuietly(storedName);
        throw e;
      }
      afterCompletion(false, List.of(storedName));
      return view(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refuses, before a byte of it is read, a request whose declared length is more than the largest
   * file and its envelope: the API's first line, before the upload is buffered. Static, as it needs
   * nothing but the server's settings.
   *
   * @param declaredBytes the request's {@code Content-Length}
   * @throws InvalidInputException field {@code file}, naming the limit
   */
  public static void refuseLargerRequest(long declaredBytes) {
    EvidenceSettings settings = EvidenceSettings.current();
    if (declaredBytes > settings.maxBytes() + ENVELOPE_BYTES) {
      throw InvalidInputException.of(
          "file", "portfolio.evidence_too_large", settings.maxMegabytes());
    }
  }

  /**
   * The files of an entry, in the order they were attached: for the worker and their supervisor.
   */
  public List<EvidenceView> list(Caller caller, String entryId) {
    CpdEntry entry = readable(caller, entryId);
    return em
        .createNamedQuery(EvidenceFile.OF_ENTRIES, EvidenceFile.class)
        .setParameter("ids", List.of(entry.getId()))
        .getResultList()
        .stream()
        .map(EvidenceService::view)
        .toList();
  }

  /**
   * A file and its bytes, for the worker and their supervisor.
   *
   * @throws NotVisibleException for anyone else, and when the file has gone from the folder
   */
  public EvidenceContent open(Caller caller, String evidenceId) {
    EvidenceFile file = visible(caller, evidenceId);
    String storedName = file.getStoredName();
    if (!store.holds(storedName)) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Evidence file {0} is missing from the folder",
          file.getId());
      throw new NotVisibleException("evidence");
    }
    audit.recordReads(
        caller.username(),
        AuditAction.EVIDENCE_READ,
        Map.of(
            file.getEntry().getOwner().getUsername(),
            "evidence " + file.getId() + " of entry " + file.getEntry().getId()));
    return new EvidenceContent(
        view(file),
        () -> {
          try {
            return store.open(storedName);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Removes a file from the caller's own entry while it is a draft or returned. */
  public void remove(Caller caller, String evidenceId) {
    EvidenceFile file = visible(caller, evidenceId);
    CpdEntry entry = file.getEntry();
    if (!policy.mayChangePortfolio(caller, owner(entry))) {
      throw new AccessDeniedException("portfolio.not_yours");
    }
    requireEditable(entry);
    em.remove(file);
    em.flush();
    afterCompletion(true, List.of(file.getStoredName()));
  }

  /**
   * For the erasure of a person: the files of every evidence row of their entries are deleted from
   * the folder once the current transaction commits (their rows are the caller's to delete, in the
   * same transaction); nothing is deleted if it rolls back. Not for callers of the API or pages:
   * the privacy component has checked who erases.
   *
   * @return how many files there were
   */
  public int deleteFilesOnCommit(String ownerId) {
    List<String> stored =
        em.createQuery(
                "select f.storedName from EvidenceFile f where f.entry.owner.id = :owner",
                String.class)
            .setParameter("owner", ownerId)
            .getResultList();
    afterCompletion(true, stored);
    return stored.size();
  }

  private CpdEntry changeable(Caller caller, String entryId) {
    CpdEntry entry =
        entry(entryId)
            .filter(e -> policy.maySeePortfolio(caller, owner(e)))
            .orElseThrow(() -> new NotVisibleException("entry"));
    if (!policy.mayChangePortfolio(caller, owner(entry))) {
      throw new AccessDeniedException("portfolio.not_yours");
    }
    return entry;
  }

  private CpdEntry readable(Caller caller, String entryId) {
    return entry(entryId)
        .filter(e -> policy.maySeeReflectionsAndEvidence(caller, owner(e)))
        .orElseThrow(() -> new NotVisibleException("entry"));
  }

  private EvidenceFile visible(Caller caller, String evidenceId) {
    return Optional.ofNullable(
            evidenceId == null || evidenceId.isBlank()
                ? null
                : em.find(EvidenceFile.class, evidenceId))
        .filter(f -> policy.maySeeReflectionsAndEvidence(caller, owner(f.getEntry())))
        .orElseThrow(() -> new NotVisibleException("evidence"));
  }

  private Optional<CpdEntry> entry(String entryId) {
    return entryId == null || entryId.isBlank()
        ? Optional.empty()
        : Optional.ofNullable(em.find(CpdEntry.class, entryId));
  }

  private void requireRoom(CpdEntry entry) {
    requireEditable(entry);
    long held =
        em.createNamedQuery(EvidenceFile.COUNT_OF, Long.class)
            .setParameter("entry", entry.getId())
            .getSingleResult();
    if (held >= MOST_FILES) {
      throw InvalidInputException.of("file", "portfolio.evidence_too_many", MOST_FILES);
    }
  }

  private static void requireEditable(CpdEntry entry) {
    if (!entry.isEditable()) {
      throw new StateConflictException("portfolio.evidence_not_editable", entry.getStatus());
    }
  }

  /**
   * The name the file is shown and downloaded under: the plain base name of what was sent, given
   * the type's extension when it has none. A name that says another allowed type ({@code photo.pdf}
   * for a PNG) is refused rather than corrected, so that the worker sees what they sent.
   */
  private String shownName(String fileName, String mediaType) {
    String plain = EvidenceFile.plainName(fileName);
    if (types.contradicts(plain, mediaType)) {
      throw InvalidInputException.of(
          "file",
          "portfolio.evidence_extension",
          plain,
          types.label(mediaType),
          types.extension(mediaType));
    }
    if (plain.isEmpty()) {
      return "evidence." + types.extension(mediaType);
    }
    return types.hasExtensionOf(plain, mediaType)
        ? plain
        : EvidenceFile.plainName(plain + "." + types.extension(mediaType));
  }

  /**
   * Ties the folder to the transaction's outcome: kept files are deleted again if the transaction
   * rolls back; removed rows' files are deleted once the removal is committed. Outside a server (no
   * registry) the removal's files go at once.
   */
  private void afterCompletion(boolean removal, List<String> storedNames) {
    if (transactions == null) {
      if (removal) {
        storedNames.forEach(this::deleteQuietly);
      }
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // Nothing to do before the outcome is known.
          }

          @Override
          public void afterCompletion(int status) {
            if ((status == Status.STATUS_COMMITTED) == removal) {
              storedNames.forEach(EvidenceService.this::deleteQuietly);
            }
          }
        });
  }

  private void deleteQuietly(String storedName) {
    try {
      store.delete(storedName);
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not delete stored evidence file {0}", storedName);
    }
  }

  private static Owner owner(CpdEntry entry) {
    return PortfolioService.owner(entry.getOwner());
  }

  private static EvidenceView view(EvidenceFile file) {
    return new EvidenceView(
        file.getId(),
        file.getEntryId(),
        file.getName(),
        file.getMediaType(),
        file.getSize(),
        file.getUploadedAt());
  }
}
