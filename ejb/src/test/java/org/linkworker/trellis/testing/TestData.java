package org.linkworker.trellis.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.linkworker.trellis.framework.control.CaseFrameworkReader;
import org.linkworker.trellis.framework.control.FrameworkBundle;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.JsonFields;

/** The data files the tests read: the shipped frameworks, small fixtures, third-party packages. */
public final class TestData {

  /** Where the framework-data module keeps the framework files. */
  public static final String SHIPPED = "org/linkworker/trellis/data/framework/";

  public static final String LWCF_PACKAGE = "lwcf-1.case.json";
  public static final String LWCF_CODE_OF_PRACTICE = "code-of-practice-1.case.json";
  public static final String LWCF_PROFILE = "lwcf-1.trellis.json";

  public static final String HWBC_PACKAGE = "hwbc-1.case.json";
  public static final String HWBC_CODE_OF_PRACTICE = "hwbc-code-of-practice-1.case.json";
  public static final String HWBC_PROFILE = "hwbc-1.trellis.json";

  public static final String MINI_PACKAGE = "mini-1.case.json";
  public static final String MINI_CODE_OF_PRACTICE = "mini-cop-1.case.json";
  public static final String MINI_PROFILE = "mini-1.trellis.json";

  /** The small real packages from OpenSALT among the shared CASE files. */
  public static final List<String> THIRD_PARTY =
      List.of(
          "AdoptedTestFramework.json",
          "EmptyExternalFramework.json",
          "ItemTypeTestFramework.json",
          "MarkdownFramework.json",
          "SequenceNumberFramework.json",
          "SmartLevelFramework.json",
          "Utf8TestFramework.json");

  private TestData() {}

  public static DataFile shipped(String name) {
    return classPath(SHIPPED + name);
  }

  public static DataFile fixture(String name) {
    return classPath("fixtures/" + name);
  }

  /**
   * A real CASE package written by others, read where it lies: the workspace's shared data folder
   * ({@code ../shared/data/case} beside the repository, or the {@code trellis.sharedData} system
   * property). Never copied into the repository.
   */
  public static DataFile thirdParty(String name) {
    Path file = sharedCaseFolder().resolve(name);
    try {
      return new DataFile(name, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every JSON file of the shared CASE folder, by name. */
  public static List<String> sharedCaseFiles() {
    try (Stream<Path> files = Files.list(sharedCaseFolder())) {
      return files
          .map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The shared CASE folder as a canonical absolute path (a browser's file input refuses paths with
   * {@code ..}); fails naming the places looked in when there is none.
   */
  public static Path sharedCaseFolder() {
    List<Path> candidates = new ArrayList<>();
    String property = System.getProperty("trellis.sharedData");
    if (property != null && !property.isBlank()) {
      candidates.add(Path.of(property));
    }
    candidates.add(Path.of("..", "..", "shared", "data"));
    candidates.add(Path.of("..", "shared", "data"));
    candidates.add(Path.of("/work", "shared", "data"));
    return candidates.stream()
        .map(folder -> folder.resolve("case"))
        .filter(Files::isDirectory)
        .map(folder -> folder.toAbsolutePath().normalize())
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "The shared CASE files are not beside the repository; looked in "
                        + candidates
                        + " (set -Dtrellis.sharedData=<folder holding case/>)"));
  }

  public static DataFile classPath(String resource) {
    return DataFile.fromClassPath(TestData.class.getClassLoader(), resource)
        .orElseThrow(() -> new AssertionError("No " + resource + " on the test class path"));
  }

  /** The Link Worker Competency Framework v1 as shipped, read. */
  public static FrameworkBundle lwcf() {
    return new CaseFrameworkReader()
        .read(shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
  }

  /** The Health and Wellbeing Coach Competency Framework v1 (the second profession) as shipped. */
  public static FrameworkBundle hwbc() {
    return new CaseFrameworkReader()
        .read(shipped(HWBC_PACKAGE), shipped(HWBC_CODE_OF_PRACTICE), shipped(HWBC_PROFILE));
  }

  /** The small test framework, read. */
  public static FrameworkBundle mini() {
    return new CaseFrameworkReader()
        .read(fixture(MINI_PACKAGE), fixture(MINI_CODE_OF_PRACTICE), fixture(MINI_PROFILE));
  }

  public static JsonObject json(DataFile file) {
    return JsonFields.parse(file);
  }

  /** A copy of the file, under the same name, with its JSON changed. */
  public static DataFile edited(DataFile file, UnaryOperator<JsonObject> edit) {
    return of(file.name(), edit.apply(json(file)));
  }

  public static DataFile of(String name, JsonObject json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonWriter writer = Json.createWriter(out)) {
      writer.writeObject(json);
    }
    return new DataFile(name, out.toByteArray());
  }

  public static DataFile text(String name, String content) {
    return new DataFile(name, content.getBytes(StandardCharsets.UTF_8));
  }
}
