package org.linkworker.trellis.framework.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkworker.trellis.framework.control.CasePackage.Association;
import org.linkworker.trellis.framework.control.CasePackage.Item;
import org.linkworker.trellis.framework.entity.Lengths;

/**
 * The items of one CASE package sorted by kind and hung in their {@code isChildOf} tree: the shape
 * a framework and a code of practice share (two kinds of item, one the children of the CFDocument,
 * the other the children of the first). What each kind means is left to the reader that asks.
 *
 * <p>Positions come from the {@code isChildOf} association's {@code sequenceNumber}, else the
 * item's {@code listEnumeration}, else the file order.
 */
final class CaseItemTree {

  /** Where an item sits: its parent and its place among its siblings. */
  private record Placement(String parentId, Integer sequence, Association association) {}

  private final CasePackage pkg;
  private final CaseChecks check;
  private final Map<String, List<Item>> byKind;
  private final Map<String, Placement> placements;
  private final Map<String, Integer> fileOrder = new HashMap<>();

  private CaseItemTree(
      CasePackage pkg,
      CaseChecks check,
      Map<String, List<Item>> byKind,
      Map<String, Placement> placements) {
    this.pkg = pkg;
    this.check = check;
    this.byKind = byKind;
    this.placements = placements;
    for (int index = 0; index < pkg.items().size(); index++) {
      fileOrder.put(pkg.items().get(index).identifier(), index);
    }
  }

  /**
   * Sorts the items by kind, checking identifiers, codes and URIs on the way, and places them by
   * their {@code isChildOf} associations. Every item must be one of {@code kinds}: an item Trellis
   * would silently drop is a mistake in the file.
   */
  static CaseItemTree of(CasePackage pkg, CaseChecks check, List<String> kinds) {
    return new CaseItemTree(pkg, check, classify(pkg, check, kinds), placements(pkg, check));
  }

  /** The items of one kind, in file order. */
  List<Item> items(String kind) {
    return byKind.get(kind);
  }

  /** The items of a kind by identifier, in file order, each required to hang off the CFDocument. */
  Map<String, Item> childrenOfTheDocument(String kind) {
    String documentId = pkg.document().identifier();
    Map<String, Item> byId = new LinkedHashMap<>();
    for (Item item : items(kind)) {
      Placement placement = placements.get(item.identifier());
      if (placement == null || !placement.parentId().equals(documentId)) {
        throw check.fail(
            item.label(),
            "a "
                + item.itemType()
                + " must be the child (isChildOf) of the CFDocument "
                + documentId);
      }
      byId.put(item.identifier(), item);
    }
    return byId;
  }

  /**
   * The items of {@code kind} by their parent's identifier; each parent must be in {@code parents}.
   */
  Map<String, List<Item>> childrenOf(Map<String, Item> parents, String parentKind, String kind) {
    Map<String, List<Item>> byParent = new HashMap<>();
    for (Item child : items(kind)) {
      Placement placement = placements.get(child.identifier());
      if (placement == null || !parents.containsKey(placement.parentId())) {
        throw check.fail(
            child.label(),
            "a " + kind + " must be the child (isChildOf) of a " + parentKind + " item");
      }
      byParent.computeIfAbsent(placement.parentId(), id -> new ArrayList<>()).add(child);
    }
    return byParent;
  }

  /** Siblings in order: sequenceNumber, else listEnumeration, else file order. */
  List<Item> ordered(Iterable<Item> siblings) {
    List<Item> result = new ArrayList<>();
    siblings.forEach(result::add);
    result.sort(
        Comparator.comparing(this::place, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(item -> fileOrder.get(item.identifier())));
    return result;
  }

  /** Codes ({@code humanCodingScheme}) name items, so two items of one code are refused. */
  void requireUniqueCodes(List<Item> items) {
    Map<String, Item> byCode = new HashMap<>();
    for (Item item : items) {
      Item earlier = byCode.putIfAbsent(item.humanCodingScheme(), item);
      if (earlier != null) {
        throw check.fail(
            item.label(),
            "humanCodingScheme "
                + item.humanCodingScheme()
                + " is also the code of "
                + earlier.label()
                + "; codes must be unique");
      }
    }
  }

  private Integer place(Item item) {
    Placement placement = placements.get(item.identifier());
    if (placement != null && placement.sequence() != null) {
      return placement.sequence();
    }
    if (item.listEnumeration() != null) {
      try {
        return Integer.valueOf(item.listEnumeration().trim());
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
    return null;
  }

  private static Map<String, List<Item>> classify(
      CasePackage pkg, CaseChecks check, List<String> kinds) {
    Map<String, List<Item>> byKind = new LinkedHashMap<>();
    kinds.forEach(kind -> byKind.put(kind, new ArrayList<>()));
    for (Item item : pkg.items()) {
      check.uuid(item.label(), "identifier", item.identifier());
      check.fits(item.label(), "uri", item.uri(), Lengths.URI);
      String kind =
          kinds.stream()
              .filter(
                  k -> k.equalsIgnoreCase(item.itemType() == null ? "" : item.itemType().trim()))
              .findFirst()
              .orElseThrow(
                  () ->
                      check.fail(
                          item.label(),
                          (item.itemType() == null
                                  ? "CFItemType is missing"
                                  : "CFItemType \"" + item.itemType() + "\" is not understood")
                              + "; this package may hold "
                              + String.join(" and ", kinds)
                              + " items"));
      if (item.humanCodingScheme() == null) {
        throw check.fail(item.label(), "humanCodingScheme (the " + kind + "'s code) is missing");
      }
      check.fits(item.label(), "humanCodingScheme", item.humanCodingScheme(), Lengths.CODE);
      byKind.get(kind).add(item);
    }
    return byKind;
  }

  /** The isChildOf tree, child to parent; each node is named in the package. */
  private static Map<String, Placement> placements(CasePackage pkg, CaseChecks check) {
    Set<String> nodes = new HashSet<>();
    pkg.items().forEach(item -> nodes.add(item.identifier()));
    Map<String, Placement> placements = new HashMap<>();
    for (Association association : pkg.associations()) {
      if (!CasePackage.IS_CHILD_OF.equals(association.associationType())) {
        continue;
      }
      String child = association.origin().identifier();
      String parent = association.destination().identifier();
      if (!nodes.contains(child)) {
        throw check.fail(
            association.label(),
            "originNodeURI names " + child + ", which is not an item of this package");
      }
      if (!nodes.contains(parent) && !parent.equals(pkg.document().identifier())) {
        throw check.fail(
            association.label(),
            "destinationNodeURI names " + parent + ", which is neither the CFDocument nor an item");
      }
      Placement earlier =
          placements.put(child, new Placement(parent, association.sequenceNumber(), association));
      if (earlier != null) {
        throw check.fail(
            association.label(),
            "item "
                + child
                + " already has a parent through "
                + earlier.association().label()
                + "; Trellis places each item once");
      }
    }
    return placements;
  }
}
