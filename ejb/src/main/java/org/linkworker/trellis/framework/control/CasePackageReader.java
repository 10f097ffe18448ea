package org.linkworker.trellis.framework.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.linkworker.trellis.framework.control.CasePackage.Association;
import org.linkworker.trellis.framework.control.CasePackage.Criterion;
import org.linkworker.trellis.framework.control.CasePackage.CriterionLevel;
import org.linkworker.trellis.framework.control.CasePackage.Document;
import org.linkworker.trellis.framework.control.CasePackage.Item;
import org.linkworker.trellis.framework.control.CasePackage.ItemType;
import org.linkworker.trellis.framework.control.CasePackage.Link;
import org.linkworker.trellis.framework.control.CasePackage.Rubric;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.platform.data.JsonFields;

/**
 * Reads any CASE 1.1 CFPackage: checks that the fields CASE requires are there (CFDocument
 * identifier, uri, creator, title, lastChangeDateTime; CFItem identifier, fullStatement, uri,
 * lastChangeDateTime; CFAssociation identifier, associationType, uri, originNodeURI,
 * destinationNodeURI, lastChangeDateTime; link objects title, identifier, uri) and that identifiers
 * are not repeated. What the items mean is left to {@link CaseFrameworkReader}.
 */
public class CasePackageReader {

  /**
   * Reads a package.
   *
   * @throws DataFileException naming the file and the item of the first problem found
   */
  public CasePackage read(DataFile file) {
    JsonFields top = JsonFields.of(file);
    Document document = document(top.object("CFDocument", "CFDocument"));
    List<Item> items = items(top, document);
    List<Association> associations = associations(top);
    List<ItemType> itemTypes = new ArrayList<>();
    List<Rubric> rubrics = new ArrayList<>();
    Optional<JsonFields> definitions = top.optionalObject("CFDefinitions", "CFDefinitions");
    if (definitions.isPresent()) {
      for (JsonFields type : definitions.get().objects("CFItemTypes")) {
        itemTypes.add(itemType(type));
      }
    }
    for (JsonFields rubric : top.objects("CFRubrics")) {
      rubrics.add(rubric(rubric));
    }
    return new CasePackage(file.name(), document, items, associations, itemTypes, rubrics);
  }

  private Document document(JsonFields fields) {
    String identifier = fields.string("identifier");
    JsonFields document = fields.as("CFDocument " + identifier);
    optionalLink(document, "CFPackageURI");
    return new Document(
        identifier,
        document.string("uri"),
        document.string("creator"),
        document.string("title"),
        dateTime(document, "lastChangeDateTime"),
        document.optionalString("version").orElse(null),
        document.optionalString("description").orElse(null),
        document.optionalString("language").orElse(null),
        document.optionalString("adoptionStatus").orElse(null),
        document.optionalString("frameworkType").orElse(null),
        document.optionalString("publisher").orElse(null));
  }

  private List<Item> items(JsonFields top, Document document) {
    List<Item> items = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    // The document is the root of the isChildOf tree: an item that is also the root would be its
    // own child, and reading the tree would never end.
    seen.put(document.identifier(), "the CFDocument");
    for (JsonFields fields : top.objects("CFItems")) {
      String identifier = fields.string("identifier");
      String code = fields.optionalString("humanCodingScheme").orElse(null);
      JsonFields item = fields.as("CFItem " + identifier + (code == null ? "" : "/" + code));
      String itemType = item.optionalString("CFItemType").orElse(null);
      Optional<JsonFields> typeLink = item.optionalObject("CFItemTypeURI", item.item());
      if (typeLink.isPresent()) {
        Link link = link(typeLink.get(), "CFItemTypeURI");
        itemType = itemType == null ? link.title() : itemType;
      }
      Item read =
          new Item(
              identifier,
              item.string("uri"),
              item.string("fullStatement"),
              code,
              itemType,
              scalarText(item, "listEnumeration"),
              item.optionalString("notes").orElse(null),
              item.optionalString("language").orElse(null),
              dateTime(item, "lastChangeDateTime"));
      String earlier = seen.putIfAbsent(identifier, read.label());
      if (earlier != null) {
        throw item.problem("identifier is used twice (also by " + earlier + ")");
      }
      items.add(read);
    }
    return items;
  }

