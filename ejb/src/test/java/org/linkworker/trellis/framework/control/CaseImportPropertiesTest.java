package org.linkworker.trellis.framework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.control.CaseImportReader.ImportChoices;
import org.linkworker.trellis.framework.control.CaseImportReader.ReadPackage;
import org.linkworker.trellis.framework.control.FrameworkAssembler.AssembledFramework;
import org.linkworker.trellis.framework.control.FrameworkDefinition.CompetencyDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DescriptorDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DomainDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.LevelDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.RubricDefinition;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.testing.Tries;

/**
 * The steward's import of a CASE package (POST /api/frameworks: {@link CaseImportReader}, then
 * {@link FrameworkAssembler}) on generated packages: any JSON, however broken (fields missing or of
 * the wrong type, identifiers repeated, isChildOf cycles and dangling references, text too long,
 * arbitrary strings), is either imported or refused with the documented {@link DataFileException}
 * naming the file and the item, never another exception; and a generated framework exported as CASE
 * ({@link CaseFrameworkWriter}) imports as the same framework.
 */
class CaseImportPropertiesTest {

  private final CaseImportReader reader = new CaseImportReader();

  private record PackageAndChoices(JsonObject pkg, ImportChoices choices) {}

  @Test
  void anyPackageIsImportedOrRefusedNamingTheItemNeverWithAnotherException() {
    Tries.check(
        200,
        random -> new PackageAndChoices(aPackage(random), choices(random)),
        input -> {
          DataFile file = file(input.pkg());
          ReadPackage read;
          try {
            read = reader.read(file, input.choices());
          } catch (DataFileException refused) {
            assertThat(refused.fileName()).isEqualTo("package.json");
            assertThat(refused.item()).isNotBlank();
            assertThat(refused.problem()).isNotBlank();
            return;
          }
          assertThat(read.preview().competencies()).isPositive();
          assertThat(read.preview().domains()).isPositive();
          assertThat(read.preview().levels()).isNotEmpty();
          // What importPackage stores: the entities, with keys of Trellis's choosing.
          Map<String, String> keys = new HashMap<>();
          AssembledFramework assembled =
              new FrameworkAssembler()
                  .assemble(
                      read.bundle(),
                      id -> keys.computeIfAbsent(id, x -> UUID.randomUUID().toString()));
          assertThat(assembled.framework().getDomains()).hasSize(read.preview().domains());
        });
  }

  @Test
  void bytesThatAreNotAJsonObjectAreRefusedAsAWhole() {
    Tries.check(
        100,
        CaseImportPropertiesTest::notJson,
        content ->
            assertThatThrownBy(
                    () -> reader.read(new DataFile("package.json", content), ImportChoices.none()))
                .isInstanceOfSatisfying(
                    DataFileException.class,
                    refused -> {
                      assertThat(refused.fileName()).isEqualTo("package.json");
                      assertThat(refused.problem()).isNotBlank();
                    }));
  }

  @Test
  void aFrameworkExportedAsCaseImportsAsTheSameFramework() {
    Tries.check(
        100,
        CaseImportPropertiesTest::framework,
        framework -> {
          FrameworkDefinition imported = roundTrip(framework);

          assertThat(imported.levels()).isEqualTo(framework.levels());
          assertThat(imported.document().title()).isEqualTo(framework.document().title());
          assertThat(imported.document().version()).isEqualTo(framework.document().version());
          assertThat(imported.domains())
              .extracting(DomainDefinition::code, DomainDefinition::title)
              .containsExactlyElementsOf(
                  framework.domains().stream()
                      .map(d -> org.assertj.core.groups.Tuple.tuple(d.code(), d.title()))
                      .toList());
          assertThat(imported.competencies().map(CaseImportPropertiesTest::essentials).toList())
              .isEqualTo(
                  framework.competencies().map(CaseImportPropertiesTest::essentials).toList());
        });
  }

  /** Exported as CASE by the writer, then read by the steward's import. */
  private FrameworkDefinition roundTrip(FrameworkDefinition framework) {
    FrameworkBundle bundle =
        new FrameworkBundle(
            framework,
            null,
            new FrameworkProfile(framework.id(), "GEN", false, 3, 2, null, List.of()));
    AssembledFramework assembled = new FrameworkAssembler().assemble(bundle);
    JsonObject exported =
        new CaseFrameworkWriter().write(FrameworkContent.of(assembled.framework()));
    return reader.read(file(exported), ImportChoices.none()).bundle().framework();
  }

