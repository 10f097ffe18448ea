package org.linkworker.trellis.portfolio.boundary;

import static org.linkworker.trellis.portfolio.boundary.PortfolioService.owner;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.portfolio.control.EvidenceSettings;
import org.linkworker.trellis.portfolio.control.EvidenceStore;
import org.linkworker.trellis.portfolio.entity.Assessment;
import org.linkworker.trellis.portfolio.entity.CpdEntry;
import org.linkworker.trellis.portfolio.entity.Declaration;
import org.linkworker.trellis.portfolio.entity.EvidenceFile;
import org.linkworker.trellis.portfolio.entity.SupervisionRecord;

/**
 * A worker's whole portfolio in one archive they can take elsewhere (PRODUCT.md), which is also the
 * copy of their data UK GDPR's subject access gives them: every entry with its reflection, claims
 * and decision, every evidence file, every assessment (withdrawn ones too), every supervision
 * record with their private notes, every declaration.
 *
 * <p>Only the worker themself exports it ({@link AccessPolicy#mayExportPortfolio}): their
 * supervisor and employer, who see parts of it, are refused (403); anyone else finds no such person
 * (404). It is read in a fixed number of statements however large the portfolio is.
 */
@Stateless
public class PortfolioExportService {

  private static final System.Logger LOG = System.getLogger(PortfolioExportService.class.getName());

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject CurrentFrameworks frameworks;

  @Inject Clock clock;

  EvidenceStore store = new EvidenceStore(EvidenceSettings.current().directory());

  /**
   * The caller's own portfolio, read whole, as an archive to write out after this transaction. Nine
   * statements (the person, their organisation and supervisor, then one for each kind of record),
   * however many entries, files and records it holds.
   *
   * @throws NotVisibleException when the caller may not see the person's portfolio
   * @throws AccessDeniedException when they may see it but it is not theirs
   */
  public PortfolioArchive export(Caller caller, String username) {
    Person owner = PortfolioService.visibleOwner(em, policy, caller, username);
    if (!policy.mayExportPortfolio(caller, owner(owner))) {
      throw new AccessDeniedException("portfolio.export_not_yours");
    }
    Instant now = clock.instant();
    List<CpdEntry> entries =
        em.createQuery(
                "select e from CpdEntry e where e.owner = :owner order by e.date desc, e.id",
                CpdEntry.class)
            .setParameter("owner", owner)
            .getResultList();
    Map<String, List<EntryView.ClaimView>> claims = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select e.id, c.competencyCode, c.level from CpdEntry e join e.claims c"
                    + " where e.owner = :owner",
                Object[].class)
            .setParameter("owner", owner)
            .getResultList()) {
      claims
          .computeIfAbsent((String) row[0], id -> new ArrayList<>())
          .add(new EntryView.ClaimView((String) row[1], ((Number) row[2]).intValue()));
    }
    claims
        .values()
        .forEach(list -> list.sort(Comparator.comparing(EntryView.ClaimView::competency)));
    List<EntryView> entryViews =
        entries.stream()
            .map(e -> PortfolioService.view(e, true, claims.getOrDefault(e.getId(), List.of())))
            .toList();

    Map<String, String> storedNames = new LinkedHashMap<>();
    List<PortfolioExport.EvidenceItem> evidence =
        em
            .createQuery(
                "select f from EvidenceFile f where f.entry.owner = :owner"
                    + " order by f.entryId, f.uploadedUtc, f.id",
                EvidenceFile.class)
            .setParameter("owner", owner)
            .getResultList()
            .stream()
            .map(f -> evidenceItem(f, storedNames))
            .toList();

    List<PortfolioExport.AssessmentItem> assessments =
        em
            .createQuery(
                "select a from Assessment a where a.owner = :owner"
                    + " order by a.date desc, a.recordedUtc desc, a.id",
                Assessment.class)
            .setParameter("owner", owner)
            .getResultList()
            .stream()
            .map(PortfolioExportService::assessmentItem)
            .toList();

    List<SupervisionView> supervision =
        em
            .createQuery(
                "select r from SupervisionRecord r where r.owner = :owner"
                    + " order by r.date desc, r.recordedUtc desc, r.id",
                SupervisionRecord.class)
            .setParameter("owner", owner)
            .getResultList()
            .stream()
            .map(r -> SupervisionService.view(r, owner.getUsername(), true))
            .toList();

    List<DeclarationView> declarations =
        em
            .createNamedQuery(Declaration.PAGE_OF, Declaration.class)
            .setParameter("owner", owner)
            .getResultList()
            .stream()
            .map(d -> DeclarationService.view(d, owner.getUsername()))
            .toList();

    PortfolioExport document =
        new PortfolioExport(
            PortfolioExport.FORMAT,
            now,
            new PortfolioExport.Worker(
                owner.getUsername(),
                owner.getDisplayName(),
                owner.getOrganisation() == null ? null : owner.getOrganisation().getName(),
                owner.getStageCode(),
                owner.getSupervisor() == null ? null : owner.getSupervisor().getUsername()),
            frameworks
                .forStage(owner.getStageCode())
                .or(frameworks::current)
                .map(f -> new PortfolioExport.FrameworkVersion(f.code(), f.version()))
                .orElse(null),
            entryViews,
            evidence,
            assessments,
            supervision,
            declarations);
    return new PortfolioArchive(
        "portfolio-"
            + owner.getUsername()
            + "-"
            + LocalDate.ofInstant(now, clock.getZone())
            + ".zip",
        document,
        storedNames,
        store);
  }

  /** The file's details, and its place in the archive when its bytes are in the folder. */
  private PortfolioExport.EvidenceItem evidenceItem(
      EvidenceFile file, Map<String, String> storedNames) {
    String path = null;
    if (store.holds(file.getStoredName())) {
      path = PortfolioArchive.EVIDENCE_FOLDER + file.getId() + "-" + file.getName();
      storedNames.put(path, file.getStoredName());
    } else {
      LOG.log(
          System.Logger.Level.WARNING,
          "Evidence file {0} is missing from the folder; exported without its bytes",
          file.getId());
    }
    return new PortfolioExport.EvidenceItem(
        file.getId(),
        file.getEntryId(),
        file.getName(),
        file.getMediaType(),
        file.getSize(),
        file.getUploadedAt(),
        file.getUploadedBy(),
        file.getSha256(),
        path);
  }

  private static PortfolioExport.AssessmentItem assessmentItem(Assessment assessment) {
    return new PortfolioExport.AssessmentItem(
        assessment.getId(),
        assessment.getCompetencyCode(),
        assessment.getLevel(),
        assessment.getDate(),
        assessment.getAssessedBy(),
        assessment.getNote(),
        assessment.getRecordedAt(),
        assessment.isWithdrawn(),
        assessment.getWithdrawnAt());
  }
}
