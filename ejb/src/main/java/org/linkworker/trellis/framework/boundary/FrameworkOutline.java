package org.linkworker.trellis.framework.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.linkworker.trellis.framework.entity.FrameworkStatus;

/**
 * A whole framework version, read in a fixed number of queries, for pages and the API. Lists are in
 * the framework's own order; identifiers are the CASE identifiers.
 */
public record FrameworkOutline(
    String id,
    String code,
    String version,
    String title,
    String description,
    FrameworkStatus status,
    boolean current,
    List<LevelView> levels,
    List<DomainView> domains,
    List<StageView> stages,
    CodeOfPracticeView codeOfPractice)
    implements Serializable {

  /** A step of the proficiency scale. */
  public record LevelView(int number, String name) implements Serializable {}

  /** A group of competencies. */
  public record DomainView(String id, String code, String title, List<CompetencyView> competencies)
      implements Serializable {}

  /** A competency with its descriptor at each level number. */
  public record CompetencyView(
      String id, String code, String statement, SortedMap<Integer, String> descriptors)
      implements Serializable {}

  /**
   * A career stage and its profile: competency code to required level, in competency order; a
   * competency the stage does not require is absent.
   */
  public record StageView(
      String id, String code, String title, int order, Map<String, Integer> requirements)
      implements Serializable {}

  /** The code of practice that goes with the framework; null when it has none. */
  public record CodeOfPracticeView(
      String id, String title, String version, List<StandardView> standards)
      implements Serializable {}

  /** A standard of the code, its expected behaviours and the competency codes that evidence it. */
  public record StandardView(
      String id, String code, String title, List<String> behaviours, List<String> competencies)
      implements Serializable {}
}
