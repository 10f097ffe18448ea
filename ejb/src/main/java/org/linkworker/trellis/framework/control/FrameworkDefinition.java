package org.linkworker.trellis.framework.control;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A framework as its CASE package defines it, checked and given Trellis meaning: the levels (the
 * rubric's scores), the domains in order, each with its competencies in order, each with one
 * descriptor per level. Immutable; what the importer persists and the writer exports.
 *
 * @param document the CFDocument
 * @param rubric the CFRubric that carries the descriptors
 * @param levels the levels, numbered 1..N in order
 * @param domains the domains in order
 */
public record FrameworkDefinition(
    DocumentDefinition document,
    RubricDefinition rubric,
    List<LevelDefinition> levels,
    List<DomainDefinition> domains) {

  public FrameworkDefinition {
    levels = List.copyOf(levels);
    domains = List.copyOf(domains);
  }

  /** The CFRubric's own identity (its criteria live on the competencies). */
  public record RubricDefinition(String id, String uri, String title) {}

  /** A step of the proficiency scale: a score and the quality it is called. */
  public record LevelDefinition(int number, String name) {}

  /** A Domain CFItem and its competencies. */
  public record DomainDefinition(
      String id, String uri, String code, String title, List<CompetencyDefinition> competencies) {

    public DomainDefinition {
      competencies = List.copyOf(competencies);
    }
  }

  /**
   * A Competency CFItem, the rubric criterion that scores it, and its descriptors by level.
   *
   * @param descriptors one per level, in level order
   */
  public record CompetencyDefinition(
      String id,
      String uri,
      String code,
      String statement,
      String criterionId,
      String criterionUri,
      List<DescriptorDefinition> descriptors) {

    public CompetencyDefinition {
      descriptors = List.copyOf(descriptors);
    }

    /** Descriptor text by level number. */
    public SortedMap<Integer, String> descriptorTexts() {
      SortedMap<Integer, String> texts = new TreeMap<>();
      descriptors.forEach(d -> texts.put(d.level(), d.text()));
      return texts;
    }
  }

  /** A CFRubricCriterionLevel: what a competency looks like at a level. */
  public record DescriptorDefinition(String id, String uri, int level, String text) {}

  public String id() {
    return document.id();
  }

  /** Every competency, domain by domain, in order. */
  public Stream<CompetencyDefinition> competencies() {
    return domains.stream().flatMap(d -> d.competencies().stream());
  }

  public Optional<CompetencyDefinition> findCompetencyById(String competencyId) {
    return competencies().filter(c -> c.id().equals(competencyId)).findFirst();
  }

  public Optional<CompetencyDefinition> findCompetencyByCode(String code) {
    return competencies().filter(c -> c.code().equals(code)).findFirst();
  }
}
