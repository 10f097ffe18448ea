package org.linkworker.trellis.framework.boundary;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.linkworker.trellis.framework.boundary.FrameworkImportResult.Outcome;
import org.linkworker.trellis.framework.control.CaseFrameworkReader;
import org.linkworker.trellis.framework.control.CaseImportReader;
import org.linkworker.trellis.framework.control.CaseImportReader.Continuation;
import org.linkworker.trellis.framework.control.CaseImportReader.ImportChoices;
import org.linkworker.trellis.framework.control.CaseImportReader.ImportPreview;
import org.linkworker.trellis.framework.control.CaseImportReader.ReadPackage;
import org.linkworker.trellis.framework.control.CodeOfPracticeDefinition;
import org.linkworker.trellis.framework.control.FrameworkAssembler;
import org.linkworker.trellis.framework.control.FrameworkAssembler.AssembledFramework;
import org.linkworker.trellis.framework.control.FrameworkBundle;
import org.linkworker.trellis.framework.control.FrameworkDefinition;
import org.linkworker.trellis.framework.control.FrameworkProfile;
import org.linkworker.trellis.framework.entity.CareerStage;
import org.linkworker.trellis.framework.entity.CodeOfPractice;
import org.linkworker.trellis.framework.entity.Competency;
import org.linkworker.trellis.framework.entity.Domain;
import org.linkworker.trellis.framework.entity.ExpectedBehaviour;
import org.linkworker.trellis.framework.entity.Framework;
import org.linkworker.trellis.framework.entity.Lengths;
import org.linkworker.trellis.framework.entity.LevelDescriptor;
import org.linkworker.trellis.framework.entity.Standard;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.platform.data.FrameworkLoader;

/**
 * Imports a framework from its three files (CASE package, code of practice package, Trellis
 * profile) in the caller's transaction. Everything is read and checked before anything is looked up
 * or written, so a broken file is reported the same way whether or not the framework is already
 * stored; a framework whose identifier is already stored is then left as it is, which makes loading
 * the data set at every start harmless.
 */
@Stateless
@LocalBean
public class FrameworkImportService implements FrameworkLoader {

  private static final System.Logger LOG = System.getLogger(FrameworkImportService.class.getName());

  // Derby compiles each IN list into the statement: keep the lists short.
  private static final int IDS_PER_QUERY = 500;

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject Event<FrameworksChanged> changes;

  private final CaseFrameworkReader reader = new CaseFrameworkReader();
  private final FrameworkAssembler assembler = new FrameworkAssembler();
  private final CaseImportReader importReader = new CaseImportReader();

