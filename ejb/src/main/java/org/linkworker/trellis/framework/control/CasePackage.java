package org.linkworker.trellis.framework.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A CASE 1.1 CFPackage as it stands in a file, checked for the fields CASE requires but not yet
 * given any Trellis meaning. Optional CASE fields are null when the file leaves them out.
 *
 * @param fileName the file it was read from, for messages
 * @param document the CFDocument
 * @param items the CFItems, in file order
 * @param associations the CFAssociations, in file order
 * @param itemTypes the CFDefinitions' CFItemTypes
 * @param rubrics the CFRubrics
 */
public record CasePackage(
    String fileName,
    Document document,
    List<Item> items,
    List<Association> associations,
    List<ItemType> itemTypes,
    List<Rubric> rubrics) {

  public static final String IS_CHILD_OF = "isChildOf";
  public static final String IS_RELATED_TO = "isRelatedTo";

  public CasePackage {
    items = List.copyOf(items);
    associations = List.copyOf(associations);
    itemTypes = List.copyOf(itemTypes);
    rubrics = List.copyOf(rubrics);
  }

  /** A CASE link object: how one node points at another. */
  public record Link(String title, String identifier, String uri) {}

  /** The CFDocument: the framework (or code of practice) as a whole. */
  public record Document(
      String identifier,
      String uri,
      String creator,
      String title,
      Instant lastChange,
      String version,
      String description,
      String language,
      String adoptionStatus,
      String frameworkType,
      String publisher) {

    /** How messages name it. */
    public String label() {
      return "CFDocument " + identifier;
    }
  }

  /**
   * A CFItem.
   *
   * @param itemType the CFItemType, or the title of the CFItemTypeURI link when only that is given
   * @param listEnumeration the item's place as CASE writes it (a string), or null
   */
  public record Item(
      String identifier,
      String uri,
      String fullStatement,
      String humanCodingScheme,
      String itemType,
      String listEnumeration,
      String notes,
      String language,
      Instant lastChange) {

    /** How messages name it: {@code CFItem <identifier>/<code>}. */
    public String label() {
      return humanCodingScheme == null
          ? "CFItem " + identifier
          : "CFItem " + identifier + "/" + humanCodingScheme;
    }
  }

  /**
   * A CFAssociation: in {@code isChildOf} the origin is the child and the destination its parent.
   */
  public record Association(
      String identifier,
      String uri,
      String associationType,
      Link origin,
      Link destination,
      Integer sequenceNumber,
      Instant lastChange) {

    public String label() {
      return "CFAssociation " + identifier;
    }
  }

  /** A CFItemType of the CFDefinitions. */
  public record ItemType(String identifier, String uri, String title, String typeCode) {}

  /** A CFRubric: criteria, each scored at levels. */
  public record Rubric(String identifier, String uri, String title, List<Criterion> criteria) {

    public Rubric {
      criteria = List.copyOf(criteria);
    }

    public String label() {
      return "CFRubric " + identifier;
    }
  }

  /**
   * A CFRubricCriterion.
   *
   * @param item the CFItem it scores (CFItemURI), or null
   */
  public record Criterion(
      String identifier, String uri, Link item, Integer position, List<CriterionLevel> levels) {

    public Criterion {
      levels = List.copyOf(levels);
    }

    public String label() {
      return "CFRubricCriterion " + identifier;
    }
  }

  /** A CFRubricCriterionLevel: a description at a quality and score. */
  public record CriterionLevel(
      String identifier,
      String uri,
      String description,
      String quality,
      BigDecimal score,
      Integer position) {

    public String label() {
      return "CFRubricCriterionLevel " + identifier;
    }
  }
}
