package org.linkworker.trellis.framework.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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

  @Property(tries = 200)
  void anyPackageIsImportedOrRefusedNamingTheItemNeverWithAnotherException(
      @ForAll("packages") JsonObject pkg, @ForAll("choices") ImportChoices choices) {
    DataFile file = file(pkg);
    ReadPackage read;
    try {
      read = reader.read(file, choices);
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
                read.bundle(), id -> keys.computeIfAbsent(id, x -> UUID.randomUUID().toString()));
    assertThat(assembled.framework().getDomains()).hasSize(read.preview().domains());
  }

  @Property(tries = 100)
  void bytesThatAreNotAJsonObjectAreRefusedAsAWhole(@ForAll("notJson") byte[] content) {
    try {
      reader.read(new DataFile("package.json", content), ImportChoices.none());
    } catch (DataFileException refused) {
      assertThat(refused.fileName()).isEqualTo("package.json");
      assertThat(refused.problem()).isNotBlank();
    }
  }

  @Property(tries = 100)
  void aFrameworkExportedAsCaseImportsAsTheSameFramework(
      @ForAll("frameworks") FrameworkDefinition framework) {
    FrameworkDefinition imported = roundTrip(framework);

    assertThat(imported.levels()).isEqualTo(framework.levels());
    assertThat(imported.document().title()).isEqualTo(framework.document().title());
    assertThat(imported.document().version()).isEqualTo(framework.document().version());
    assertThat(imported.domains())
        .extracting(DomainDefinition::code, DomainDefinition::title)
        .containsExactlyElementsOf(
            framework.domains().stream()
                .map(d -> Tuple.of(d.code(), d.title()))
                .map(CaseImportPropertiesTest::tuple)
                .toList());
    assertThat(imported.competencies().map(CaseImportPropertiesTest::essentials).toList())
        .isEqualTo(framework.competencies().map(CaseImportPropertiesTest::essentials).toList());
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

  private static org.assertj.core.groups.Tuple tuple(Tuple.Tuple2<String, String> t) {
    return org.assertj.core.groups.Tuple.tuple(t.get1(), t.get2());
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

  /** Text as files have it, and some that is not: blank, huge, control characters, a number. */
  private static Arbitrary<Object> values() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            10,
            Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars(" .-")
                .ofMinLength(1)
                .ofMaxLength(12)),
        Tuple.of(
            2,
            Arbitraries.of(
                "",
                " ",
                "\u0000",
                "\u202E",
                "\"quoted\"",
                "2026-01-01T00:00:00Z",
                "Domain",
                "Competency",
                "1",
                "x".repeat(5_000))),
        Tuple.of(1, Arbitraries.of(42, -1, 1.5, true)),
        Tuple.of(1, Arbitraries.just(Json.createObjectBuilder().add("k", "v").build())),
        Tuple.of(2, Arbitraries.just(MISSING)));
  }

  private static final Object MISSING = new Object();

  private static void put(JsonObjectBuilder builder, String key, Object value) {
    if (value == MISSING) {
      return;
    }
    if (value instanceof String s) {
      builder.add(key, s);
    } else if (value instanceof Integer n) {
      builder.add(key, n);
    } else if (value instanceof Double d) {
      builder.add(key, d);
    } else if (value instanceof Boolean b) {
      builder.add(key, b);
    } else if (value instanceof JsonObject o) {
      builder.add(key, o);
    }
  }

  /** A field that is usually right, now and then anything. */
  private static Arbitrary<Object> mostly(String right) {
    return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(right)), Tuple.of(1, values()));
  }

  private static Arbitrary<JsonObject> link() {
    return Combinators.combine(Arbitraries.of(IDS), mostly("node"), mostly("https://example.org/n"))
        .as(
            (id, title, uri) -> {
              JsonObjectBuilder link = Json.createObjectBuilder().add("identifier", id);
              put(link, "title", title);
              put(link, "uri", uri);
              return link.build();
            });
  }

  private static Arbitrary<JsonObject> items() {
    return Combinators.combine(
            Arbitraries.of(IDS),
            mostly("https://example.org/item"),
            mostly("A statement"),
            Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("PC.1", "PC.2", "D1", "")), Tuple.of(1, values())),
            Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("Domain", "Competency", "Cluster")),
                Tuple.of(1, values())),
            mostly("2026-01-01T00:00:00Z"),
            Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(MISSING)), Tuple.of(1, values())))
        .as(
            (id, uri, statement, code, type, changed, enumeration) -> {
              JsonObjectBuilder item = Json.createObjectBuilder().add("identifier", id);
              put(item, "uri", uri);
              put(item, "fullStatement", statement);
              put(item, "humanCodingScheme", code);
              put(item, "CFItemType", type);
              put(item, "lastChangeDateTime", changed);
              put(item, "listEnumeration", enumeration);
              return item.build();
            });
  }

  private static Arbitrary<JsonObject> associations() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofLength(6),
            Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("isChildOf")),
                Tuple.of(1, Arbitraries.of("exactMatchOf", "replacedBy", "isRelatedTo")),
                Tuple.of(1, values())),
            link(),
            link(),
            Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(MISSING)),
                Tuple.of(1, Arbitraries.of(1, 2, 3, "2", "x", 9_999_999_999L))),
            mostly("2026-01-01T00:00:00Z"))
        .as(
            (id, type, origin, destination, sequence, changed) -> {
              JsonObjectBuilder association =
                  Json.createObjectBuilder()
                      .add("identifier", id)
                      .add("uri", "https://example.org/a/" + id)
                      .add("originNodeURI", origin)
                      .add("destinationNodeURI", destination);
              put(association, "associationType", type);
              if (sequence instanceof Long big) {
                association.add("sequenceNumber", big);
              } else {
                put(association, "sequenceNumber", sequence);
              }
              put(association, "lastChangeDateTime", changed);
              return association.build();
            });
  }

  private static Arbitrary<JsonObject> rubrics() {
    Arbitrary<JsonObject> level =
        Combinators.combine(
                Arbitraries.strings().alpha().ofLength(5),
                mostly("A descriptor"),
                mostly("Quality"),
                Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.integers().between(0, 5)),
                    Tuple.of(1, Arbitraries.of(1.5, -3, 1e300))))
            .as(
                (id, description, quality, score) -> {
                  JsonObjectBuilder b =
                      Json.createObjectBuilder()
                          .add("identifier", id)
                          .add("uri", "https://example.org/l/" + id);
                  put(b, "description", description);
                  put(b, "quality", quality);
                  if (score instanceof Integer n) {
                    b.add("score", n);
                  } else if (score instanceof Double d) {
                    b.add("score", d);
                  }
                  return b.build();
                });
    Arbitrary<JsonObject> criterion =
        Combinators.combine(
                Arbitraries.strings().alpha().ofLength(5), link(), level.list().ofMaxSize(5))
            .as(
                (id, item, levels) -> {
                  JsonArrayBuilder array = Json.createArrayBuilder();
                  levels.forEach(array::add);
                  return Json.createObjectBuilder()
                      .add("identifier", id)
                      .add("uri", "https://example.org/c/" + id)
                      .add("CFItemURI", item)
                      .add("CFRubricCriterionLevels", array)
                      .build();
                });
    return Combinators.combine(
            Arbitraries.strings().alpha().ofLength(5), criterion.list().ofMaxSize(4))
        .as(
            (id, criteria) -> {
              JsonArrayBuilder array = Json.createArrayBuilder();
              criteria.forEach(array::add);
              return Json.createObjectBuilder()
                  .add("identifier", id)
                  .add("uri", "https://example.org/r/" + id)
                  .add("CFRubricCriteria", array)
                  .build();
            });
  }

  @Provide
  Arbitrary<JsonObject> packages() {
    Arbitrary<JsonObject> document =
        Combinators.combine(
                mostly("https://example.org/doc"),
                mostly("Generated framework"),
                mostly("Creator"),
                mostly("2026-01-01T00:00:00Z"),
                Arbitraries.frequencyOf(
                    Tuple.of(2, Arbitraries.just(MISSING)), Tuple.of(1, values())))
            .as(
                (uri, title, creator, changed, version) -> {
                  JsonObjectBuilder doc = Json.createObjectBuilder().add("identifier", "doc");
                  put(doc, "uri", uri);
                  put(doc, "title", title);
                  put(doc, "creator", creator);
                  put(doc, "lastChangeDateTime", changed);
                  put(doc, "version", version);
                  return doc.build();
                });
    return Combinators.combine(
            document,
            items().list().ofMaxSize(8),
            associations().list().ofMaxSize(10),
            rubrics().list().ofMaxSize(2),
            Arbitraries.integers().between(0, 9))
        .as(
            (doc, items, associations, rubrics, shape) -> {
              JsonArrayBuilder itemArray = Json.createArrayBuilder();
              items.forEach(itemArray::add);
              JsonArrayBuilder associationArray = Json.createArrayBuilder();
              associations.forEach(associationArray::add);
              JsonArrayBuilder rubricArray = Json.createArrayBuilder();
              rubrics.forEach(rubricArray::add);
              JsonObjectBuilder pkg = Json.createObjectBuilder();
              // Now and then a top-level member is missing, or not an array.
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
            })
        .withoutEdgeCases();
  }

  @Provide
  Arbitrary<ImportChoices> choices() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(ImportChoices.none())),
        Tuple.of(
            1, Arbitraries.just(new ImportChoices(null, null, "Domain", "Competency", List.of()))),
        Tuple.of(
            1, Arbitraries.just(new ImportChoices(null, null, "Cluster", "Domain", List.of()))),
        Tuple.of(
            1, Arbitraries.just(new ImportChoices("GEN", "2", null, null, List.of("One", "Two")))));
  }

  @Provide
  Arbitrary<byte[]> notJson() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
        Arbitraries.of(
                "",
                "[]",
                "null",
                "{",
                "{\"CFDocument\":",
                "\uFEFF{}",
                "{\"a\":1e999999999}",
                "[".repeat(100_000))
            .map(s -> s.getBytes(StandardCharsets.UTF_8)));
  }

  // ---- generators: valid frameworks

  /** Text a person writes: letters, digits, punctuation, quotes, line breaks, any script. */
  private static Arbitrary<String> prose(int max) {
    return Arbitraries.strings()
        .withChars("abcxyzABC019 .,;:'\"-–()/&<>\n\té漢ئ")
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(max)
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  @Provide
  Arbitrary<FrameworkDefinition> frameworks() {
    Arbitrary<List<String>> levelNames =
        Arbitraries.strings()
            .alpha()
            .ofMinLength(1)
            .ofMaxLength(20)
            .list()
            .ofMinSize(1)
            .ofMaxSize(6)
            .uniqueElements(s -> s.toLowerCase());
    return Combinators.combine(
            levelNames,
            prose(60),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3),
            Arbitraries.integers().between(1, 3).list().ofMinSize(1).ofMaxSize(3),
            prose(200).list().ofSize(12),
            prose(80).list().ofSize(3),
            Arbitraries.integers().between(0, 63).list().ofSize(12))
        .as(
            (names, title, version, sizes, statements, domainTitles, descriptorMasks) -> {
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
            });
  }

  /** A UUID (version 3) named after its place: the same framework every time for one seed. */
  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
