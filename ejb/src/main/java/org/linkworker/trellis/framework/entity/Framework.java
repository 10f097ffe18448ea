package org.linkworker.trellis.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.linkworker.trellis.platform.TrellisException;

/**
 * One version of a competency framework: its proficiency levels, its domains of competencies and
 * its career stages. The identifier is the CASE CFDocument identifier, so an export carries the
 * same one; {@code code} and {@code version} name it for people and are unique together.
 */
@Entity
@Table(name = "framework")
@NamedQuery(name = Framework.FIND_ALL, query = "select f from Framework f order by f.code")
@NamedQuery(
    name = Framework.FIND_CURRENT,
    query = "select f from Framework f where f.current = true")
@NamedQuery(
    name = Framework.FIND_CURRENT_OF_CODE,
    query = "select f from Framework f where f.current = true and f.code = :code")
@NamedQuery(
    name = Framework.FIND_BY_CODE_AND_VERSION,
    query = "select f from Framework f where f.code = :code and f.version = :version")
@NamedQuery(
    name = Framework.FIND_DEFAULT_CODES,
    query = "select distinct f.code from Framework f where f.defaultFramework = true")
@NamedQuery(name = Framework.COUNT, query = "select count(f) from Framework f")
public class Framework {

  public static final String FIND_ALL = "Framework.findAll";
  public static final String FIND_CURRENT = "Framework.findCurrent";
  public static final String FIND_CURRENT_OF_CODE = "Framework.findCurrentOfCode";
  public static final String FIND_BY_CODE_AND_VERSION = "Framework.findByCodeAndVersion";
  public static final String FIND_DEFAULT_CODES = "Framework.findDefaultCodes";
  public static final String COUNT = "Framework.count";

  /** How long evidence counts, when the profile does not say. */
  public static final int DEFAULT_CURRENCY_YEARS = 3;

  /** How many verified claims attain a level, when the profile does not say. */
  public static final int DEFAULT_EVIDENCE_THRESHOLD = 2;

  public static final int MAX_CURRENCY_YEARS = 50;
  public static final int MAX_EVIDENCE_THRESHOLD = 100;

  @Id
  @NotBlank(message = "{framework.id.required}")
  @Size(max = Lengths.IDENTIFIER, message = "{framework.id.size}")
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  // The CASE identifier when it is not the key (a package imported by the steward gets keys of its
  // own, because packages written elsewhere reuse identifiers); null means the key is the CASE one.
  @Size(max = Lengths.CASE_IDENTIFIER, message = "{case.identifier.size}")
  @Column(name = "case_id", length = Lengths.CASE_IDENTIFIER)
  private String caseId;

  @NotBlank(message = "{framework.code.required}")
  @Size(max = Lengths.CODE, message = "{framework.code.size}")
  @Column(name = "code", nullable = false, length = Lengths.CODE)
  private String code;

  @NotBlank(message = "{framework.version.required}")
  @Size(max = Lengths.VERSION, message = "{framework.version.size}")
  @Column(name = "version", nullable = false, length = Lengths.VERSION)
  private String version;

  @NotBlank(message = "{framework.title.required}")
  @Size(max = Lengths.TITLE, message = "{framework.title.size}")
  @Column(name = "title", nullable = false, length = Lengths.TITLE)
  private String title;

  @Size(max = Lengths.TEXT, message = "{framework.description.size}")
  @Column(name = "description", length = Lengths.TEXT)
  private String description;

