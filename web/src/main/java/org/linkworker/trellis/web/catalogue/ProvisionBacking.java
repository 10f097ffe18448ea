package org.linkworker.trellis.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.catalogue.boundary.ProvisionCell;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.LevelView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.progression.boundary.ProvisionService;
import org.linkworker.trellis.web.faces.Downloads;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /catalogue/provision.xhtml}: for every competency (grouped by domain) and level, how
 * many published courses across all providers develop it; a competency-level with none is a gap in
 * provision, marked in words and a symbol as well as colour. Each count links to the courses it
 * counts. Downloadable as CSV.
 */
@Named
@RequestScoped
public class ProvisionBacking {

  private ProvisionService courses;
  private CurrentFrameworks frameworks;
  private CurrentCaller currentCaller;

  // The GET parameter: the framework shown (none: the default one).
  private String framework;

  private String frameworkCode;
  private List<FrameworkChoice> frameworkChoices = List.of();

  private List<LevelView> levels = List.of();
  private List<Group> groups = List.of();
  private long gaps;
  private long pairs;

  /** One domain's competencies. */
  public record Group(String code, String title, List<Line> lines) {}

  /** One competency's counts by level (in the order of the levels). */
  public record Line(String code, String statement, List<ProvisionCell> cells) {}

  /** A current framework the page can show, for t:frameworkChoice. */
  public record FrameworkChoice(String code, String title) {}

  @Inject
  public ProvisionBacking(
      ProvisionService courses, CurrentFrameworks frameworks, CurrentCaller currentCaller) {
    this.courses = courses;
    this.frameworks = frameworks;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected ProvisionBacking() {}

  /** The page's view action. */
  public void load() {
    Optional<FrameworkOutline> framework = chosen().map(FrameworkSnapshot::outline);
    frameworkChoices =
        frameworks.all().stream().map(f -> new FrameworkChoice(f.code(), f.title())).toList();
    if (framework.isEmpty()) {
      return;
    }
    frameworkCode = framework.get().code();
    List<ProvisionCell> cells = courses.provision(currentCaller.get(), frameworkCode);
    Map<String, List<ProvisionCell>> byCompetency = new HashMap<>();
    cells.forEach(c -> byCompetency.computeIfAbsent(c.competency(), k -> new ArrayList<>()).add(c));
    levels = framework.get().levels();
    List<Group> list = new ArrayList<>();
    for (DomainView domain : framework.get().domains()) {
      List<Line> lines = new ArrayList<>();
      for (CompetencyView c : domain.competencies()) {
        lines.add(
            new Line(
                c.code(),
                SearchBacking.shortened(c.statement()),
                byCompetency.getOrDefault(c.code(), List.of())));
      }
      list.add(new Group(domain.code(), domain.title(), lines));
    }
    groups = list;
    pairs = cells.size();
    gaps = cells.stream().filter(ProvisionCell::gap).count();
  }

  /** The download button: the provision as CSV. */
  public void download() {
    Downloads.send(
        FacesContext.getCurrentInstance(),
        Csv.MEDIA_TYPE,
        "provision.csv",
        courses.provisionReport(
            currentCaller.get(), chosen().map(FrameworkSnapshot::code).orElse(null)));
  }

  /** The framework the page shows: the one asked for, or the default one. */
  private Optional<FrameworkSnapshot> chosen() {
    return framework == null || framework.isBlank()
        ? frameworks.current()
        : frameworks.current(framework.strip()).or(frameworks::current);
  }

  public String getFramework() {
    return framework;
  }

  public void setFramework(String framework) {
    this.framework = framework;
  }

  /** The code of the framework shown. */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /** The current frameworks the page can show, the default first. */
  public List<FrameworkChoice> getFrameworkChoices() {
    return frameworkChoices;
  }

  public List<LevelView> getLevels() {
    return levels;
  }

  public List<Group> getGroups() {
    return groups;
  }

  public long getGaps() {
    return gaps;
  }

  public long getPairs() {
    return pairs;
  }
}
