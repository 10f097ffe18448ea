package org.linkworker.trellis.web.framework;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;

/**
 * What a person typed into the framework's search box, and which competencies it finds.
 *
 * <p>A query that is exactly a competency's code finds that competency alone, so a link to {@code
 * ?q=PC.1} does not also list {@code PC.10}. Any other query is split into words, and a competency
 * matches when every word appears somewhere in its code, statement or level descriptors. Case and
 * accents do not matter, and a word may be part of a longer one ("listen" finds "listening").
 */
public final class CompetencySearch {

  /** Longer input is cut: nobody searches with a paragraph, and it bounds the work per request. */
  public static final int MAX_LENGTH = 200;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private final String query;
  private final String normalisedQuery;
  private final List<String> words;

  private CompetencySearch(String query) {
    this.query = query;
    this.normalisedQuery = normalise(query);
    this.words =
        normalisedQuery.isEmpty() ? List.of() : Arrays.asList(WHITESPACE.split(normalisedQuery));
  }

  /** A search for the given input; blank or missing input is no search at all. */
  public static CompetencySearch of(String input) {
    String query = input == null ? "" : input.strip();
    if (query.length() > MAX_LENGTH) {
      query = query.substring(0, MAX_LENGTH).strip();
    }
    return new CompetencySearch(query);
  }

  /** The query as it will be shown back to the person (trimmed). */
  public String query() {
    return query;
  }

  /** Whether anything was typed; an inactive search keeps every competency. */
  public boolean isActive() {
    return !words.isEmpty();
  }

  /**
   * The domains, in their order, each with only its matching competencies; domains left empty are
   * dropped. Without an active search the domains come back unchanged.
   */
  public List<DomainView> filter(List<DomainView> domains) {
    if (!isActive()) {
      return domains;
    }
    boolean byCode =
        domains.stream()
            .flatMap(domain -> domain.competencies().stream())
            .anyMatch(this::hasQueryAsCode);
    return domains.stream()
        .map(
            domain ->
                new DomainView(
                    domain.id(),
                    domain.code(),
                    domain.title(),
                    domain.competencies().stream()
                        .filter(byCode ? this::hasQueryAsCode : this::containsEveryWord)
                        .toList()))
        .filter(domain -> !domain.competencies().isEmpty())
        .toList();
  }

  private boolean hasQueryAsCode(CompetencyView competency) {
    return normalise(competency.code()).equals(normalisedQuery);
  }

  private boolean containsEveryWord(CompetencyView competency) {
    String text =
        Stream.concat(
                Stream.of(competency.code(), competency.statement()),
                competency.descriptors().values().stream())
            .map(CompetencySearch::normalise)
            .collect(Collectors.joining("\n"));
    return words.stream().allMatch(text::contains);
  }

  private static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String withoutAccents =
        COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return withoutAccents.strip().toLowerCase(Locale.ROOT);
  }
}
