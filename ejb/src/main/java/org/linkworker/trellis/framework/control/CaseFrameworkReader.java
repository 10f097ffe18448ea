package org.linkworker.trellis.framework.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.linkworker.trellis.framework.control.CasePackage.Association;
import org.linkworker.trellis.framework.control.CasePackage.Criterion;
import org.linkworker.trellis.framework.control.CasePackage.CriterionLevel;
import org.linkworker.trellis.framework.control.CasePackage.Document;
import org.linkworker.trellis.framework.control.CasePackage.Item;
import org.linkworker.trellis.framework.control.CasePackage.Rubric;
import org.linkworker.trellis.framework.control.CodeOfPracticeDefinition.BehaviourDefinition;
import org.linkworker.trellis.framework.control.CodeOfPracticeDefinition.StandardDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.CompetencyDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DescriptorDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DomainDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.LevelDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.RubricDefinition;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.framework.entity.Lengths;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;

/**
 * Reads a framework and its code of practice from CASE 1.1 packages, giving the items their Trellis
 * meaning and checking everything Trellis relies on before anything is stored.
 *
 * <p>A framework package holds {@value #DOMAIN} items (children of the CFDocument) and {@value
 * #COMPETENCY} items (children of a domain), with one CFRubric whose criteria score each
 * competency: every criterion level is a level descriptor, its {@code score} the level number and
 * its {@code quality} the level's name. A code of practice package holds {@value #STANDARD} items
 * (children of its CFDocument) and {@value #BEHAVIOUR} items (children of a standard), and links
 * each standard to competencies with {@code isRelatedTo}.
 *
 * <p>Positions come from the {@code isChildOf} association's {@code sequenceNumber}, else the
 * item's {@code listEnumeration}, else the file order. Identifiers must be UUIDs; codes ({@code
 * humanCodingScheme}) must be unique. Any problem is a {@link DataFileException} naming the file
 * and the item.
 */
public class CaseFrameworkReader {

  public static final String DOMAIN = "Domain";
  public static final String COMPETENCY = "Competency";
  public static final String STANDARD = "Standard";
  public static final String BEHAVIOUR = "Behaviour";

  private final CasePackageReader packages = new CasePackageReader();
  private final FrameworkProfileReader profiles = new FrameworkProfileReader();

  /**
   * Reads the three files of one framework and checks them against each other.
   *
   * @param codeOfPractice may be null when the framework has no code of practice
   */
  public FrameworkBundle read(DataFile casePackage, DataFile codeOfPractice, DataFile profile) {
    FrameworkDefinition framework = readFramework(casePackage);
    CodeOfPracticeDefinition code =
        codeOfPractice == null ? null : readCodeOfPractice(codeOfPractice, framework);
    return new FrameworkBundle(framework, code, profiles.read(profile, framework, code));
  }

  /** Reads a framework package. */
  public FrameworkDefinition readFramework(DataFile file) {
    CasePackage pkg = packages.read(file);
    CaseChecks check = new CaseChecks(file.name());
    DocumentDefinition document = document(pkg, check, true);
    Map<String, List<Item>> byType = classify(pkg, check, List.of(DOMAIN, COMPETENCY));
    Map<String, Placement> placements = placements(pkg, check);

    Map<String, Item> domainsById = new LinkedHashMap<>();
    byType.get(DOMAIN).forEach(domain -> domainsById.put(domain.identifier(), domain));
    for (Item domain : domainsById.values()) {
      requireParent(check, placements, domain, document.id(), "the CFDocument");
    }
    Map<String, List<Item>> competenciesByDomain = new HashMap<>();
    for (Item competency : byType.get(COMPETENCY)) {
      Placement placement = placements.get(competency.identifier());
      if (placement == null || !domainsById.containsKey(placement.parentId())) {
        throw check.fail(
            competency.label(), "a Competency must be the child (isChildOf) of a Domain item");
      }
      competenciesByDomain
          .computeIfAbsent(placement.parentId(), id -> new ArrayList<>())
          .add(competency);
    }
    if (domainsById.isEmpty() || byType.get(COMPETENCY).isEmpty()) {
      throw check.fail(
          pkg.document().label(), "holds no Domain or no Competency items: it is not a framework");
    }
    uniqueCodes(check, byType.get(DOMAIN));
    uniqueCodes(check, byType.get(COMPETENCY));

    ScoredRubric scored = scoreRubric(pkg, check, byType.get(COMPETENCY));
    List<DomainDefinition> domains = new ArrayList<>();
    for (Item domain : ordered(domainsById.values(), placements, pkg)) {
      List<CompetencyDefinition> competencies = new ArrayList<>();
      for (Item competency :
          ordered(
              competenciesByDomain.getOrDefault(domain.identifier(), List.of()), placements, pkg)) {
        Criterion criterion = scored.criteria().get(competency.identifier());
        competencies.add(
            new CompetencyDefinition(
                competency.identifier(),
                competency.uri(),
                competency.humanCodingScheme(),
                check.fits(
                    competency.label(), "fullStatement", competency.fullStatement(), Lengths.TEXT),
                criterion.identifier(),
                check.fits(criterion.label(), "uri", criterion.uri(), Lengths.URI),
                scored.descriptors().get(competency.identifier())));
      }
      domains.add(
          new DomainDefinition(
              domain.identifier(),
              domain.uri(),
              domain.humanCodingScheme(),
              check.fits(domain.label(), "fullStatement", domain.fullStatement(), Lengths.TITLE),
              competencies));
    }
    return new FrameworkDefinition(document, scored.rubric(), scored.levels(), domains);
  }

