package org.linkworker.trellis.web.framework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.LevelView;

/**
 * Backs {@code /framework/browse.xhtml}: one framework version as domains, competencies and level
 * descriptors, optionally narrowed by a search ({@code ?q=}).
 */
@Named
@RequestScoped
public class FrameworkBrowseBacking {

  private FrameworkLookup lookup;

  private String code;
  private String version;
  private String query;

  private FrameworkOutline framework;
  private CompetencySearch search = CompetencySearch.of(null);
  private List<DomainSection> sections = List.of();
  private int matchCount;

  @Inject
  public FrameworkBrowseBacking(FrameworkLookup lookup) {
    this.lookup = lookup;
  }

  /** For the CDI client proxy only. */
  protected FrameworkBrowseBacking() {}

  /** The page's view action: reads the framework and applies the search. */
  public void load() {
    framework = lookup.forPage(code, version).orElse(null);
    search = CompetencySearch.of(query);
    if (framework == null) {
      sections = List.of();
      matchCount = 0;
      return;
    }
    sections = sections(search.filter(framework.domains()), framework.levels());
    matchCount = sections.stream().mapToInt(section -> section.competencies().size()).sum();
  }

  /** The domains to show, each competency with its descriptors named by level. */
  static List<DomainSection> sections(List<DomainView> domains, List<LevelView> levels) {
    Map<Integer, String> levelNames =
        levels.stream().collect(Collectors.toMap(LevelView::number, LevelView::name, (a, b) -> a));
    Function<CompetencyView, CompetencyCard> card =
        competency ->
            new CompetencyCard(
                competency,
                ElementIds.competency(competency.code()),
                competency.descriptors().entrySet().stream()
                    .map(
                        descriptor ->
                            new DescriptorRow(
                                descriptor.getKey(),
                                levelNames.getOrDefault(descriptor.getKey(), ""),
                                descriptor.getValue()))
                    .toList());
    return domains.stream()
        .map(
            domain ->
                new DomainSection(
                    domain,
                    ElementIds.domain(domain.code()),
                    domain.competencies().stream().map(card).toList()))
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

  /** The search as typed, bound to the {@code q} parameter. */
  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  /** The search as it is applied (trimmed, at most {@link CompetencySearch#MAX_LENGTH}). */
  public String getSearchText() {
    return search.query();
  }

  /** The longest search the page sends; longer input would be cut anyway. */
  public int getSearchMaxLength() {
    return CompetencySearch.MAX_LENGTH;
  }

  public FrameworkOutline getFramework() {
    return framework;
  }

  public boolean isFound() {
    return framework != null;
  }

  /** Whether the page was asked for a named version (its links then keep naming it). */
  public boolean isVersionNamed() {
    return FrameworkLookup.isVersionNamed(code, version);
  }

  public boolean isSearching() {
    return search.isActive();
  }

  public List<DomainSection> getSections() {
    return sections;
  }

  /** Competencies shown: every one without a search, the matching ones with it. */
  public int getMatchCount() {
    return matchCount;
  }

  /** A domain heading and its competencies. */
  public record DomainSection(
      DomainView domain, String elementId, List<CompetencyCard> competencies) {}

  /** A competency with the id of its container and its descriptors in level order. */
  public record CompetencyCard(
      CompetencyView competency, String elementId, List<DescriptorRow> descriptors) {}

  /** What a competency looks like at one level. */
  public record DescriptorRow(int level, String levelName, String text) {}
}
