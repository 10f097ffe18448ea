package org.linkworker.trellis.framework.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.linkworker.trellis.framework.entity.CaseProvenance;
import org.linkworker.trellis.framework.entity.Competency;
import org.linkworker.trellis.framework.entity.Domain;
import org.linkworker.trellis.framework.entity.Framework;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.framework.entity.LevelDescriptor;

/**
 * Writes a framework as a CASE 1.1 CFPackage: the CFDocument, Domain and Competency items with
 * their item types, the isChildOf tree, and one CFRubric whose criteria carry the level
 * descriptors. {@link CaseFrameworkReader} reads the result back to the same framework.
 *
 * <p>Stored CASE identifiers are written as they were imported. What Trellis does not store (the
 * associations, the item types, the package) gets an identifier derived from the framework's
 * identifier and what it links, so that every export of a version says the same; URIs for those are
 * formed beside the CFDocument's own.
 */
public class CaseFrameworkWriter {

  private static final DateTimeFormatter CASE_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendOffset("+HH:MM", "+00:00")
          .toFormatter();

  /** Writes one framework. */
  public JsonObject write(FrameworkContent content) {
    Framework framework = content.framework();
    CaseProvenance provenance = framework.getProvenance();
    Uris uris = new Uris(framework.getCaseId(), provenance.getUri());
    String changed = CASE_DATE_TIME.format(provenance.getLastChange().atOffset(ZoneOffset.UTC));
    JsonObject documentLink =
        link(framework.getTitle(), framework.getCaseId(), provenance.getUri());

    JsonObject domainType = itemType(uris, CaseFrameworkReader.DOMAIN, "1", changed);
    JsonObject competencyType = itemType(uris, CaseFrameworkReader.COMPETENCY, "2", changed);

    List<Domain> domains = new ArrayList<>(content.domains());
    domains.sort(Comparator.comparingInt(Domain::getPosition));
    Map<String, List<Competency>> competenciesByDomain = new HashMap<>();
    for (Competency competency : content.competencies()) {
      competenciesByDomain
          .computeIfAbsent(competency.getDomain().getId(), id -> new ArrayList<>())
          .add(competency);
    }
    Map<String, List<LevelDescriptor>> descriptorsByCompetency = new HashMap<>();
    for (LevelDescriptor descriptor : content.descriptors()) {
      descriptorsByCompetency
          .computeIfAbsent(descriptor.getCompetency().getId(), id -> new ArrayList<>())
          .add(descriptor);
    }
    SortedMap<Integer, String> levelNames = new TreeMap<>();
    content.levels().forEach(level -> levelNames.put(level.getNumber(), level.getName()));

    JsonArrayBuilder items = Json.createArrayBuilder();
    JsonArrayBuilder associations = Json.createArrayBuilder();
    JsonArrayBuilder criteria = Json.createArrayBuilder();
    String rubricId =
        provenance.getRubricId() != null ? provenance.getRubricId() : uris.derive("rubric");
    int criterionPosition = 0;
    for (Domain domain : domains) {
      JsonObject domainLink = link(domain.getTitle(), domain.getCaseId(), domain.getUri());
      items.add(
          item(
              domain.getCaseId(),
              domain.getUri(),
              domain.getTitle(),
              domain.getCode(),
              domainType,
              domain.getPosition(),
              changed,
              documentLink));
      associations.add(
          childOf(uris, domainLink, documentLink, domain.getPosition(), changed, documentLink));

      List<Competency> competencies =
          competenciesByDomain.getOrDefault(domain.getId(), List.of()).stream()
              .sorted(Comparator.comparingInt(Competency::getPosition))
              .toList();
      for (Competency competency : competencies) {
        JsonObject competencyLink =
            link(competency.getCode(), competency.getCaseId(), competency.getUri());
        items.add(
            item(
                competency.getCaseId(),
                competency.getUri(),
                competency.getStatement(),
                competency.getCode(),
                competencyType,
                competency.getPosition(),
                changed,
                documentLink));
        associations.add(
            childOf(
                uris, competencyLink, domainLink, competency.getPosition(), changed, documentLink));
        criteria.add(
            criterion(
                uris,
                rubricId,
                competency,
                competencyLink,
                ++criterionPosition,
                descriptorsByCompetency.getOrDefault(competency.getId(), List.of()),
                levelNames,
                changed));
      }
    }

    for (FrameworkContent.Continuation continuation : content.continuations()) {
      associations.add(continues(uris, continuation, changed, documentLink));
    }

    JsonObjectBuilder document =
        Json.createObjectBuilder()
            .add("identifier", framework.getCaseId())
            .add("uri", provenance.getUri())
            .add("creator", provenance.getCreator())
            .add("title", framework.getTitle())
            .add("lastChangeDateTime", changed)
            .add("version", framework.getVersion())
            .add("adoptionStatus", adoptionStatus(framework.getStatus()))
            .add(
                "CFPackageURI",
                link(
                    framework.getTitle(),
                    framework.getCaseId(),
                    uris.of("CFPackages", framework.getCaseId())));
    addIfPresent(document, "description", framework.getDescription());
    addIfPresent(document, "language", provenance.getLanguage());
    addIfPresent(document, "frameworkType", provenance.getFrameworkType());
    addIfPresent(document, "publisher", provenance.getPublisher());

    JsonObjectBuilder rubric =
        Json.createObjectBuilder()
            .add("identifier", rubricId)
            .add(
                "uri",
                provenance.getRubricUri() != null
                    ? provenance.getRubricUri()
                    : uris.of("CFRubrics", rubricId))
            .add(
                "title",
                provenance.getRubricTitle() != null
                    ? provenance.getRubricTitle()
                    : framework.getTitle() + " levels")
            .add("lastChangeDateTime", changed)
            .add("CFRubricCriteria", criteria);

    return Json.createObjectBuilder()
        .add("CFDocument", document)
        .add("CFItems", items)
        .add("CFAssociations", associations)
        .add(
            "CFDefinitions",
            Json.createObjectBuilder()
                .add("CFConcepts", Json.createArrayBuilder())
                .add("CFSubjects", Json.createArrayBuilder())
                .add("CFLicenses", Json.createArrayBuilder())
                .add("CFItemTypes", Json.createArrayBuilder().add(domainType).add(competencyType))
                .add("CFAssociationGroupings", Json.createArrayBuilder()))
        .add("CFRubrics", Json.createArrayBuilder().add(rubric))
        .build();
  }