  @NotNull(message = "{framework.status.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = Lengths.ENUM)
  private FrameworkStatus status;

  // CURRENT is a reserved word in SQL, hence the column name.
  @Column(name = "is_current", nullable = false)
  private boolean current;

  // Which profession a bare competency code means when nothing names one: the data's to say, so
  // that no code of ours names a framework. Every version of a marked code is the default.
  @Column(name = "is_default", nullable = false)
  private boolean defaultFramework;

  @Min(value = 1, message = "{framework.currencyYears.range}")
  @Max(value = MAX_CURRENCY_YEARS, message = "{framework.currencyYears.range}")
  @Column(name = "currency_years", nullable = false)
  private int currencyYears = DEFAULT_CURRENCY_YEARS;

  @Min(value = 1, message = "{framework.evidenceThreshold.range}")
  @Max(value = MAX_EVIDENCE_THRESHOLD, message = "{framework.evidenceThreshold.range}")
  @Column(name = "evidence_threshold", nullable = false)
  private int evidenceThreshold = DEFAULT_EVIDENCE_THRESHOLD;

  @Valid @NotNull @Embedded private CaseProvenance provenance;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<Level> levels = new ArrayList<>();

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Domain> domains = new ArrayList<>();

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CareerStage> stages = new ArrayList<>();

  protected Framework() {}

  /**
   * A framework with no levels, domains or stages yet.
   *
   * @param id the CASE CFDocument identifier
   */
  public Framework(
      String id,
      String code,
      String version,
      String title,
      String description,
      FrameworkStatus status,
      CaseProvenance provenance) {
    this.id = Objects.requireNonNull(id, "id");
    this.code = code;
    this.version = version;
    this.title = title;
    this.description = description;
    this.status = Objects.requireNonNull(status, "status");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * Sets how evidence counts towards attainment.
   *
   * @param currencyYears how many years evidence stays current
   * @param evidenceThreshold how many verified claims at a level attain it
   */
  public void countEvidence(int currencyYears, int evidenceThreshold) {
    if (currencyYears < 1 || currencyYears > MAX_CURRENCY_YEARS) {
      throw new IllegalArgumentException("currencyYears out of range: " + currencyYears);
    }
    if (evidenceThreshold < 1 || evidenceThreshold > MAX_EVIDENCE_THRESHOLD) {
      throw new IllegalArgumentException("evidenceThreshold out of range: " + evidenceThreshold);
    }
    this.currencyYears = currencyYears;
    this.evidenceThreshold = evidenceThreshold;
  }

  /** Adds the next step of the proficiency scale; levels are numbered 1..N in the order added. */
  public Level addLevel(String name) {
    Level level = new Level(this, levels.size() + 1, name);
    levels.add(level);
    return level;
  }

  /** Adds a domain after the existing ones. */
  public Domain addDomain(String domainId, String domainCode, String domainTitle, String uri) {
    Domain domain = new Domain(this, domainId, domainCode, domainTitle, domains.size() + 1, uri);
    domains.add(domain);
    return domain;
  }

  /** Adds a career stage after the existing ones (stages are ordered along the progression). */
  public CareerStage addStage(String stageId, String stageCode, String stageTitle) {
    CareerStage stage = new CareerStage(this, stageId, stageCode, stageTitle, stages.size() + 1);
    stages.add(stage);
    return stage;
  }

  /** Takes away every career stage (a draft's, before it is given new ones). */
  public void removeStages() {
    stages.clear();
  }

  /** A draft becomes the published version people work against. */
  public void publish() {
    if (status != FrameworkStatus.DRAFT) {
      throw new TrellisException("framework.not_draft", code, version, status);
    }
    status = FrameworkStatus.PUBLISHED;
  }

  /** A published version stays readable but is no longer offered; it cannot stay current. */
  public void retire() {
    if (status != FrameworkStatus.PUBLISHED) {
      throw new TrellisException("framework.not_published", code, version, status);
    }
    status = FrameworkStatus.RETIRED;
    current = false;
  }

  /**
   * Makes this the version of its framework that new CPD is claimed against. The caller
   * relinquishes the currency of the version of the same framework (code) that held it, so that one
   * version of each framework is current at a time; other professions' frameworks stay current.
   */
  public void makeCurrent() {
    if (status != FrameworkStatus.PUBLISHED) {
      throw new TrellisException("framework.not_published", code, version, status);
    }
    current = true;
  }

  /**
   * Makes this framework's code the default one: the framework a bare competency code means when
   * nothing names one, and the one a new link worker starts in when no stage is given.
   */
  public void makeDefault() {
    defaultFramework = true;
  }

  /** Another framework became current. */
  public void relinquishCurrency() {
    current = false;
  }

  /**
   * A stable identifier for a row that CASE gives none (a level, a stage requirement), derived from
   * this framework's identifier so that it is the same at every import.
   */
  String deriveIdentifier(String name) {
    return UUID.nameUUIDFromBytes((id + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
  }

  public String getId() {
    return id;
  }

  /** The identifier this row has in CASE: the one it was imported with. */
  public String getCaseId() {
    return caseId == null ? id : caseId;
  }

  /** Keeps the CASE identifier of a row whose key Trellis chose. */
  public void keepCaseIdentifier(String caseIdentifier) {
    this.caseId = caseIdentifier == null || caseIdentifier.equals(id) ? null : caseIdentifier;
  }

  public String getCode() {
    return code;
  }

  public String getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public FrameworkStatus getStatus() {
    return status;
  }

  public boolean isCurrent() {
    return current;
  }

  /** Whether the framework's code was marked the default one. */
  public boolean isDefault() {
    return defaultFramework;
  }

  public int getCurrencyYears() {
    return currencyYears;
  }

  public int getEvidenceThreshold() {
    return evidenceThreshold;
  }

  public CaseProvenance getProvenance() {
    return provenance;
  }

  public long getLockVersion() {
    return lockVersion;
  }

  /**
   * The levels in number order. Reading them navigates the relation: load them by query in bulk.
   */
  public List<Level> getLevels() {
    return Collections.unmodifiableList(levels);
  }

  /** The domains in order. */
  public List<Domain> getDomains() {
    return Collections.unmodifiableList(domains);
  }

  /** The career stages along the progression. */
  public List<CareerStage> getStages() {
    return Collections.unmodifiableList(stages);
  }

  @Override
  public String toString() {
    return "Framework[" + code + " " + version + ", " + id + "]";
  }
}
