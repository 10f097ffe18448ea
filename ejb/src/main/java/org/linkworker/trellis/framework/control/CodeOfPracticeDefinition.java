package org.linkworker.trellis.framework.control;

import java.util.List;

/**
 * A code of practice as its CASE package defines it: standards in order, each with its expected
 * behaviours and the competencies (CASE identifiers in the framework's package) that evidence it.
 */
public record CodeOfPracticeDefinition(
    DocumentDefinition document, List<StandardDefinition> standards) {

  public CodeOfPracticeDefinition {
    standards = List.copyOf(standards);
  }

  /**
   * A Standard CFItem.
   *
   * @param notes the item's notes, or null
   * @param competencyIds the competencies its isRelatedTo associations name, in file order
   */
  public record StandardDefinition(
      String id,
      String uri,
      String code,
      String title,
      String notes,
      List<BehaviourDefinition> behaviours,
      List<String> competencyIds) {

    public StandardDefinition {
      behaviours = List.copyOf(behaviours);
      competencyIds = List.copyOf(competencyIds);
    }
  }

  /** A Behaviour CFItem. */
  public record BehaviourDefinition(String id, String uri, String code, String text) {}

  public String id() {
    return document.id();
  }
}