  /**
   * Reads a code of practice package; its standards must name competencies of {@code framework}.
   */
  public CodeOfPracticeDefinition readCodeOfPractice(DataFile file, FrameworkDefinition framework) {
    CasePackage pkg = packages.read(file);
    CaseChecks check = new CaseChecks(file.name());
    DocumentDefinition document = document(pkg, check, false);
    Map<String, List<Item>> byType = classify(pkg, check, List.of(STANDARD, BEHAVIOUR));
    Map<String, Placement> placements = placements(pkg, check);

    Map<String, Item> standardsById = new LinkedHashMap<>();
    byType.get(STANDARD).forEach(standard -> standardsById.put(standard.identifier(), standard));
    standardsById
        .values()
        .forEach(
            standard ->
                requireParent(check, placements, standard, document.id(), "the CFDocument"));
    Map<String, List<Item>> behavioursByStandard = new HashMap<>();
    for (Item behaviour : byType.get(BEHAVIOUR)) {
      Placement placement = placements.get(behaviour.identifier());
      if (placement == null || !standardsById.containsKey(placement.parentId())) {
        throw check.fail(
            behaviour.label(), "a Behaviour must be the child (isChildOf) of a Standard item");
      }
      behavioursByStandard
          .computeIfAbsent(placement.parentId(), id -> new ArrayList<>())
          .add(behaviour);
    }
    List<Item> codedItems = new ArrayList<>(byType.get(STANDARD));
    codedItems.addAll(byType.get(BEHAVIOUR));
    uniqueCodes(check, codedItems);

    Map<String, List<String>> competenciesByStandard =
        relatedCompetencies(pkg, check, document, standardsById, framework);

    List<StandardDefinition> standards = new ArrayList<>();
    for (Item standard : ordered(standardsById.values(), placements, pkg)) {
      List<BehaviourDefinition> behaviours = new ArrayList<>();
      for (Item behaviour :
          ordered(
              behavioursByStandard.getOrDefault(standard.identifier(), List.of()),
              placements,
              pkg)) {
        behaviours.add(
            new BehaviourDefinition(
                behaviour.identifier(),
                behaviour.uri(),
                behaviour.humanCodingScheme(),
                check.fits(
                    behaviour.label(), "fullStatement", behaviour.fullStatement(), Lengths.TEXT)));
      }
      standards.add(
          new StandardDefinition(
              standard.identifier(),
              standard.uri(),
              standard.humanCodingScheme(),
              check.fits(
                  standard.label(), "fullStatement", standard.fullStatement(), Lengths.TITLE),
              check.fits(standard.label(), "notes", standard.notes(), Lengths.TEXT),
              behaviours,
              competenciesByStandard.getOrDefault(standard.identifier(), List.of())));
    }
    return new CodeOfPracticeDefinition(document, standards);
  }

  private static DocumentDefinition document(CasePackage pkg, CaseChecks check, boolean versioned) {
    Document document = pkg.document();
    String label = document.label();
    check.uuid(label, "identifier", document.identifier());
    if (versioned && document.version() == null) {
      throw check.fail(label, "version is missing: Trellis tells framework versions apart by it");
    }
    return new DocumentDefinition(
        document.identifier(),
        check.fits(label, "uri", document.uri(), Lengths.URI),
        check.fits(label, "title", document.title(), Lengths.TITLE),
        check.fits(label, "description", document.description(), Lengths.TEXT),
        check.fits(label, "version", document.version(), Lengths.VERSION),
        status(document, check),
        check.fits(label, "creator", document.creator(), Lengths.TITLE),
        check.fits(label, "publisher", document.publisher(), Lengths.TITLE),
        check.fits(label, "language", document.language(), Lengths.LANGUAGE),
        check.fits(label, "frameworkType", document.frameworkType(), Lengths.TITLE),
        document.lastChange());
  }

