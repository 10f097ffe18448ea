package org.linkworker.trellis.framework.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.linkworker.trellis.framework.control.CasePackage.Association;
import org.linkworker.trellis.framework.control.CasePackage.Criterion;
import org.linkworker.trellis.framework.control.CasePackage.CriterionLevel;
import org.linkworker.trellis.framework.control.CasePackage.Item;
import org.linkworker.trellis.framework.control.CasePackage.Rubric;
import org.linkworker.trellis.framework.control.FrameworkDefinition.CompetencyDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DescriptorDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DomainDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.LevelDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.RubricDefinition;
import org.linkworker.trellis.framework.entity.Framework;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.framework.entity.Lengths;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;

/**
 * Reads a CASE 1.1 package written anywhere, for the steward's import: lenient where real files
 * are, strict where Trellis must be.
 *
 * <p>Lenient: identifiers of any form (they are kept beside keys of Trellis's choosing), items
 * without a code (one is made from the item's place), missing optional fields, unknown fields,
 * items with two parents (the first {@code isChildOf} places them), items with no parent (children
 * of the document), associations to other documents (only {@code isChildOf} places items), and
 * ordering by {@code sequenceNumber}, {@code listEnumeration} or neither (file order).
 *
 * <p>Strict: a duplicate identifier, an {@code isChildOf} that names a node the package does not
 * hold, an {@code isChildOf} cycle, text too long to keep, and a package with nothing to import are
 * refused with a {@link DataFileException} naming the item.
 *
 * <p>Which items are domains and which competencies: the item types the steward names, else the
 * package's own {@code Domain} and {@code Competency} types, else the tree's depth (the document's
 * children are domains, the leaves below them competencies). The levels: a scale the steward gives,
 * else the package's CFRubric that scores the most competencies (its scores in order, named by
 * quality), else the default scale of four.
 */
public class CaseImportReader {

  /** The scale of PRODUCT.md, used when the package has no rubric and the steward names none. */
  public static final List<String> DEFAULT_SCALE =
      List.of("Foundation", "Practitioner", "Experienced", "Leading");

  public static final int HIGHEST_LEVEL = 20;

  private static final int CODE_FROM_TITLE = 12;

  /**
   * What the steward chose; a null (or empty) choice leaves it to the package.
   *
   * @param code the framework's code
   * @param version its version, else the CFDocument's, else 1
   * @param domainType the CFItemType whose items are domains (with {@code competencyType})
   * @param competencyType the CFItemType whose items are competencies (with {@code domainType})
   * @param scale the level names, lowest first, instead of the package's rubric
   */
  public record ImportChoices(
      String code, String version, String domainType, String competencyType, List<String> scale) {

    public ImportChoices {
      scale = scale == null ? List.of() : List.copyOf(scale);
    }

    public static ImportChoices none() {
      return new ImportChoices(null, null, null, null, List.of());
    }
  }

  /** How items were sorted into domains and competencies. */
  public enum Classification {
    /** By the item types the steward named. */
    CHOSEN_TYPES,
    /** By the package's own Domain and Competency item types. */
    PACKAGE_TYPES,
    /** By depth: the document's children are domains, the leaves below them competencies. */
    DEPTH
  }

  /** Where the levels came from. */
  public enum LevelSource {
    RUBRIC,
    CHOSEN_SCALE,
    DEFAULT_SCALE
  }

  /**
   * What became of the items of one CFItemType ({@code null} for items without one).
   *
   * @param notImported items that are neither a domain nor a competency (groupings, other types)
   */
  public record ItemTypeOutcome(
      String itemType, int items, int domains, int competencies, int notImported) {}

  /**
   * The import preview: what the package would become.
   *
   * @param itemTypes what became of each CFItemType, in the order first met
   * @param notes what the reader did where the package was not as Trellis would write it
   */
  public record ImportPreview(
      String code,
      String version,
      String title,
      Classification classification,
      LevelSource levelSource,
      List<LevelDefinition> levels,
      int domains,
      int competencies,
      int descriptors,
      List<ItemTypeOutcome> itemTypes,
      List<String> notes,
      boolean codeChosen,
      int continuations) {

    public ImportPreview {
      levels = List.copyOf(levels);
      itemTypes = List.copyOf(itemTypes);
      notes = List.copyOf(notes);
    }

    /** The same preview under another code (the importer makes a derived code unique). */
    public ImportPreview withCode(String otherCode) {
      return new ImportPreview(
          otherCode,
          version,
          title,
          classification,
          levelSource,
          levels,
          domains,
          competencies,
          descriptors,
          itemTypes,
          notes,
          codeChosen,
          continuations);
    }
  }