  /**
   * A competency's continuation of one of an earlier version, as CASE writes it: the new item
   * {@code exactMatchOf} the old one, with an identifier derived from the two.
   */
  private static JsonObject continues(
      Uris uris,
      FrameworkContent.Continuation continuation,
      String changed,
      JsonObject documentLink) {
    Competency competency = continuation.competency();
    Competency earlier = continuation.continues();
    String id = uris.derive("exactMatchOf/" + competency.getCaseId() + "/" + earlier.getCaseId());
    return Json.createObjectBuilder()
        .add("identifier", id)
        .add("uri", uris.of("CFAssociations", id))
        .add("associationType", "exactMatchOf")
        .add("CFDocumentURI", documentLink)
        .add(
            "originNodeURI",
            link(competency.getCode(), competency.getCaseId(), competency.getUri()))
        .add("destinationNodeURI", link(earlier.getCode(), earlier.getCaseId(), earlier.getUri()))
        .add("lastChangeDateTime", changed)
        .build();
  }

  private static JsonObject item(
      String id,
      String uri,
      String fullStatement,
      String code,
      JsonObject itemType,
      int position,
      String changed,
      JsonObject documentLink) {
    return Json.createObjectBuilder()
        .add("identifier", id)
        .add("uri", uri)
        .add("fullStatement", fullStatement)
        .add("humanCodingScheme", code)
        .add("listEnumeration", Integer.toString(position))
        .add("CFItemType", itemType.getString("title"))
        .add(
            "CFItemTypeURI",
            link(
                itemType.getString("title"),
                itemType.getString("identifier"),
                itemType.getString("uri")))
        .add("CFDocumentURI", documentLink)
        .add("lastChangeDateTime", changed)
        .build();
  }