  /** What a competency is to a person: its identifier, code, statement and descriptors. */
  private static List<Object> essentials(CompetencyDefinition c) {
    return List.of(c.id(), c.code(), c.statement(), c.descriptorTexts());
  }

  private static DataFile file(JsonObject json) {
    return new DataFile("package.json", json.toString().getBytes(StandardCharsets.UTF_8));
  }

  // ---- generators: broken packages

  private static final List<String> IDS = List.of("doc", "a", "b", "c", "d", "e", "zz");

  private static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ALPHA = ALNUM.substring(0, 52);

  private static final Object MISSING = new Object();

  /**
   * Text as files have it (10 in 16), and some that is not: blank, huge, control characters, a
   * number (2), a number or boolean (1), an object (1), or no value at all (2).
   */
  private static Object value(Random random) {
    int kind = random.nextInt(16);
    if (kind < 10) {
      return Tries.string(random, ALNUM + " .-", 1, 12);
    } else if (kind < 12) {
      return Tries.oneOf(
          random,
          "",
          " ",
          "\u0000",
          "\u202E",
          "\"quoted\"",
          "2026-01-01T00:00:00Z",
          "Domain",
          "Competency",
          "1",
          "x".repeat(5_000));
    } else if (kind < 13) {
      return Tries.<Object>oneOf(random, 42, -1, 1.5, true);
    } else if (kind < 14) {
      return Json.createObjectBuilder().add("k", "v").build();
    }
    return MISSING;
  }

  private static void put(JsonObjectBuilder builder, String key, Object value) {
    if (value == MISSING) {
      return;
    }
    if (value instanceof String s) {
      builder.add(key, s);
    } else if (value instanceof Integer n) {
      builder.add(key, n);
    } else if (value instanceof Long n) {
      builder.add(key, n);
    } else if (value instanceof Double d) {
      builder.add(key, d);
    } else if (value instanceof Boolean b) {
      builder.add(key, b);
    } else if (value instanceof JsonObject o) {
      builder.add(key, o);
    }
  }

  /** A field that is usually right (6 in 7), now and then anything. */
  private static Object mostly(Random random, String right) {
    return random.nextInt(7) < 6 ? right : value(random);
  }

  /** {@code usual} 3 times in 4, otherwise any value. */
  private static Object usually(Random random, Function<Random, Object> usual) {
    return random.nextInt(4) < 3 ? usual.apply(random) : value(random);
  }

  private static JsonObject link(Random random) {
    JsonObjectBuilder link = Json.createObjectBuilder().add("identifier", Tries.oneOf(random, IDS));
    put(link, "title", mostly(random, "node"));
    put(link, "uri", mostly(random, "https://example.org/n"));
    return link.build();
  }

  private static JsonObject item(Random random) {
    JsonObjectBuilder item = Json.createObjectBuilder().add("identifier", Tries.oneOf(random, IDS));
    put(item, "uri", mostly(random, "https://example.org/item"));
    put(item, "fullStatement", mostly(random, "A statement"));
    put(item, "humanCodingScheme", usually(random, r -> Tries.oneOf(r, "PC.1", "PC.2", "D1", "")));
    put(
        item,
        "CFItemType",
        usually(random, r -> Tries.oneOf(r, "Domain", "Competency", "Cluster")));
    put(item, "lastChangeDateTime", mostly(random, "2026-01-01T00:00:00Z"));
    put(item, "listEnumeration", usually(random, r -> MISSING));
    return item.build();
  }