  /**
   * A competency of the package that continues an item outside it, as CASE says across versions:
   * the package's item {@code exactMatchOf} the other, or the other {@code replacedBy} it.
   *
   * @param competencyId the CASE identifier of the package's competency
   * @param continuesId the CASE identifier of the item it continues
   * @param continuesUri that item's uri as the association gives it
   * @param continuesTitle the link's title (often the other item's code)
   */
  public record Continuation(
      String competencyId, String continuesId, String continuesUri, String continuesTitle) {}

  /**
   * The package read: the framework to store (as a draft, with no stages), the continuations its
   * competencies declare of items outside the package (an earlier version's), and the preview.
   */
  public record ReadPackage(
      FrameworkBundle bundle, List<Continuation> continuations, ImportPreview preview) {

    public ReadPackage {
      continuations = List.copyOf(continuations);
    }
  }

  public static final String EXACT_MATCH_OF = "exactMatchOf";
  public static final String REPLACED_BY = "replacedBy";

  private final CasePackageReader packages = new CasePackageReader();

  /**
   * Reads and checks a package.
   *
   * @throws DataFileException naming the item of the first problem that Trellis cannot import
   */
  public ReadPackage read(DataFile file, ImportChoices choices) {
    CasePackage pkg = packages.read(file);
    return new Reading(pkg, new CaseChecks(file.name()), choices).read();
  }

  /** One reading of one package. */
  private static final class Reading {

    private final CasePackage pkg;
    private final CaseChecks check;
    private final ImportChoices choices;
    private final String documentId;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, Integer> sequenceOf = new HashMap<>();
    private final Map<String, List<Item>> childrenOf = new HashMap<>();
    private final Map<String, Integer> fileOrder = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    Reading(CasePackage pkg, CaseChecks check, ImportChoices choices) {
      this.pkg = pkg;
      this.check = check;
      this.choices = choices;
      this.documentId = pkg.document().identifier();
      for (Item item : pkg.items()) {
        items.put(item.identifier(), item);
        fileOrder.put(item.identifier(), fileOrder.size());
      }
    }

    ReadPackage read() {
      DocumentDefinition document = document();
      if (items.isEmpty()) {
        throw check.fail(pkg.document().label(), "holds no CFItems: there is nothing to import");
      }
      placeItems();
      Map<Item, List<Item>> tree = classify();
      Levels levels = levels(tree);
      List<DomainDefinition> domains = domains(tree, levels);
      String code = code(document.title());
      FrameworkDefinition framework =
          new FrameworkDefinition(document, levels.rubric(), levels.levels(), domains);
      FrameworkProfile profile =
          new FrameworkProfile(
              document.id(),
              code,
              false,
              Framework.DEFAULT_CURRENCY_YEARS,
              Framework.DEFAULT_EVIDENCE_THRESHOLD,
              null,
              List.of());
      int competencies = (int) framework.competencies().count();
      int descriptors = (int) framework.competencies().mapToLong(c -> c.descriptors().size()).sum();
      List<Continuation> continuations = continuations(framework);
      ImportPreview preview =
          new ImportPreview(
              code,
              document.version(),
              document.title(),
              classification,
              levels.source(),
              levels.levels(),
              domains.size(),
              competencies,
              descriptors,
              outcomes(tree),
              notes,
              !blank(choices.code()),
              continuations.size());
      return new ReadPackage(new FrameworkBundle(framework, null, profile), continuations, preview);
    }

    // ---- continuations across versions

