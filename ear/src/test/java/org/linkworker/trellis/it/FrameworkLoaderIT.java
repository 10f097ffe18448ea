package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkworker.trellis.framework.boundary.FrameworkCounts;
import org.linkworker.trellis.framework.boundary.FrameworkImportResult;
import org.linkworker.trellis.framework.boundary.FrameworkImportService;
import org.linkworker.trellis.framework.boundary.FrameworkService;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;

/**
 * The data set loader inside the running server: what the deployment loaded, that loading again
 * adds nothing, and that a broken file is refused by name and leaves the database as it was.
 */
@ExtendWith(ArquillianExtension.class)
class FrameworkLoaderIT {

  private static final String DATA = "org/linkworker/trellis/data/framework/";
  private static final Pattern UUID_PATTERN =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.inContainer();
  }

  @EJB FrameworkImportService importer;
  @EJB FrameworkService frameworks;

  @Test
  void deploymentLoadedTheFrameworkAndItsCodeOfPractice() {
    FrameworkCounts counts = frameworks.counts();

    assertThat(counts.frameworks()).isGreaterThanOrEqualTo(1);
    assertThat(counts.competencies()).isGreaterThanOrEqualTo(46);
    assertThat(counts.stages()).isGreaterThanOrEqualTo(4);
    assertThat(counts.standards()).isGreaterThanOrEqualTo(10);
    assertThat(frameworks.findCurrent())
        .hasValueSatisfying(
            f -> {
              assertThat(f.code()).isEqualTo("LWCF");
              assertThat(f.domains()).hasSize(8);
              assertThat(f.levels()).hasSize(4);
              assertThat(f.stages()).hasSize(4);
              assertThat(f.codeOfPractice().standards()).hasSize(10);
            });
  }

  @Test
  void loadingTheSameDataSetAgainAddsNothing() {
    FrameworkCounts before = frameworks.counts();

    FrameworkImportResult result =
        importer.importFramework(
            shipped("lwcf-1.case.json"),
            shipped("code-of-practice-1.case.json"),
            shipped("lwcf-1.trellis.json"));

    assertThat(result.outcome()).isEqualTo(FrameworkImportResult.Outcome.ALREADY_PRESENT);
    assertThat(frameworks.counts()).isEqualTo(before);
  }

  @Test
  void aCopyWithNewIdentifiersIsImportedAsAnotherVersion() {
    Copy copy = new Copy();
    FrameworkCounts before = frameworks.counts();

    FrameworkImportResult result =
        importer.importFramework(
            copy.casePackage(UnaryOperator.identity()), copy.codeOfPractice(), copy.profile());

    assertThat(result.outcome()).isEqualTo(FrameworkImportResult.Outcome.IMPORTED);
    assertThat(frameworks.counts().frameworks()).isEqualTo(before.frameworks() + 1);
    assertThat(frameworks.find("LWCF", copy.version)).isPresent();
    assertThat(frameworks.findCurrent())
        .hasValueSatisfying(f -> assertThat(f.version()).isEqualTo("1"));
  }

  @Test
  void aCompetencyWithoutAStatementStopsTheLoadNamingFileAndItemAndWritesNothing() {
    Copy copy = new Copy();
    FrameworkCounts before = frameworks.counts();

    DataFileException refused =
        catchThrowableOfType(
            DataFileException.class,
            () ->
                importer.importFramework(
                    copy.casePackage(pkg -> withoutStatementOf(pkg, "PC.3")),
                    copy.codeOfPractice(),
                    copy.profile()));

    assertThat(refused.fileName()).isEqualTo("lwcf-1.case.json");
    assertThat(refused.getMessage())
        .contains("lwcf-1.case.json")
        .contains("PC.3")
        .contains("fullStatement");
    assertThat(frameworks.counts()).isEqualTo(before);
    assertThat(frameworks.find("LWCF", copy.version)).isEmpty();
  }

  @Test
  void aStageProfileNamingAnUnknownCompetencyStopsTheLoadAndWritesNothing() {
    Copy copy = new Copy();
    FrameworkCounts before = frameworks.counts();
    String profile =
        new String(copy.profile().content(), StandardCharsets.UTF_8)
            .replace("\"PC.1\"", "\"PC.99\"");

    DataFileException refused =
        catchThrowableOfType(
            DataFileException.class,
            () ->
                importer.importFramework(
                    copy.casePackage(UnaryOperator.identity()),
                    copy.codeOfPractice(),
                    new DataFile("lwcf-1.trellis.json", profile.getBytes(StandardCharsets.UTF_8))));

    assertThat(refused.getMessage()).contains("lwcf-1.trellis.json").contains("PC.99");
    assertThat(frameworks.counts()).isEqualTo(before);
    assertThat(frameworks.find("LWCF", copy.version)).isEmpty();
  }

  @Test
  void aFileThatIsNotJsonIsRefusedByName() {
    Copy copy = new Copy();
    FrameworkCounts before = frameworks.counts();
    byte[] truncated =
        new String(copy.codeOfPractice().content(), StandardCharsets.UTF_8)
            .substring(0, 500)
            .getBytes(StandardCharsets.UTF_8);

    DataFileException refused =
        catchThrowableOfType(
            DataFileException.class,
            () ->
                importer.importFramework(
                    copy.casePackage(UnaryOperator.identity()),
                    new DataFile("code-of-practice-1.case.json", truncated),
                    copy.profile()));

    assertThat(refused.getMessage()).contains("code-of-practice-1.case.json");
    assertThat(frameworks.counts()).isEqualTo(before);
  }

  private static DataFile shipped(String name) {
    return DataFile.fromClassPath(Thread.currentThread().getContextClassLoader(), DATA + name)
        .orElseThrow();
  }

  /** The CFPackage with one competency's fullStatement removed. */
  private static JsonObject withoutStatementOf(JsonObject pkg, String code) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (JsonValue value : pkg.getJsonArray("CFItems")) {
      JsonObject item = value.asJsonObject();
      if (code.equals(item.getString("humanCodingScheme", null))) {
        JsonObjectBuilder broken = Json.createObjectBuilder(item);
        broken.remove("fullStatement");
        items.add(broken);
      } else {
        items.add(item);
      }
    }
    return Json.createObjectBuilder(pkg).add("CFItems", items).build();
  }

  /**
   * The shipped files as another version of the framework: every identifier replaced by a fresh one
   * (consistently across the three files), the version changed and the copy not current, so that an
   * import of it would really write.
   */
  private static final class Copy {
    // A version of its own, so the test also holds on a database an earlier run left behind.
    final String version = "it-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> ids = new HashMap<>();

    DataFile casePackage(UnaryOperator<JsonObject> change) {
      JsonObject pkg = json(fresh(shipped("lwcf-1.case.json")));
      JsonObject document =
          Json.createObjectBuilder(pkg.getJsonObject("CFDocument")).add("version", version).build();
      JsonObject changed =
          change.apply(Json.createObjectBuilder(pkg).add("CFDocument", document).build());
      return new DataFile("lwcf-1.case.json", changed.toString().getBytes(StandardCharsets.UTF_8));
    }

    DataFile codeOfPractice() {
      return new DataFile(
          "code-of-practice-1.case.json",
          fresh(shipped("code-of-practice-1.case.json")).getBytes(StandardCharsets.UTF_8));
    }

    DataFile profile() {
      JsonObject profile = json(fresh(shipped("lwcf-1.trellis.json")));
      JsonObject framework =
          Json.createObjectBuilder(profile.getJsonObject("framework"))
              .add("current", false)
              .build();
      return new DataFile(
          "lwcf-1.trellis.json",
          Json.createObjectBuilder(profile)
              .add("framework", framework)
              .build()
              .toString()
              .getBytes(StandardCharsets.UTF_8));
    }

    private String fresh(DataFile file) {
      Matcher matcher = UUID_PATTERN.matcher(new String(file.content(), StandardCharsets.UTF_8));
      StringBuilder out = new StringBuilder();
      while (matcher.find()) {
        matcher.appendReplacement(
            out, ids.computeIfAbsent(matcher.group(), old -> UUID.randomUUID().toString()));
      }
      matcher.appendTail(out);
      return out.toString();
    }

    private static JsonObject json(String text) {
      try (var reader = Json.createReader(new StringReader(text))) {
        return reader.readObject();
      }
    }
  }
}
