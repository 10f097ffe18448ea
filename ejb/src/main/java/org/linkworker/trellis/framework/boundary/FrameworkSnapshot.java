package org.linkworker.trellis.framework.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;

/**
 * One current framework version, whole and immutable, with the look-ups every component needs on
 * its hot path (a competency by identifier or code, the domain it belongs to, a stage by code, the
 * stage after another, whether a level exists) answered from memory. Held application-wide by
 * {@link CurrentFrameworks} and replaced, never changed, when a framework changes.
 */
public final class FrameworkSnapshot implements Serializable {

  private static final long serialVersionUID = 1L;

  private final FrameworkOutline outline;
  private final int currencyYears;
  private final int evidenceThreshold;
  private final Map<String, CompetencyView> competenciesById;
  private final Map<String, CompetencyView> competenciesByCode;
  private final Map<String, DomainView> domainsByCompetencyCode;
  private final List<StageView> stages;
  private final Map<String, StageView> stagesByCode;
  // this version's competency id -> the ids of earlier versions' competencies it continues
  private final Map<String, List<String>> predecessors;
  // an earlier version's competency id -> the ids of this version's competencies that continue it
  private final Map<String, List<String>> successors;

  /**
   * A version that continues no earlier one.
   *
   * @param outline the version as pages and the API show it
   * @param currencyYears how many years evidence counts from its date
   * @param evidenceThreshold how many current verified claims at a level attain it
   */
  public FrameworkSnapshot(FrameworkOutline outline, int currencyYears, int evidenceThreshold) {
    this(outline, currencyYears, evidenceThreshold, Map.of());
  }