  /** A framework's code: a capital letter, then capitals, digits or hyphens, 20 at most. */
  static final Pattern FRAMEWORK_CODE = Pattern.compile("[A-Z][A-Z0-9-]{0,19}");

  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,19}");

  /**
   * Imports one framework unless it is already stored.
   *
   * @param casePackage the framework's CASE 1.1 CFPackage
   * @param codeOfPractice the code of practice's CFPackage, or null when the framework has none
   * @param profile the Trellis profile ({@code trellis-framework-profile/1})
   * @return what was done
   * @throws DataFileException naming the file and the item when a file cannot be used, or when its
   *     identifiers or code and version already belong to another framework; nothing is written
   *     then and the transaction is rolled back
   */
  public FrameworkImportResult importFramework(
      @NotNull DataFile casePackage, DataFile codeOfPractice, @NotNull DataFile profile) {
    long started = System.nanoTime();
    FrameworkBundle bundle = reader.read(casePackage, codeOfPractice, profile);
    FrameworkDefinition definition = bundle.framework();
    if (em.find(Framework.class, definition.id()) != null) {
      LOG.log(
          Level.INFO,
          "Framework {0} version {1} ({2}) is already loaded; {3} left as it is",
          bundle.profile().code(),
          definition.document().version(),
          definition.id(),
          casePackage.name());
      return result(bundle, Outcome.ALREADY_PRESENT);
    }
    requireNoClash(bundle, casePackage, codeOfPractice, profile);

    AssembledFramework assembled = assembler.assemble(bundle);
    if (assembled.framework().isCurrent()) {
      // One current version per framework: another profession's framework stays current.
      em.createNamedQuery(Framework.FIND_CURRENT_OF_CODE, Framework.class)
          .setParameter("code", assembled.framework().getCode())
          .getResultList()
          .forEach(Framework::relinquishCurrency);
    }
    em.persist(assembled.framework());
    if (assembled.codeOfPractice() != null) {
      em.persist(assembled.codeOfPractice());
    }
    em.flush();
    changes.fire(new FrameworksChanged(assembled.framework().getCode()));
    FrameworkImportResult result = result(bundle, Outcome.IMPORTED);
    LOG.log(
        Level.INFO,
        "Imported framework {0} version {1} from {2}: {3} domains, {4} competencies, {5} levels,"
            + " {6} stages, {7} standards, in {8} ms",
        result.code(),
        result.version(),
        casePackage.name(),
        result.domains(),
        result.competencies(),
        definition.levels().size(),
        result.stages(),
        result.standards(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    return result;
  }

  /**
   * Reads a CASE package written anywhere and, when {@code store} is true, stores it as a draft
   * with no career stages and not current (the steward gives it stages and publishes it). Every key
   * is new, the CASE identifiers kept beside them, so a package may share identifiers with stored
   * frameworks. Nothing is stored when anything is refused.
   *
   * <p>The code is the steward's choice, else that of a stored framework with the same title (a new
   * version of it), else made from the title's initials and kept apart from other frameworks'
   * codes.
   *
   * @return what the package becomes (or became)
   * @throws InvalidInputException when a choice is malformed
   * @throws DataFileException naming the item when the package cannot be imported
   * @throws StateConflictException when the code and version are already stored
   */
  public FrameworkImportPreview importPackage(
      @NotNull DataFile casePackage, @NotNull FrameworkImportRequest request, boolean store) {
    ImportChoices choices = request.choices();
    requireWellFormed(choices);
    ReadPackage read = importReader.read(casePackage, choices);
    ImportPreview preview = withFreeCode(read.preview());
    String version = preview.version();
    if (!findByCodeAndVersion(preview.code(), version).isEmpty()) {
      throw new StateConflictException("framework.version_taken", preview.code(), version);
    }
    Map<String, List<Competency>> earlier =
        earlierCompetencies(preview.code(), read.continuations());
    long linked =
        read.continuations().stream().filter(c -> earlier.containsKey(c.continuesId())).count();
    FrameworkImportPreview answer =
        FrameworkImportPreview.of(
            preview, (int) linked, read.continuations().size() - (int) linked);
    if (!store) {
      return answer;
    }
    FrameworkBundle bundle = read.bundle();
    FrameworkProfile profile = bundle.profile();
    FrameworkBundle coded =
        new FrameworkBundle(
            bundle.framework(),
            null,
            new FrameworkProfile(
                profile.frameworkId(),
                preview.code(),
                false,
                profile.currencyYears(),
                profile.evidenceThreshold(),
                null,
                List.of()));
    Map<String, String> keys = new HashMap<>();
    AssembledFramework assembled =
        assembler.assemble(
            coded, id -> keys.computeIfAbsent(id, any -> UUID.randomUUID().toString()));
    em.persist(assembled.framework());
    Map<String, Competency> byCaseId = new HashMap<>();
    assembled.framework().getDomains().stream()
        .flatMap(d -> d.getCompetencies().stream())
        .forEach(c -> byCaseId.put(c.getCaseId(), c));
    for (Continuation continuation : read.continuations()) {
      Competency competency = byCaseId.get(continuation.competencyId());
      earlier.getOrDefault(continuation.continuesId(), List.of()).forEach(competency::continues);
    }
    em.flush();
    changes.fire(new FrameworksChanged(assembled.framework().getCode()));
    LOG.log(
        Level.INFO,
        "Imported framework {0} version {1} as a draft from {2}: {3} domains, {4} competencies,"
            + " {5} levels ({6})",
        preview.code(),
        version,
        casePackage.name(),
        preview.domains(),
        preview.competencies(),
        preview.levels().size(),
        preview.levelSource());
    return answer;
  }

  /**
   * The stored competencies of other versions of a framework code that the continuations name, by
   * CASE identifier: one query per few hundred identifiers.
   */
  private Map<String, List<Competency>> earlierCompetencies(
      String code, List<Continuation> continuations) {
    List<String> ids = continuations.stream().map(Continuation::continuesId).distinct().toList();
    Map<String, List<Competency>> found = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
      em.createQuery(
              "select c from Competency c where c.framework.code = :code"
                  + " and (c.caseId in :ids or (c.caseId is null and c.id in :ids))",
              Competency.class)
          .setParameter("code", code)
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(c -> found.computeIfAbsent(c.getCaseId(), id -> new ArrayList<>()).add(c));
    }
    return found;
  }

  private ImportPreview withFreeCode(ImportPreview preview) {
    if (preview.codeChosen()) {
      return preview;
    }
    List<String> sameTitle =
        em.createQuery(
                "select f.code from Framework f where f.title = :title order by f.code",
                String.class)
            .setParameter("title", preview.title())
            .setMaxResults(1)
            .getResultList();
    if (!sameTitle.isEmpty()) {
      return preview.withCode(sameTitle.get(0));
    }
    Set<String> codes =
        new HashSet<>(
            em.createQuery("select distinct f.code from Framework f", String.class)
                .getResultList());
    String code = preview.code();
    for (int n = 2; codes.contains(code); n++) {
      code = preview.code() + n;
    }
    return preview.withCode(code);
  }

  private List<Framework> findByCodeAndVersion(String code, String version) {
    return em.createNamedQuery(Framework.FIND_BY_CODE_AND_VERSION, Framework.class)
        .setParameter("code", code)
        .setParameter("version", version)
        .getResultList();
  }

  private static void requireWellFormed(ImportChoices choices) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (choices.code() != null
        && !choices.code().isBlank()
        && !FRAMEWORK_CODE.matcher(choices.code().strip()).matches()) {
      errors.put("code", Messages.format("framework.code_form"));
    }
    if (choices.version() != null
        && !choices.version().isBlank()
        && !VERSION.matcher(choices.version().strip()).matches()) {
      errors.put("version", Messages.format("framework.version_form", Lengths.VERSION));
    }
    List<String> scale = choices.scale();
    if (!scale.isEmpty()) {
      Set<String> distinct = new HashSet<>();
      boolean wellFormed = scale.size() <= CaseImportReader.HIGHEST_LEVEL;
      for (String name : scale) {
        wellFormed &=
            name != null
                && !name.isBlank()
                && name.strip().length() <= Lengths.NAME
                && distinct.add(name.strip().toLowerCase(java.util.Locale.ROOT));
      }
      if (!wellFormed) {
        errors.put(
            "scale",
            Messages.format("framework.scale_form", CaseImportReader.HIGHEST_LEVEL, Lengths.NAME));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** The data set's way in: the same import, its result logged. */
  @Override
  public void loadFramework(DataFile casePackage, DataFile codeOfPractice, DataFile profile) {
    importFramework(casePackage, codeOfPractice, profile);
  }

  /**
   * A new framework must not reuse another one's code and version, nor any stored identifier:
   * identifiers are primary keys, and a clash found by the database would name neither file nor
   * item.
   */
  private void requireNoClash(
      FrameworkBundle bundle, DataFile casePackage, DataFile codeOfPractice, DataFile profile) {
    FrameworkDefinition definition = bundle.framework();
    em.createNamedQuery(Framework.FIND_BY_CODE_AND_VERSION, Framework.class)
        .setParameter("code", bundle.profile().code())
        .setParameter("version", definition.document().version())
        .getResultStream()
        .findFirst()
        .ifPresent(
            other -> {
              throw new DataFileException(
                  profile.name(),
                  "framework",
                  "code "
                      + other.getCode()
                      + " version "
                      + other.getVersion()
                      + " is already framework "
                      + other.getId()
                      + "; a new version needs a new version number");
            });

    Map<String, String> domains = new LinkedHashMap<>();
    Map<String, String> competencies = new LinkedHashMap<>();
    Map<String, String> descriptors = new LinkedHashMap<>();
    definition.domains().forEach(d -> domains.put(d.id(), "CFItem " + d.id() + "/" + d.code()));
    definition
        .competencies()
        .forEach(
            c -> {
              competencies.put(c.id(), "CFItem " + c.id() + "/" + c.code());
              c.descriptors()
                  .forEach(d -> descriptors.put(d.id(), "CFRubricCriterionLevel " + d.id()));
            });
    requireUnused(Domain.class, domains, casePackage);
    requireUnused(Competency.class, competencies, casePackage);
    requireUnused(LevelDescriptor.class, descriptors, casePackage);

    Map<String, String> stages = new LinkedHashMap<>();
    bundle.profile().stages().forEach(s -> stages.put(s.id(), "stage " + s.code()));
    requireUnused(CareerStage.class, stages, profile);

    CodeOfPracticeDefinition code = bundle.codeOfPractice();
    if (code != null) {
      requireUnused(
          CodeOfPractice.class, Map.of(code.id(), "CFDocument " + code.id()), codeOfPractice);
      Map<String, String> standards = new LinkedHashMap<>();
      Map<String, String> behaviours = new LinkedHashMap<>();
      code.standards()
          .forEach(
              s -> {
                standards.put(s.id(), "CFItem " + s.id() + "/" + s.code());
                s.behaviours()
                    .forEach(b -> behaviours.put(b.id(), "CFItem " + b.id() + "/" + b.code()));
              });
      requireUnused(Standard.class, standards, codeOfPractice);
      requireUnused(ExpectedBehaviour.class, behaviours, codeOfPractice);
    }
  }

  private void requireUnused(Class<?> entity, Map<String, String> labelsById, DataFile file) {
    List<String> ids = new ArrayList<>(labelsById.keySet());
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
      // The entity name comes from the class, never from input.
      List<String> taken =
          em.createQuery(
                  "select e.id from " + entity.getSimpleName() + " e where e.id in :ids",
                  String.class)
              .setParameter("ids", chunk)
              .getResultList();
      if (!taken.isEmpty()) {
        throw new DataFileException(
            file.name(),
            labelsById.get(taken.get(0)),
            "identifier is already used by another framework; each version needs its own"
                + " identifiers");
      }
    }
  }

  private static FrameworkImportResult result(FrameworkBundle bundle, Outcome outcome) {
    FrameworkDefinition definition = bundle.framework();
    return new FrameworkImportResult(
        definition.id(),
        bundle.profile().code(),
        definition.document().version(),
        outcome,
        definition.domains().size(),
        (int) definition.competencies().count(),
        bundle.profile().stages().size(),
        bundle.codeOfPractice() == null ? 0 : bundle.codeOfPractice().standards().size());
  }
}