  private static JsonObject association(Random random) {
    String id = Tries.string(random, ALPHA, 6, 6);
    int typeKind = random.nextInt(8);
    Object type =
        typeKind < 6
            ? "isChildOf"
            : typeKind < 7
                ? Tries.oneOf(random, "exactMatchOf", "replacedBy", "isRelatedTo")
                : value(random);
    JsonObjectBuilder association =
        Json.createObjectBuilder()
            .add("identifier", id)
            .add("uri", "https://example.org/a/" + id)
            .add("originNodeURI", link(random))
            .add("destinationNodeURI", link(random));
    put(association, "associationType", type);
    put(
        association,
        "sequenceNumber",
        random.nextInt(3) < 2
            ? MISSING
            : Tries.<Object>oneOf(random, 1, 2, 3, "2", "x", 9_999_999_999L));
    put(association, "lastChangeDateTime", mostly(random, "2026-01-01T00:00:00Z"));
    return association.build();
  }

  private static JsonObject rubricLevel(Random random) {
    String id = Tries.string(random, ALPHA, 5, 5);
    JsonObjectBuilder b =
        Json.createObjectBuilder().add("identifier", id).add("uri", "https://example.org/l/" + id);
    put(b, "description", mostly(random, "A descriptor"));
    put(b, "quality", mostly(random, "Quality"));
    put(
        b,
        "score",
        random.nextInt(4) < 3
            ? Integer.valueOf(random.nextInt(6))
            : Tries.<Object>oneOf(random, 1.5, -3, 1e300));
    return b.build();
  }

  private static JsonObject criterion(Random random) {
    String id = Tries.string(random, ALPHA, 5, 5);
    JsonObject item = link(random);
    JsonArrayBuilder array = Json.createArrayBuilder();
    Tries.list(random, 0, 5, CaseImportPropertiesTest::rubricLevel).forEach(array::add);
    return Json.createObjectBuilder()
        .add("identifier", id)
        .add("uri", "https://example.org/c/" + id)
        .add("CFItemURI", item)
        .add("CFRubricCriterionLevels", array)
        .build();
  }

  private static JsonObject rubric(Random random) {
    String id = Tries.string(random, ALPHA, 5, 5);
    JsonArrayBuilder array = Json.createArrayBuilder();
    Tries.list(random, 0, 4, CaseImportPropertiesTest::criterion).forEach(array::add);
    return Json.createObjectBuilder()
        .add("identifier", id)
        .add("uri", "https://example.org/r/" + id)
        .add("CFRubricCriteria", array)
        .build();
  }

  /**
   * A CFPackage-like object: fields missing or of the wrong type, identifiers repeated from a pool
   * of 7 (so cycles and dangling references), now and then a top-level member missing or not an
   * array.
   */
  private static JsonObject aPackage(Random random) {
    JsonObjectBuilder doc = Json.createObjectBuilder().add("identifier", "doc");
    put(doc, "uri", mostly(random, "https://example.org/doc"));
    put(doc, "title", mostly(random, "Generated framework"));
    put(doc, "creator", mostly(random, "Creator"));
    put(doc, "lastChangeDateTime", mostly(random, "2026-01-01T00:00:00Z"));
    put(doc, "version", random.nextInt(3) < 2 ? MISSING : value(random));
    JsonArrayBuilder itemArray = Json.createArrayBuilder();
    Tries.list(random, 0, 8, CaseImportPropertiesTest::item).forEach(itemArray::add);
    JsonArrayBuilder associationArray = Json.createArrayBuilder();
    Tries.list(random, 0, 10, CaseImportPropertiesTest::association).forEach(associationArray::add);
    JsonArrayBuilder rubricArray = Json.createArrayBuilder();
    Tries.list(random, 0, 2, CaseImportPropertiesTest::rubric).forEach(rubricArray::add);
    int shape = random.nextInt(10);
    JsonObjectBuilder pkg = Json.createObjectBuilder();
    if (shape != 1) {
      pkg.add("CFDocument", doc);
    }
    if (shape == 2) {
      pkg.add("CFItems", "not an array");
    } else {
      pkg.add("CFItems", itemArray);
    }
    if (shape == 3) {
      pkg.add("CFAssociations", Json.createArrayBuilder().add(7));
    } else {
      pkg.add("CFAssociations", associationArray);
    }
    pkg.add("CFRubrics", rubricArray);
    return pkg.build();
  }

