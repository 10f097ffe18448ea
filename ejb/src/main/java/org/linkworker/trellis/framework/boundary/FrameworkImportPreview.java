package org.linkworker.trellis.framework.boundary;

import java.io.Serializable;
import java.util.List;
import org.linkworker.trellis.framework.control.CaseImportReader.ImportPreview;

/**
 * What a CASE package becomes when imported: its code and version, how its items were sorted into
 * domains and competencies, where its levels came from, and what the reader did where the package
 * was not as Trellis writes one.
 *
 * @param classification {@code CHOSEN_TYPES}, {@code PACKAGE_TYPES} or {@code DEPTH}
 * @param levelSource {@code RUBRIC}, {@code CHOSEN_SCALE} or {@code DEFAULT_SCALE}
 * @param levels the level names, level 1 first
 * @param itemTypes what became of each CFItemType's items
 * @param continuations how many competencies of an earlier version of the same code the new
 *     competencies continue (CASE exactMatchOf, or replacedBy from the old item), so that evidence
 *     on those counts towards these
 */
public record FrameworkImportPreview(
    String code,
    String version,
    String title,
    String classification,
    String levelSource,
    List<String> levels,
    int domains,
    int competencies,
    int descriptors,
    List<ItemTypeOutcome> itemTypes,
    List<String> notes,
    int continuations)
    implements Serializable {

  public FrameworkImportPreview {
    levels = List.copyOf(levels);
    itemTypes = List.copyOf(itemTypes);
    notes = List.copyOf(notes);
  }

  /**
   * The items of one CFItemType ({@code itemType} null for items without one).
   *
   * @param notImported items that became neither (groupings between domain and competency, other
   *     types)
   */
  public record ItemTypeOutcome(
      String itemType, int items, int domains, int competencies, int notImported)
      implements Serializable {}

  static FrameworkImportPreview of(ImportPreview preview, int continuations, int unlinked) {
    List<String> notes = new java.util.ArrayList<>(preview.notes());
    if (unlinked > 0) {
      notes.add(
          unlinked
              + " exactMatchOf or replacedBy association(s) name items that no stored version of "
              + preview.code()
              + " holds; they are not kept");
    }
    return new FrameworkImportPreview(
        preview.code(),
        preview.version(),
        preview.title(),
        preview.classification().name(),
        preview.levelSource().name(),
        preview.levels().stream().map(level -> level.name()).toList(),
        preview.domains(),
        preview.competencies(),
        preview.descriptors(),
        preview.itemTypes().stream()
            .map(
                t ->
                    new ItemTypeOutcome(
                        t.itemType(), t.items(), t.domains(), t.competencies(), t.notImported()))
            .toList(),
        notes,
        continuations);
  }
}