    private List<Continuation> continuations(FrameworkDefinition framework) {
      Set<String> competencies = new HashSet<>();
      framework.competencies().forEach(c -> competencies.add(c.id()));
      List<Continuation> found = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Association association : pkg.associations()) {
        String type = association.associationType();
        CasePackage.Link inside;
        CasePackage.Link outside;
        if (EXACT_MATCH_OF.equalsIgnoreCase(type)) {
          inside = association.origin();
          outside = association.destination();
        } else if (REPLACED_BY.equalsIgnoreCase(type)) {
          inside = association.destination();
          outside = association.origin();
        } else {
          continue;
        }
        if (competencies.contains(inside.identifier())
            && !items.containsKey(outside.identifier())
            && !outside.identifier().equals(documentId)
            && outside.identifier().length() <= Lengths.CASE_IDENTIFIER
            && seen.add(inside.identifier() + "\n" + outside.identifier())) {
          found.add(
              new Continuation(
                  inside.identifier(),
                  outside.identifier(),
                  outside.uri().length() <= Lengths.URI ? outside.uri() : null,
                  outside.title()));
        }
      }
      return found;
    }

    // ---- the document

    private DocumentDefinition document() {
      CasePackage.Document document = pkg.document();
      String label = document.label();
      check.fits(label, "identifier", document.identifier(), Lengths.CASE_IDENTIFIER);
      String version =
          !blank(choices.version())
              ? choices.version().trim()
              : document.version() != null ? document.version().trim() : "1";
      if (version.length() > Lengths.VERSION) {
        throw check.fail(
            label,
            "version \""
                + version
                + "\" is longer than "
                + Lengths.VERSION
                + " characters; choose a shorter version for the import");
      }
      return new DocumentDefinition(
          document.identifier(),
          check.fits(label, "uri", document.uri(), Lengths.URI),
          check.fits(label, "title", document.title(), Lengths.TITLE),
          check.fits(label, "description", document.description(), Lengths.TEXT),
          version,
          FrameworkStatus.DRAFT,
          check.fits(label, "creator", document.creator(), Lengths.TITLE),
          check.fits(label, "publisher", document.publisher(), Lengths.TITLE),
          document.language() != null && document.language().length() <= Lengths.LANGUAGE
              ? document.language()
              : null,
          check.fits(label, "frameworkType", document.frameworkType(), Lengths.TITLE),
          document.lastChange());
    }

    // ---- the isChildOf tree

    private void placeItems() {
      int secondParents = 0;
      for (Association association : pkg.associations()) {
        if (!CasePackage.IS_CHILD_OF.equalsIgnoreCase(association.associationType())) {
          continue;
        }
        String child = association.origin().identifier();
        String parent = association.destination().identifier();
        if (!items.containsKey(child)) {
          throw check.fail(
              association.label(),
              "isChildOf names the child "
                  + child
                  + ", which is not an item of this package (a dangling reference)");
        }
        if (!items.containsKey(parent) && !parent.equals(documentId)) {
          throw check.fail(
              association.label(),
              "isChildOf names the parent "
                  + parent
                  + ", which is neither the CFDocument nor an item of this package (a dangling"
                  + " reference)");
        }
        String earlier = parentOf.putIfAbsent(child, parent);
        if (earlier == null) {
          if (association.sequenceNumber() != null) {
            sequenceOf.put(child, association.sequenceNumber());
          }
        } else if (!earlier.equals(parent)) {
          secondParents++;
        }
      }
      if (secondParents > 0) {
        notes.add(
            secondParents
                + " item(s) have a second parent; each is placed under its first isChildOf only");
      }
      int orphans = 0;
      for (Item item : items.values()) {
        if (!parentOf.containsKey(item.identifier())) {
          parentOf.put(item.identifier(), documentId);
          orphans++;
        }
      }
      if (orphans > 0 && orphans < items.size()) {
        notes.add(orphans + " item(s) have no isChildOf; they are placed under the document");
      }
      requireNoCycle();
      for (Item item : items.values()) {
        childrenOf
            .computeIfAbsent(parentOf.get(item.identifier()), id -> new ArrayList<>())
            .add(item);
      }
      childrenOf.values().forEach(siblings -> siblings.sort(siblingOrder()));
    }

