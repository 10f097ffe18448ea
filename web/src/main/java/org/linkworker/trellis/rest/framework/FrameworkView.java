package org.linkworker.trellis.rest.framework;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.entity.FrameworkStatus;

/**
 * A framework version whole, as {@code GET /api/frameworks/current} and {@code
 * /api/frameworks/{code}/{version}} return it. Field names are the API's contract (API.md).
 */
@Schema(
    name = "Framework",
    description = "A framework version with its levels, domains, stages and code of practice")
@JsonbPropertyOrder({
  "code",
  "version",
  "title",
  "description",
  "status",
  "current",
  "levels",
  "domains",
  "stages",
  "codeOfPractice"
})
public record FrameworkView(
    String code,
    String version,
    String title,
    String description,
    FrameworkStatus status,
    boolean current,
    List<LevelView> levels,
    List<DomainView> domains,
    List<StageView> stages,
    @Schema(nullable = true, description = "Null when the framework has no code of practice")
        @JsonbNillable
        CodeOfPracticeView codeOfPractice) {

  /** Maps the boundary's outline onto the API's shape, keeping every list in framework order. */
  public static FrameworkView of(FrameworkOutline outline) {
    return new FrameworkView(
        outline.code(),
        outline.version(),
        outline.title(),
        outline.description(),
        outline.status(),
        outline.current(),
        outline.levels().stream()
            .map(level -> new LevelView(level.number(), level.name()))
            .toList(),
        outline.domains().stream().map(DomainView::of).toList(),
        outline.stages().stream().map(StageView::of).toList(),
        outline.codeOfPractice() == null ? null : CodeOfPracticeView.of(outline.codeOfPractice()));
  }

  /** A step of the proficiency scale. */
  @Schema(name = "Level")
  @JsonbPropertyOrder({"number", "name"})
  public record LevelView(int number, String name) {}

  /** A domain and its competencies. */
  @Schema(name = "Domain")
  @JsonbPropertyOrder({"code", "title", "competencies"})
  public record DomainView(String code, String title, List<CompetencyView> competencies) {

    static DomainView of(FrameworkOutline.DomainView domain) {
      return new DomainView(
          domain.code(),
          domain.title(),
          domain.competencies().stream().map(CompetencyView::of).toList());
    }
  }

  /** A competency; {@code descriptors} maps each level number ("1", "2"…) to its descriptor. */
  @Schema(name = "Competency")
  @JsonbPropertyOrder({"code", "statement", "descriptors"})
  public record CompetencyView(String code, String statement, Map<String, String> descriptors) {

    static CompetencyView of(FrameworkOutline.CompetencyView competency) {
      Map<String, String> descriptors = new LinkedHashMap<>();
      competency
          .descriptors()
          .forEach((level, text) -> descriptors.put(String.valueOf(level), text));
      return new CompetencyView(competency.code(), competency.statement(), descriptors);
    }
  }

  /** A career stage; {@code requirements} maps competency codes to the level the stage requires. */
  @Schema(name = "Stage")
  @JsonbPropertyOrder({"code", "title", "order", "requirements"})
  public record StageView(String code, String title, int order, Map<String, Integer> requirements) {

    static StageView of(FrameworkOutline.StageView stage) {
      return new StageView(
          stage.code(), stage.title(), stage.order(), new LinkedHashMap<>(stage.requirements()));
    }
  }

  /** The code of practice that goes with the framework. */
  @Schema(name = "CodeOfPractice")
  @JsonbPropertyOrder({"title", "version", "standards"})
  public record CodeOfPracticeView(String title, String version, List<StandardView> standards) {

    static CodeOfPracticeView of(FrameworkOutline.CodeOfPracticeView code) {
      return new CodeOfPracticeView(
          code.title(), code.version(), code.standards().stream().map(StandardView::of).toList());
    }
  }

  /** A standard, its expected behaviours and the codes of the competencies that evidence it. */
  @Schema(name = "Standard")
  @JsonbPropertyOrder({"code", "title", "behaviours", "competencies"})
  public record StandardView(
      String code, String title, List<String> behaviours, List<String> competencies) {

    static StandardView of(FrameworkOutline.StandardView standard) {
      return new StandardView(
          standard.code(),
          standard.title(),
          List.copyOf(standard.behaviours()),
          List.copyOf(standard.competencies()));
    }
  }
}