  private static JsonObject childOf(
      Uris uris,
      JsonObject child,
      JsonObject parent,
      int position,
      String changed,
      JsonObject documentLink) {
    String id =
        uris.derive(
            "isChildOf/" + child.getString("identifier") + "/" + parent.getString("identifier"));
    return Json.createObjectBuilder()
        .add("identifier", id)
        .add("uri", uris.of("CFAssociations", id))
        .add("associationType", CasePackage.IS_CHILD_OF)
        .add("originNodeURI", child)
        .add("destinationNodeURI", parent)
        .add("sequenceNumber", position)
        .add("CFDocumentURI", documentLink)
        .add("lastChangeDateTime", changed)
        .build();
  }

  private static JsonObject criterion(
      Uris uris,
      String rubricId,
      Competency competency,
      JsonObject competencyLink,
      int position,
      List<LevelDescriptor> descriptors,
      SortedMap<Integer, String> levelNames,
      String changed) {
    String id =
        competency.getCriterionId() != null
            ? competency.getCriterionId()
            : uris.derive("criterion/" + competency.getCaseId());
    JsonArrayBuilder levels = Json.createArrayBuilder();
    Map<Integer, LevelDescriptor> byLevel = new HashMap<>();
    descriptors.forEach(descriptor -> byLevel.put(descriptor.getLevelNumber(), descriptor));
    // Every level of the scale, described or not: a reader takes the scale from the rubric, so a
    // level no competency describes would otherwise vanish (and the levels above it move down).
    levelNames
        .keySet()
        .forEach(
            number -> {
              LevelDescriptor descriptor = byLevel.get(number);
              String levelId =
                  descriptor != null
                      ? descriptor.getCaseId()
                      : uris.derive("criterion-level/" + id + "/" + number);
              JsonObjectBuilder level =
                  Json.createObjectBuilder()
                      .add("identifier", levelId)
                      .add(
                          "uri",
                          descriptor != null
                              ? descriptor.getUri()
                              : uris.of("CFRubricCriterionLevels", levelId));
              if (descriptor != null) {
                level.add("description", descriptor.getText());
              }
              levels.add(
                  level
                      .add("quality", levelNames.get(number))
                      .add("score", number)
                      .add("position", number)
                      .add("rubricCriterionId", id)
                      .add("lastChangeDateTime", changed));
            });
    return Json.createObjectBuilder()
        .add("identifier", id)
        .add(
            "uri",
            competency.getCriterionUri() != null
                ? competency.getCriterionUri()
                : uris.of("CFRubricCriteria", id))
        .add("CFItemURI", competencyLink)
        .add("position", position)
        .add("rubricId", rubricId)
        .add("lastChangeDateTime", changed)
        .add("CFRubricCriterionLevels", levels)
        .build();
  }

  private static JsonObject itemType(Uris uris, String title, String hierarchy, String changed) {
    String id = uris.derive("CFItemType/" + title);
    return Json.createObjectBuilder()
        .add("identifier", id)
        .add("uri", uris.of("CFItemTypes", id))
        .add("title", title)
        .add("description", title)
        .add("typeCode", title)
        .add("hierarchyCode", hierarchy)
        .add("lastChangeDateTime", changed)
        .build();
  }

  private static JsonObject link(String title, String identifier, String uri) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("identifier", identifier)
        .add("uri", uri)
        .build();
  }

  private static void addIfPresent(JsonObjectBuilder builder, String key, String value) {
    if (value != null) {
      builder.add(key, value);
    }
  }

  private static String adoptionStatus(FrameworkStatus status) {
    return switch (status) {
      case DRAFT -> "Draft";
      case PUBLISHED -> "Adopted";
      case RETIRED -> "Deprecated";
    };
  }

  /** Identifiers and URIs for what Trellis does not store, stable for one framework. */
  private record Uris(String frameworkId, String documentUri) {

    private static final String DOCUMENTS = "CFDocuments/";

    /** A name-based UUID, so the same framework and name always give the same identifier. */
    String derive(String name) {
      return UUID.nameUUIDFromBytes((frameworkId + "/" + name).getBytes(StandardCharsets.UTF_8))
          .toString();
    }

    /**
     * A URI beside the CFDocument's: {@code .../CFDocuments/<id>} gives {@code .../<kind>/<id>}.
     */
    String of(String kind, String id) {
      int at = documentUri.lastIndexOf(DOCUMENTS);
      String base = at >= 0 ? documentUri.substring(0, at) : documentUri + "/";
      return base + kind + "/" + id;
    }
  }
}