    private void requireNoCycle() {
      Set<String> reachDocument = new HashSet<>();
      for (Item start : items.values()) {
        List<String> path = new ArrayList<>();
        Set<String> onPath = new HashSet<>();
        String node = start.identifier();
        while (!node.equals(documentId) && !reachDocument.contains(node)) {
          if (!onPath.add(node)) {
            List<String> circle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            circle.add(node);
            throw check.fail(
                items.get(node).label(),
                "the isChildOf associations go round in a circle ("
                    + String.join(" → ", circle)
                    + "), so the item has no place in the tree");
          }
          path.add(node);
          node = parentOf.get(node);
        }
        reachDocument.addAll(path);
      }
    }

    private Comparator<Item> siblingOrder() {
      return Comparator.comparing(
              (Item item) -> place(item), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(item -> fileOrder.get(item.identifier()));
    }

    private Integer place(Item item) {
      Integer sequence = sequenceOf.get(item.identifier());
      if (sequence != null) {
        return sequence;
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

    private List<Item> children(String id) {
      return childrenOf.getOrDefault(id, List.of());
    }

    // ---- domains and competencies

    private Classification classification;

    /** The domains in order, each with its competencies in order (tree order). */
    private Map<Item, List<Item>> classify() {
      String domainType = trimmed(choices.domainType());
      String competencyType = trimmed(choices.competencyType());
      if (domainType != null || competencyType != null) {
        if (domainType == null || competencyType == null) {
          throw check.fail(
              "import choices",
              "name both item types (the domain type and the competency type), or neither");
        }
        requireTypePresent(domainType, "domain");
        requireTypePresent(competencyType, "competency");
        if (domainType.equalsIgnoreCase(competencyType)) {
          throw check.fail("import choices", "the domain type and the competency type must differ");
        }
        classification = Classification.CHOSEN_TYPES;
        return byTypes(domainType, competencyType);
      }
      if (hasType("Domain") && hasType("Competency")) {
        classification = Classification.PACKAGE_TYPES;
        return byTypes("Domain", "Competency");
      }
      classification = Classification.DEPTH;
      return byDepth();
    }

    private Map<Item, List<Item>> byTypes(String domainType, String competencyType) {
      Map<Item, List<Item>> tree = new LinkedHashMap<>();
      List<Item> withoutDomain = new ArrayList<>();
      walk(
          documentId,
          null,
          (item, domain) -> {
            if (isOfType(item, domainType)) {
              tree.computeIfAbsent(item, d -> new ArrayList<>());
              return item;
            }
            if (isOfType(item, competencyType)) {
              if (domain == null) {
                withoutDomain.add(item);
              } else {
                tree.get(domain).add(item);
              }
            }
            return domain;
          });
      int empty = 0;
      for (var entries = tree.entrySet().iterator(); entries.hasNext(); ) {
        if (entries.next().getValue().isEmpty()) {
          entries.remove();
          empty++;
        }
      }
      if (empty > 0) {
        notes.add(empty + " " + domainType + " item(s) hold no competency and are left out");
      }
      return withGeneralDomain(tree, withoutDomain);
    }

    private Map<Item, List<Item>> byDepth() {
      Map<Item, List<Item>> tree = new LinkedHashMap<>();
      List<Item> withoutDomain = new ArrayList<>();
      for (Item top : children(documentId)) {
        if (children(top.identifier()).isEmpty()) {
          withoutDomain.add(top);
          continue;
        }
        List<Item> leaves = new ArrayList<>();
        walk(
            top.identifier(),
            top,
            (item, domain) -> {
              if (children(item.identifier()).isEmpty()) {
                leaves.add(item);
              }
              return domain;
            });
        tree.put(top, leaves);
      }
      return withGeneralDomain(tree, withoutDomain);
    }

    /** A stand-in for the domain the package does not give some competencies. */
    private static final Item GENERAL = new Item("", "", "", null, null, null, null, null, null);

    private Map<Item, List<Item>> withGeneralDomain(
        Map<Item, List<Item>> tree, List<Item> withoutDomain) {
      if (!withoutDomain.isEmpty()) {
        tree.put(GENERAL, withoutDomain);
        notes.add(
            withoutDomain.size()
                + " competency item(s) have no domain above them; they are placed in a domain"
                + " named after the framework");
      }
      if (tree.isEmpty()) {
        throw check.fail(
            pkg.document().label(),
            "none of its items became a competency; choose the item types that hold the"
                + " competencies");
      }
      return tree;
    }

    /** Visits the subtree below {@code parentId} depth first, in order, carrying a value down. */
    private void walk(String parentId, Item carried, Visit visit) {
      for (Item child : children(parentId)) {
        walk(child.identifier(), visit.visit(child, carried), visit);
      }
    }

    @FunctionalInterface
    private interface Visit {
      Item visit(Item item, Item carried);
    }

    private boolean hasType(String type) {
      return items.values().stream().anyMatch(item -> isOfType(item, type));
    }

    private static boolean isOfType(Item item, String type) {
      return item.itemType() != null && item.itemType().trim().equalsIgnoreCase(type);
    }

    private void requireTypePresent(String type, String role) {
      if (!hasType(type)) {
        throw check.fail(
            "import choices",
            "the package has no items of type \""
                + type
                + "\" to import as "
                + role
                + "s; its item types are "
                + itemTypeNames());
      }
    }

    private String itemTypeNames() {
      Set<String> names = new java.util.LinkedHashSet<>();
      items.values().forEach(item -> names.add(typeName(item)));
      return String.join(", ", names);
    }

    private static String typeName(Item item) {
      return item.itemType() == null ? "(none)" : item.itemType().trim();
    }

    private List<ItemTypeOutcome> outcomes(Map<Item, List<Item>> tree) {
      Set<String> domainIds = new HashSet<>();
      Set<String> competencyIds = new HashSet<>();
      tree.forEach(
          (domain, competencies) -> {
            domainIds.add(domain.identifier());
            competencies.forEach(c -> competencyIds.add(c.identifier()));
          });
      Map<String, int[]> counts = new LinkedHashMap<>();
      for (Item item : items.values()) {
        int[] count = counts.computeIfAbsent(typeName(item), t -> new int[4]);
        count[0]++;
        if (domainIds.contains(item.identifier())) {
          count[1]++;
        } else if (competencyIds.contains(item.identifier())) {
          count[2]++;
        } else {
          count[3]++;
        }
      }
      List<ItemTypeOutcome> outcomes = new ArrayList<>();
      counts.forEach(
          (type, count) ->
              outcomes.add(
                  new ItemTypeOutcome(
                      "(none)".equals(type) ? null : type,
                      count[0],
                      count[1],
                      count[2],
                      count[3])));
      return outcomes;
    }

    private List<DomainDefinition> domains(Map<Item, List<Item>> tree, Levels levels) {
      Codes domainCodes = new Codes();
      Codes competencyCodes = new Codes();
      List<DomainDefinition> domains = new ArrayList<>();
      int domainIndex = 0;
      for (Map.Entry<Item, List<Item>> entry : tree.entrySet()) {
        domainIndex++;
        Item domain = entry.getKey();
        boolean general = domain == GENERAL;
        String domainCode =
            domainCodes.take(general ? "GEN" : domain.humanCodingScheme(), "D" + domainIndex);
        String domainId = general ? derived("domain/general") : domain.identifier();
        List<CompetencyDefinition> competencies = new ArrayList<>();
        int position = 0;
        for (Item competency : entry.getValue()) {
          position++;
          check.fits(competency.label(), "uri", competency.uri(), Lengths.URI);
          check.fits(
              competency.label(), "identifier", competency.identifier(), Lengths.CASE_IDENTIFIER);
          Criterion criterion = levels.criteria().get(competency.identifier());
          competencies.add(
              new CompetencyDefinition(
                  competency.identifier(),
                  competency.uri(),
                  competencyCodes.take(competency.humanCodingScheme(), domainCode + "." + position),
                  check.fits(
                      competency.label(),
                      "fullStatement",
                      competency.fullStatement(),
                      Lengths.TEXT),
                  criterion == null ? null : criterion.identifier(),
                  criterion == null
                      ? null
                      : check.fits(criterion.label(), "uri", criterion.uri(), Lengths.URI),
                  levels.descriptors().getOrDefault(competency.identifier(), List.of())));
        }
        domains.add(
            new DomainDefinition(
                domainId,
                general
                    ? pkg.document().uri()
                    : check.fits(domain.label(), "uri", domain.uri(), Lengths.URI),
                domainCode,
                general ? title(pkg.document().title()) : title(domain),
                competencies));
      }
      domainCodes.report("domain");
      competencyCodes.report("competency");
      return domains;
    }

    private String title(Item domain) {
      check.fits(domain.label(), "identifier", domain.identifier(), Lengths.CASE_IDENTIFIER);
      return title(domain.fullStatement());
    }

    private String title(String text) {
      if (text.length() <= Lengths.TITLE) {
        return text;
      }
      notes.add("a domain title longer than " + Lengths.TITLE + " characters is shortened");
      return text.substring(0, Lengths.TITLE - 1).strip() + "…";
    }

    private String derived(String name) {
      return UUID.nameUUIDFromBytes((documentId + "/" + name).getBytes(StandardCharsets.UTF_8))
          .toString();
    }

    /** Codes unique within their kind; an item's own code when it can be kept. */
    private final class Codes {
      private final Set<String> taken = new HashSet<>();
      private int made;

      String take(String own, String fallback) {
        String code = own == null ? null : own.strip();
        if (code == null
            || code.isEmpty()
            || code.length() > Lengths.CODE
            || taken.contains(code)) {
          made++;
          code = fallback;
          for (int n = 2; taken.contains(code); n++) {
            code = fallback + "-" + n;
          }
        }
        taken.add(code);
        return code;
      }

      void report(String kind) {
        if (made > 0) {
          notes.add(
              made
                  + " "
                  + kind
                  + " code(s) were missing, repeated or too long; Trellis made them from the"
                  + " item's place");
        }
      }
    }

    // ---- levels

    private record Levels(
        LevelSource source,
        RubricDefinition rubric,
        List<LevelDefinition> levels,
        Map<String, Criterion> criteria,
        Map<String, List<DescriptorDefinition>> descriptors) {}

    private Levels levels(Map<Item, List<Item>> tree) {
      if (!choices.scale().isEmpty()) {
        return scale(LevelSource.CHOSEN_SCALE, choices.scale());
      }
      Set<String> competencyIds = new HashSet<>();
      tree.values().forEach(list -> list.forEach(c -> competencyIds.add(c.identifier())));
      Rubric best = null;
      long bestCount = 0;
      for (Rubric rubric : pkg.rubrics()) {
        long count =
            rubric.criteria().stream()
                .filter(c -> c.item() != null && competencyIds.contains(c.item().identifier()))
                .count();
        if (count > bestCount) {
          best = rubric;
          bestCount = count;
        }
      }
      if (best == null) {
        if (!pkg.rubrics().isEmpty()) {
          notes.add("no CFRubric scores a competency; the default scale of four levels is used");
        }
        return scale(LevelSource.DEFAULT_SCALE, DEFAULT_SCALE);
      }
      if (pkg.rubrics().size() > 1) {
        notes.add(
            "of "
                + pkg.rubrics().size()
                + " CFRubrics, \""
                + (best.title() == null ? best.identifier() : best.title())
                + "\" scores the most competencies and gives the levels");
      }
      return rubricLevels(best, competencyIds);
    }

    private Levels scale(LevelSource source, List<String> names) {
      List<LevelDefinition> levels = new ArrayList<>();
      for (String name : names) {
        levels.add(new LevelDefinition(levels.size() + 1, name.strip()));
      }
      return new Levels(source, new RubricDefinition(null, null, null), levels, Map.of(), Map.of());
    }

    private Levels rubricLevels(Rubric rubric, Set<String> competencyIds) {
      check.fits(rubric.label(), "identifier", rubric.identifier(), Lengths.CASE_IDENTIFIER);
      // Each criterion level's place on the scale: its score, else its position, else its order.
      TreeMap<BigDecimal, String> names = new TreeMap<>();
      Map<String, Criterion> criteria = new LinkedHashMap<>();
      for (Criterion criterion : rubric.criteria()) {
        if (criterion.item() == null || !competencyIds.contains(criterion.item().identifier())) {
          continue;
        }
        check.fits(
            criterion.label(), "identifier", criterion.identifier(), Lengths.CASE_IDENTIFIER);
        criteria.putIfAbsent(criterion.item().identifier(), criterion);
        for (int index = 0; index < criterion.levels().size(); index++) {
          CriterionLevel level = criterion.levels().get(index);
          String quality = level.quality() == null ? null : level.quality().strip();
          names.merge(
              rankOf(level, index), quality == null ? "" : quality, (a, b) -> a.isEmpty() ? b : a);
        }
      }
      if (names.size() > HIGHEST_LEVEL) {
        throw check.fail(
            rubric.label(),
            "scores "
                + names.size()
                + " different levels; Trellis keeps at most "
                + HIGHEST_LEVEL
                + " (choose a scale for the import instead)");
      }
      Map<BigDecimal, Integer> numbers = new HashMap<>();
      List<LevelDefinition> levels = new ArrayList<>();
      names.forEach(
          (rank, name) -> {
            int number = levels.size() + 1;
            numbers.put(rank, number);
            String levelName = name.isEmpty() ? "Level " + number : name;
            levels.add(
                new LevelDefinition(
                    number, check.fits(rubric.label(), "quality", levelName, Lengths.NAME)));
          });
      Map<String, List<DescriptorDefinition>> descriptors = new HashMap<>();
      int skipped = 0;
      for (Map.Entry<String, Criterion> entry : criteria.entrySet()) {
        Criterion criterion = entry.getValue();
        Map<Integer, DescriptorDefinition> byNumber = new TreeMap<>();
        for (int index = 0; index < criterion.levels().size(); index++) {
          CriterionLevel level = criterion.levels().get(index);
          if (level.description() == null || level.description().isBlank()) {
            skipped++;
            continue;
          }
          int number = numbers.get(rankOf(level, index));
          check.fits(level.label(), "identifier", level.identifier(), Lengths.CASE_IDENTIFIER);
          DescriptorDefinition descriptor =
              new DescriptorDefinition(
                  level.identifier(),
                  check.fits(level.label(), "uri", level.uri(), Lengths.URI),
                  number,
                  check.fits(level.label(), "description", level.description(), Lengths.TEXT));
          if (byNumber.putIfAbsent(number, descriptor) != null) {
            skipped++;
          }
        }
        descriptors.put(entry.getKey(), new ArrayList<>(byNumber.values()));
      }
      if (skipped > 0) {
        notes.add(
            skipped + " rubric level(s) without a description or repeating a level are left out");
      }
      int unscored = competencyIds.size() - criteria.size();
      if (unscored > 0) {
        notes.add(unscored + " competency(ies) have no rubric criterion, so no level descriptors");
      }
      return new Levels(
          LevelSource.RUBRIC,
          new RubricDefinition(
              rubric.identifier(),
              check.fits(rubric.label(), "uri", rubric.uri(), Lengths.URI),
              check.fits(rubric.label(), "title", rubric.title(), Lengths.TITLE)),
          levels,
          criteria,
          descriptors);
    }

    private static BigDecimal rankOf(CriterionLevel level, int index) {
      if (level.score() != null) {
        return level.score().stripTrailingZeros();
      }
      if (level.position() != null) {
        return BigDecimal.valueOf(level.position());
      }
      return BigDecimal.valueOf(index + 1L);
    }

    // ---- the framework's code

    private String code(String title) {
      if (!blank(choices.code())) {
        return choices.code().strip();
      }
      StringBuilder initials = new StringBuilder();
      for (String word : title.split("[^\\p{L}\\p{Nd}]+")) {
        if (!word.isEmpty()) {
          char first = Character.toUpperCase(word.charAt(0));
          if ((first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9')) {
            initials.append(first);
          }
        }
      }
      String code = initials.toString();
      if (code.length() < 2) {
        code = title.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
      }
      if (code.isEmpty()) {
        code = "FW";
      }
      return code.length() > CODE_FROM_TITLE ? code.substring(0, CODE_FROM_TITLE) : code;
    }

    private static String trimmed(String value) {
      return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
      return value == null || value.isBlank();
    }
  }
}