  /** No choices 6 times in 9; otherwise one of three sets of the steward's choices. */
  private static ImportChoices choices(Random random) {
    return switch (random.nextInt(9)) {
      case 6 -> new ImportChoices(null, null, "Domain", "Competency", List.of());
      case 7 -> new ImportChoices(null, null, "Cluster", "Domain", List.of());
      case 8 -> new ImportChoices("GEN", "2", null, null, List.of("One", "Two"));
      default -> ImportChoices.none();
    };
  }

  /** Random bytes, or (1 in 2) text that is not a JSON object or is too deep or too large. */
  private static byte[] notJson(Random random) {
    if (random.nextBoolean()) {
      return Tries.bytes(random, 200);
    }
    return Tries.oneOf(
            random,
            "",
            "[]",
            "null",
            "{",
            "{\"CFDocument\":",
            "\uFEFF{}",
            "{\"a\":1e999999999}",
            "[".repeat(100_000))
        .getBytes(StandardCharsets.UTF_8);
  }

  // ---- generators: valid frameworks

  private static final String PROSE =
      "abcxyzABC019 .,;:'\"-–()/&<>\n\té漢ئ" + "abcdefghijklmnopqrstuvwxyz";

  /** Text a person writes: letters, digits, punctuation, quotes, line breaks, any script. */
  private static String prose(Random random, int max) {
    while (true) {
      String text = Tries.string(random, PROSE, 1, max).strip();
      if (!text.isEmpty()) {
        return text;
      }
    }
  }

  /**
   * A framework of 1 to 6 levels (names unique whatever their case) and 1 to 3 domains of 1 to 3
   * competencies, with prose statements and descriptors at any of the levels.
   */
  private static FrameworkDefinition framework(Random random) {
    int levelCount = Tries.between(random, 1, 6);
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (names.size() < levelCount) {
      String name = Tries.string(random, ALPHA, 1, 20);
      if (seen.add(name.toLowerCase(Locale.ROOT))) {
        names.add(name);
      }
    }
    String title = prose(random, 60);
    String version = Tries.string(random, "0123456789", 1, 3);
    List<Integer> sizes = Tries.list(random, 1, 3, r -> Tries.between(r, 1, 3));
    List<String> statements = Tries.list(random, 12, 12, r -> prose(r, 200));
    List<String> domainTitles = Tries.list(random, 3, 3, r -> prose(r, 80));
    List<Integer> descriptorMasks = Tries.list(random, 12, 12, r -> r.nextInt(64));

    List<LevelDefinition> levels = new ArrayList<>();
    names.forEach(n -> levels.add(new LevelDefinition(levels.size() + 1, n)));
    List<DomainDefinition> domains = new ArrayList<>();
    int k = 0;
    for (int d = 0; d < sizes.size(); d++) {
      String domainCode = "D" + (d + 1);
      List<CompetencyDefinition> competencies = new ArrayList<>();
      for (int c = 0; c < sizes.get(d); c++, k++) {
        List<DescriptorDefinition> descriptors = new ArrayList<>();
        for (LevelDefinition level : levels) {
          if ((descriptorMasks.get(k) & (1 << (level.number() - 1))) != 0) {
            descriptors.add(
                new DescriptorDefinition(
                    uuid("l" + k + "/" + level.number()),
                    "https://example.org/l/" + k + "/" + level.number(),
                    level.number(),
                    statements.get((k + level.number()) % 12)));
          }
        }
        competencies.add(
            new CompetencyDefinition(
                uuid("c" + k),
                "https://example.org/c/" + k,
                domainCode + "." + (c + 1),
                statements.get(k),
                uuid("crit" + k),
                "https://example.org/crit/" + k,
                descriptors));
      }
      domains.add(
          new DomainDefinition(
              uuid("d" + d),
              "https://example.org/d/" + d,
              domainCode,
              domainTitles.get(d),
              competencies));
    }
    DocumentDefinition document =
        new DocumentDefinition(
            uuid("f"),
            "https://example.org/f",
            title,
            null,
            version,
            FrameworkStatus.DRAFT,
            "Generator",
            null,
            "en",
            null,
            Instant.parse("2026-01-01T00:00:00Z"));
    return new FrameworkDefinition(
        document,
        new RubricDefinition(uuid("r"), "https://example.org/r", "Levels"),
        levels,
        domains);
  }

  /** A UUID (version 3) named after its place: the same framework every time for one seed. */
  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