  private static FrameworkStatus status(Document document, CaseChecks check) {
    String status = document.adoptionStatus();
    if (status == null) {
      return FrameworkStatus.DRAFT;
    }
    return switch (status.trim().toLowerCase(Locale.ROOT)) {
      case "draft", "private draft" -> FrameworkStatus.DRAFT;
      case "adopted" -> FrameworkStatus.PUBLISHED;
      case "deprecated", "retired" -> FrameworkStatus.RETIRED;
      default ->
          throw check.fail(
              document.label(),
              "adoptionStatus \"" + status + "\" is not one of Draft, Adopted, Deprecated");
    };
  }

  /**
   * Sorts the items by kind, checking identifiers, codes and URIs on the way. Every item must be
   * one of the expected kinds: an item Trellis would silently drop is a mistake in the file.
   */
  private static Map<String, List<Item>> classify(
      CasePackage pkg, CaseChecks check, List<String> kinds) {
    Map<String, List<Item>> byType = new LinkedHashMap<>();
    kinds.forEach(kind -> byType.put(kind, new ArrayList<>()));
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
      byType.get(kind).add(item);
    }
    return byType;
  }

  /** Where an item sits: its parent and its place among its siblings. */
  private record Placement(String parentId, Integer sequence, Association association) {}

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

  private static void requireParent(
      CaseChecks check,
      Map<String, Placement> placements,
      Item item,
      String parentId,
      String parentName) {
    Placement placement = placements.get(item.identifier());
    if (placement == null || !placement.parentId().equals(parentId)) {
      throw check.fail(
          item.label(),
          "a "
              + item.itemType()
              + " must be the child (isChildOf) of "
              + parentName
              + " "
              + parentId);
    }
  }

  /** Siblings in order: sequenceNumber, else listEnumeration, else file order. */
  private static List<Item> ordered(
      Iterable<Item> siblings, Map<String, Placement> placements, CasePackage pkg) {
    Map<String, Integer> fileOrder = new HashMap<>();
    for (int index = 0; index < pkg.items().size(); index++) {
      fileOrder.put(pkg.items().get(index).identifier(), index);
    }
    List<Item> result = new ArrayList<>();
    siblings.forEach(result::add);
    result.sort(
        Comparator.comparing(
                (Item item) -> place(item, placements),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(item -> fileOrder.get(item.identifier())));
    return result;
  }

  private static Integer place(Item item, Map<String, Placement> placements) {
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

  private static void uniqueCodes(CaseChecks check, List<Item> items) {
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

  /**
   * The rubric read as levels and descriptors: one criterion per competency, one level per score.
   */
  private record ScoredRubric(
      RubricDefinition rubric,
      List<LevelDefinition> levels,
      Map<String, Criterion> criteria,
      Map<String, List<DescriptorDefinition>> descriptors) {}

  private static ScoredRubric scoreRubric(
      CasePackage pkg, CaseChecks check, List<Item> competencies) {
    if (pkg.rubrics().size() != 1) {
      throw check.fail(
          "CFRubrics",
          "a framework package needs exactly one CFRubric (its criteria hold the level descriptors);"
              + " this one has "
              + pkg.rubrics().size());
    }
    Rubric rubric = pkg.rubrics().get(0);
    check.uuid(rubric.label(), "identifier", rubric.identifier());
    Map<String, Item> competenciesById = new HashMap<>();
    competencies.forEach(c -> competenciesById.put(c.identifier(), c));

    Map<String, Criterion> criteria = new HashMap<>();
    SortedMap<Integer, String> levelNames = new TreeMap<>();
    Map<String, SortedMap<Integer, CriterionLevel>> scores = new HashMap<>();
    Set<String> descriptorIds = new HashSet<>();
    for (Criterion criterion : rubric.criteria()) {
      check.uuid(criterion.label(), "identifier", criterion.identifier());
      if (criterion.item() == null) {
        throw check.fail(criterion.label(), "CFItemURI (the competency it scores) is missing");
      }
      Item competency = competenciesById.get(criterion.item().identifier());
      if (competency == null) {
        throw check.fail(
            criterion.label(),
            "CFItemURI names "
                + criterion.item().identifier()
                + ", which is not a Competency item");
      }
      Criterion earlier = criteria.put(competency.identifier(), criterion);
      if (earlier != null) {
        throw check.fail(
            criterion.label(), competency.label() + " is already scored by " + earlier.label());
      }
      SortedMap<Integer, CriterionLevel> byScore = new TreeMap<>();
      for (CriterionLevel level : criterion.levels()) {
        int score = score(check, level);
        String name = quality(check, level);
        String knownName = levelNames.putIfAbsent(score, name);
        if (knownName != null && !knownName.equals(name)) {
          throw check.fail(
              level.label(),
              "quality \""
                  + name
                  + "\" at score "
                  + score
                  + " differs from \""
                  + knownName
                  + "\" elsewhere in the rubric; a score names one level");
        }
        if (level.description() == null) {
          throw check.fail(level.label(), "description (the level descriptor) is missing");
        }
        check.fits(level.label(), "description", level.description(), Lengths.TEXT);
        check.fits(level.label(), "uri", level.uri(), Lengths.URI);
        if (!descriptorIds.add(level.identifier())) {
          throw check.fail(level.label(), "identifier is used twice");
        }
        if (byScore.put(score, level) != null) {
          throw check.fail(
              level.label(), competency.label() + " has a second descriptor at score " + score);
        }
      }
      scores.put(competency.identifier(), byScore);
    }

    int expected = 1;
    for (int score : levelNames.keySet()) {
      if (score != expected++) {
        throw check.fail(
            rubric.label(),
            "levels are scored " + levelNames.keySet() + "; scores must run from 1 without a gap");
      }
    }
    List<LevelDefinition> levels = new ArrayList<>();
    levelNames.forEach((number, name) -> levels.add(new LevelDefinition(number, name)));

    Map<String, List<DescriptorDefinition>> descriptors = new HashMap<>();
    for (Item competency : competencies) {
      SortedMap<Integer, CriterionLevel> byScore = scores.get(competency.identifier());
      if (byScore == null) {
        throw check.fail(
            competency.label(), "no CFRubricCriterion scores it, so it has no level descriptors");
      }
      List<DescriptorDefinition> list = new ArrayList<>();
      for (LevelDefinition level : levels) {
        CriterionLevel descriptor = byScore.get(level.number());
        if (descriptor == null) {
          throw check.fail(
              competency.label(),
              "no descriptor at level " + level.number() + " (" + level.name() + ")");
        }
        list.add(
            new DescriptorDefinition(
                descriptor.identifier(),
                descriptor.uri(),
                level.number(),
                descriptor.description()));
      }
      descriptors.put(competency.identifier(), list);
    }
    RubricDefinition definition =
        new RubricDefinition(
            rubric.identifier(),
            check.fits(rubric.label(), "uri", rubric.uri(), Lengths.URI),
            check.fits(rubric.label(), "title", rubric.title(), Lengths.TITLE));
    return new ScoredRubric(definition, levels, criteria, descriptors);
  }

  private static int score(CaseChecks check, CriterionLevel level) {
    check.uuid(level.label(), "identifier", level.identifier());
    BigDecimal score = level.score();
    if (score == null) {
      throw check.fail(level.label(), "score (the level number) is missing");
    }
    try {
      int number = score.intValueExact();
      if (number >= 1 && number <= 20) {
        return number;
      }
    } catch (ArithmeticException notWhole) {
      // reported below with the other bad scores
    }
    throw check.fail(
        level.label(), "score " + score.toPlainString() + " is not a level number from 1 to 20");
  }

  private static String quality(CaseChecks check, CriterionLevel level) {
    if (level.quality() == null) {
      throw check.fail(level.label(), "quality (the level's name) is missing");
    }
    return check.fits(level.label(), "quality", level.quality(), Lengths.NAME);
  }

  /**
   * The isRelatedTo links of a code of practice: each standard to the competencies that evidence
   * it, and the code's document to its framework's.
   */
  private static Map<String, List<String>> relatedCompetencies(
      CasePackage pkg,
      CaseChecks check,
      DocumentDefinition document,
      Map<String, Item> standardsById,
      FrameworkDefinition framework) {
    Map<String, List<String>> result = new HashMap<>();
    for (Association association : pkg.associations()) {
      if (!CasePackage.IS_RELATED_TO.equals(association.associationType())) {
        continue;
      }
      String origin = association.origin().identifier();
      String destination = association.destination().identifier();
      if (origin.equals(document.id())) {
        if (!destination.equals(framework.id())) {
          throw check.fail(
              association.label(),
              "relates this code of practice to CFDocument "
                  + destination
                  + ", but the framework it is read with is "
                  + framework.id());
        }
      } else if (standardsById.containsKey(origin)) {
        Item standard = standardsById.get(origin);
        if (framework.findCompetencyById(destination).isEmpty()) {
          throw check.fail(
              association.label(),
              standard.label()
                  + " is related to "
                  + destination
                  + " (\""
                  + association.destination().title()
                  + "\"), which is not a competency of framework "
                  + framework.id());
        }
        List<String> competencies = result.computeIfAbsent(origin, id -> new ArrayList<>());
        if (competencies.contains(destination)) {
          throw check.fail(
              association.label(), standard.label() + " is related to " + destination + " twice");
        }
        competencies.add(destination);
      } else {
        throw check.fail(
            association.label(),
            "isRelatedTo from "
                + origin
                + " is not understood: a code of practice relates its standards to competencies"
                + " and its CFDocument to the framework's");
      }
    }
    return result;
  }
}
