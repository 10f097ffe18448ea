package org.linkworker.trellis.web.framework;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.LevelView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;

/**
 * The stage profiles as a grid: one row per competency, grouped by domain, one column per career
 * stage in the stages' order, each cell the level that stage requires (or none).
 */
public record StageMatrix(List<StageView> stages, List<DomainGroup> groups) {

  /** Lays out a framework's stage profiles. */
  public static StageMatrix of(FrameworkOutline framework) {
    List<StageView> stages =
        framework.stages().stream()
            .sorted((a, b) -> Integer.compare(a.order(), b.order()))
            .toList();
    Map<Integer, String> levelNames =
        framework.levels().stream()
            .collect(Collectors.toMap(LevelView::number, LevelView::name, (a, b) -> a));
    List<DomainGroup> groups =
        framework.domains().stream()
            .map(
                domain ->
                    new DomainGroup(
                        domain,
                        ElementIds.stageGroup(domain.code()),
                        domain.competencies().stream()
                            .map(competency -> row(competency, stages, levelNames))
                            .toList()))
            .toList();
    return new StageMatrix(stages, groups);
  }

  private static Row row(
      CompetencyView competency, List<StageView> stages, Map<Integer, String> levelNames) {
    return new Row(
        competency,
        ElementIds.stageRow(competency.code()),
        stages.stream()
            .map(
                stage -> {
                  Integer level = stage.requirements().get(competency.code());
                  return level == null
                      ? Cell.NOT_REQUIRED
                      : new Cell(level, levelNames.getOrDefault(level, ""));
                })
            .toList());
  }

  /** Columns of the table: the competency column and one per stage. */
  public int getColumnCount() {
    return stages.size() + 1;
  }

  public boolean isEmpty() {
    return stages.isEmpty() || groups.stream().allMatch(group -> group.rows().isEmpty());
  }

  /**
   * A domain, the id of the header cell that names it over its rows (each competency's row header
   * points at it), and the rows of its competencies.
   */
  public record DomainGroup(DomainView domain, String headerId, List<Row> rows) {}

  /** A competency, the id of its table row, and its cells, one per stage in column order. */
  public record Row(CompetencyView competency, String elementId, List<Cell> cells) {}

  /** The level a stage requires; level 0 means the stage does not require the competency. */
  public record Cell(int level, String levelName) {

    static final Cell NOT_REQUIRED = new Cell(0, "");

    public boolean isRequired() {
      return level > 0;
    }
  }
}
