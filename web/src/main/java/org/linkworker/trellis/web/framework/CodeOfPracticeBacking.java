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
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.portfolio.boundary.DeclarationService;
import org.linkworker.trellis.portfolio.boundary.StandardPractice;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /framework/code-of-practice.xhtml}: the standards of the code that goes with a
 * framework version, each with its expected behaviours and the competencies that evidence it. A
 * signed-in link worker also sees, under each standard of the current version, their own CPD
 * entries that name it (how many, their hours, the newest), read for all standards at once.
 */
@Named
@RequestScoped
public class CodeOfPracticeBacking {

  private FrameworkLookup lookup;
  private DeclarationService declarations;
  private CurrentCaller currentCaller;

  private String code;
  private String version;

  private FrameworkOutline framework;
  private List<StandardEntry> standards = List.of();
  private Map<String, StandardPractice> practice;

  @Inject
  public CodeOfPracticeBacking(
      FrameworkLookup lookup, DeclarationService declarations, CurrentCaller currentCaller) {
    this.lookup = lookup;
    this.declarations = declarations;
    this.currentCaller = currentCaller;
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

  /**
   * Whether the page shows the signed-in person's own entries by standard: a link worker, on the
   * current version (their entries name the current code's standards).
   */
  public boolean isPracticeShown() {
    return framework != null
        && framework.current()
        && currentCaller.find().map(c -> c.has(Role.LINK_WORKER)).orElse(false);
  }

  /** The signed-in worker's entries that name the standard, or null when none do. */
  public StandardPractice practiceOf(String standardCode) {
    if (practice == null) {
      practice = isPracticeShown() ? declarations.ownPractice(currentCaller.get()) : Map.of();
    }
    return practice.get(standardCode);
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