  private List<Association> associations(JsonFields top) {
    List<Association> associations = new ArrayList<>();
    Map<String, Boolean> seen = new HashMap<>();
    for (JsonFields fields : top.objects("CFAssociations")) {
      String identifier = fields.string("identifier");
      JsonFields association = fields.as("CFAssociation " + identifier);
      if (seen.put(identifier, Boolean.TRUE) != null) {
        throw association.problem("identifier is used twice");
      }
      OptionalInt sequence = association.optionalInteger("sequenceNumber");
      optionalLink(association, "CFDocumentURI");
      associations.add(
          new Association(
              identifier,
              association.string("uri"),
              association.string("associationType"),
              link(association.object("originNodeURI", association.item()), "originNodeURI"),
              link(
                  association.object("destinationNodeURI", association.item()),
                  "destinationNodeURI"),
              sequence.isPresent() ? sequence.getAsInt() : null,
              dateTime(association, "lastChangeDateTime")));
    }
    return associations;
  }

  private ItemType itemType(JsonFields fields) {
    String identifier = fields.string("identifier");
    JsonFields type = fields.as("CFItemType " + identifier);
    return new ItemType(
        identifier,
        type.optionalString("uri").orElse(null),
        type.string("title"),
        type.optionalString("typeCode").orElse(null));
  }

  private Rubric rubric(JsonFields fields) {
    String identifier = fields.string("identifier");
    JsonFields rubric = fields.as("CFRubric " + identifier);
    List<Criterion> criteria = new ArrayList<>();
    for (JsonFields criterionFields : rubric.objects("CFRubricCriteria")) {
      String criterionId = criterionFields.string("identifier");
      JsonFields criterion = criterionFields.as("CFRubricCriterion " + criterionId);
      Link item =
          criterion
              .optionalObject("CFItemURI", criterion.item())
              .map(link -> link(link, "CFItemURI"))
              .orElse(null);
      List<CriterionLevel> levels = new ArrayList<>();
      for (JsonFields levelFields : criterion.objects("CFRubricCriterionLevels")) {
        String levelId = levelFields.string("identifier");
        JsonFields level = levelFields.as("CFRubricCriterionLevel " + levelId);
        levels.add(
            new CriterionLevel(
                levelId,
                level.string("uri"),
                level.optionalString("description").orElse(null),
                level.optionalString("quality").orElse(null),
                number(level, "score"),
                boxed(level.optionalInteger("position"))));
      }
      criteria.add(
          new Criterion(
              criterionId,
              criterion.string("uri"),
              item,
              boxed(criterion.optionalInteger("position")),
              levels));
    }
    return new Rubric(
        identifier, rubric.string("uri"), rubric.optionalString("title").orElse(null), criteria);
  }

  /**
   * A link Trellis does not follow (the package's or document's own address): checked when it is a
   * link object; some exporters write it as a bare URI string, which is taken as it is.
   */
  private static void optionalLink(JsonFields fields, String name) {
    if (fields.has(name) && fields.json().get(name).getValueType() != JsonValue.ValueType.STRING) {
      link(fields.object(name, fields.item()), name);
    }
  }

  private static Link link(JsonFields fields, String name) {
    JsonFields link = fields.as(fields.item() + " " + name);
    return new Link(link.string("title"), link.string("identifier"), link.string("uri"));
  }

  /** CASE date-times carry an offset; one without is taken as UTC rather than refused. */
  static Instant dateTime(JsonFields fields, String key) {
    String text = fields.string(key);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw fields.problem(key + " is not an ISO 8601 date-time: \"" + text + "\"");
      }
    }
  }

  /** A member CASE types as a string but some files write as a number. */
  private static String scalarText(JsonFields fields, String key) {
    if (!fields.has(key)) {
      return null;
    }
    JsonValue value = fields.json().get(key);
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
      default -> throw fields.problem(key + " is not a string");
    };
  }

  private static BigDecimal number(JsonFields fields, String key) {
    if (!fields.has(key)) {
      return null;
    }
    JsonValue value = fields.json().get(key);
    if (value.getValueType() != JsonValue.ValueType.NUMBER) {
      throw fields.problem(key + " is not a number");
    }
    return ((JsonNumber) value).bigDecimalValue();
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