  /**
   * @param outline the version as pages and the API show it
   * @param currencyYears how many years evidence counts from its date
   * @param evidenceThreshold how many current verified claims at a level attain it
   * @param predecessors for a competency of this version (by id), every competency of earlier
   *     versions it continues, directly or through versions between (PRODUCT.md: Versions)
   */
  public FrameworkSnapshot(
      FrameworkOutline outline,
      int currencyYears,
      int evidenceThreshold,
      Map<String, ? extends Collection<String>> predecessors) {
    this.outline = Objects.requireNonNull(outline, "outline");
    this.currencyYears = currencyYears;
    this.evidenceThreshold = evidenceThreshold;
    Map<String, CompetencyView> byId = new HashMap<>();
    Map<String, CompetencyView> byCode = new HashMap<>();
    Map<String, DomainView> domains = new HashMap<>();
    for (DomainView domain : outline.domains()) {
      for (CompetencyView competency : domain.competencies()) {
        byId.put(competency.id(), competency);
        byCode.put(competency.code(), competency);
        domains.put(competency.code(), domain);
      }
    }
    this.competenciesById = Collections.unmodifiableMap(byId);
    this.competenciesByCode = Collections.unmodifiableMap(byCode);
    this.domainsByCompetencyCode = Collections.unmodifiableMap(domains);
    this.stages =
        outline.stages().stream().sorted(Comparator.comparingInt(StageView::order)).toList();
    Map<String, StageView> stageCodes = new HashMap<>();
    stages.forEach(stage -> stageCodes.put(key(stage.code()), stage));
    this.stagesByCode = Collections.unmodifiableMap(stageCodes);
    Map<String, List<String>> earlier = new HashMap<>();
    Map<String, List<String>> later = new HashMap<>();
    predecessors.forEach(
        (id, continued) -> {
          if (byId.containsKey(id) && !continued.isEmpty()) {
            List<String> ids = continued.stream().filter(c -> !byId.containsKey(c)).toList();
            earlier.put(id, ids);
            ids.forEach(c -> later.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
          }
        });
    later.replaceAll((k, ids) -> List.copyOf(ids));
    this.predecessors = Map.copyOf(earlier);
    this.successors = Map.copyOf(later);
  }

  /** The version whole, as pages and the API show it. */
  public FrameworkOutline outline() {
    return outline;
  }

  public String id() {
    return outline.id();
  }

  public String code() {
    return outline.code();
  }

  public String version() {
    return outline.version();
  }

  public String title() {
    return outline.title();
  }

  /** How many years evidence counts from its date (PRODUCT.md: Currency). */
  public int currencyYears() {
    return currencyYears;
  }

  /** How many current verified claims at a level attain it (PRODUCT.md: Attained level). */
  public int evidenceThreshold() {
    return evidenceThreshold;
  }

  /** The highest level number: levels run from 1 to this. */
  public int topLevel() {
    return outline.levels().size();
  }

  /** Whether the framework's scale has this level number. */
  public boolean hasLevel(int number) {
    return number >= 1 && number <= topLevel();
  }

  /** A competency by its code, exactly as the framework spells it. */
  public Optional<CompetencyView> competency(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(competenciesByCode.get(code));
  }

  /** A competency by its CASE identifier. */
  public Optional<CompetencyView> competencyById(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(competenciesById.get(id));
  }

  /**
   * The competencies of this version that a competency of any version counts for (PRODUCT.md:
   * Versions): itself when it is this version's; the competencies that continue it, directly or
   * through versions between, when it is an earlier version's; none otherwise. Evidence and course
   * mappings on an earlier version's competency carry over this way.
   */
  public List<String> countsFor(String competencyId) {
    if (competencyId == null) {
      return List.of();
    }
    if (competenciesById.containsKey(competencyId)) {
      return List.of(competencyId);
    }
    return successors.getOrDefault(competencyId, List.of());
  }

  /**
   * A competency of this version (by id) and every competency of earlier versions it continues:
   * whatever is recorded against any of them counts for it.
   */
  public List<String> lineage(String competencyId) {
    List<String> earlier = predecessors.getOrDefault(competencyId, List.of());
    if (earlier.isEmpty()) {
      return List.of(competencyId);
    }
    List<String> all = new ArrayList<>(earlier.size() + 1);
    all.add(competencyId);
    all.addAll(earlier);
    return List.copyOf(all);
  }

  /** Whether any competency of this version continues one of an earlier version. */
  public boolean continuesEarlierVersions() {
    return !successors.isEmpty();
  }

  /**
   * Levels given by competency id in any version (a course's mappings), as they count in this
   * version: a competency of this version keeps its own; one with none takes the highest level
   * given to any competency it continues (a course mapped to an old competency counts for its
   * successor until it is mapped again). Ids of no version here are left out.
   *
   * @return this version's competency id to level
   */
  public Map<String, Integer> carriedLevels(Map<String, Integer> levelsById) {
    Map<String, Integer> own = new HashMap<>();
    Map<String, Integer> carried = new HashMap<>();
    levelsById.forEach(
        (id, level) -> {
          if (competenciesById.containsKey(id)) {
            own.merge(id, level, Math::max);
          } else {
            for (String successor : successors.getOrDefault(id, List.of())) {
              carried.merge(successor, level, Math::max);
            }
          }
        });
    carried.forEach(own::putIfAbsent);
    return own;
  }

  /** The domain a competency (by code) belongs to. */
  public Optional<DomainView> domainOf(String competencyCode) {
    return competencyCode == null
        ? Optional.empty()
        : Optional.ofNullable(domainsByCompetencyCode.get(competencyCode));
  }

  /** How many competencies the framework has. */
  public int competencyCount() {
    return competenciesById.size();
  }

  /** The career stages in progression order. */
  public List<StageView> stages() {
    return stages;
  }

  /** The stage codes in progression order. */
  public List<String> stageCodes() {
    return stages.stream().map(StageView::code).toList();
  }

  /** A stage by its code, given in any case and with stray spaces. */
  public Optional<StageView> stage(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(stagesByCode.get(key(code)));
  }

  /** Where a new link worker starts: the first stage. */
  public Optional<StageView> firstStage() {
    return stages.stream().findFirst();
  }

  /**
   * The stage after the given one (PRODUCT.md: a worker's next stage); the last stage for the last
   * stage itself; empty for a code the framework does not have.
   */
  public Optional<StageView> nextStage(String code) {
    return stage(code)
        .map(
            stage -> {
              int index = stages.indexOf(stage);
              return stages.get(Math.min(index + 1, stages.size() - 1));
            });
  }

  private static String key(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "FrameworkSnapshot[" + code() + " " + version() + "]";
  }
}
