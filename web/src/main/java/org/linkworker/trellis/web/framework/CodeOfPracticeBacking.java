package org.linkworker.trellis.web.framework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CodeOfPracticeView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StandardView;

/**
 * Backs {@code /framework/code-of-practice.xhtml}: the standards of the code that goes with a
 * framework version, each with its expected behaviours and the competencies that evidence it.
 */
@Named
@RequestScoped
public class CodeOfPracticeBacking {

  private FrameworkLookup lookup;

  private String code;
  private String version;

  private FrameworkOutline framework;
  private List<StandardEntry> standards = List.of();

  @Inject
  public CodeOfPracticeBacking(FrameworkLookup lookup) {
    this.lookup = lookup;
  }

  /** For the CDI client proxy only. */
  protected CodeOfPracticeBacking() {}

  /** The page's view action. */
  public void load() {
    framework = lookup.forPage(code, version).orElse(null);
    standards = framework == null ? List.of() : entries(framework);
  }

  /**
   * The code's standards with their competency codes resolved to statements; a code the framework
   * does not hold is kept, without a statement, so a data error shows rather than hides.
   */
  static List<StandardEntry> entries(FrameworkOutline framework) {
    if (framework.codeOfPractice() == null) {
      return List.of();
    }
    Map<String, CompetencyView> byCode =
        framework.domains().stream()
            .flatMap(domain -> domain.competencies().stream())
            .collect(Collectors.toMap(CompetencyView::code, Function.identity(), (a, b) -> a));
    return framework.codeOfPractice().standards().stream()
        .map(
            standard ->
                new StandardEntry(
                    standard,
                    ElementIds.standard(standard.code()),
                    standard.competencies().stream()
                        .map(
                            competencyCode -> {
                              CompetencyView competency = byCode.get(competencyCode);
                              return new LinkedCompetency(
                                  competencyCode,
                                  competency == null ? null : competency.statement());
                            })
                        .toList()))
        .toList();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public FrameworkOutline getFramework() {
    return framework;
  }

  public boolean isFound() {
    return framework != null;
  }

  public boolean isVersionNamed() {
    return FrameworkLookup.isVersionNamed(code, version);
  }

  /** The code of practice, or null when the framework has none. */
  public CodeOfPracticeView getCodeOfPractice() {
    return framework == null ? null : framework.codeOfPractice();
  }

  public List<StandardEntry> getStandards() {
    return standards;
  }

  /** A standard with the id of its container and its linked competencies. */
  public record StandardEntry(
      StandardView standard, String elementId, List<LinkedCompetency> competencies) {}

  /** A competency code a standard names, with its statement when the framework holds it. */
  public record LinkedCompetency(String code, String statement) {

    public boolean isKnown() {
      return statement != null;
    }
  }
}
