package org.linkworker.trellis.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.linkworker.trellis.framework.control.CaseFrameworkReader;
import org.linkworker.trellis.framework.control.FrameworkBundle;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.JsonFields;

/** The data files the tests read: the shipped framework, small fixtures, third-party packages. */
public final class TestData {

  /** Where the framework-data module keeps the framework files. */
  public static final String SHIPPED = "org/linkworker/trellis/data/framework/";

  public static final String LWCF_PACKAGE = "lwcf-1.case.json";
  public static final String LWCF_CODE_OF_PRACTICE = "code-of-practice-1.case.json";
  public static final String LWCF_PROFILE = "lwcf-1.trellis.json";

  public static final String MINI_PACKAGE = "mini-1.case.json";
  public static final String MINI_CODE_OF_PRACTICE = "mini-cop-1.case.json";
  public static final String MINI_PROFILE = "mini-1.trellis.json";

  /** The OpenSALT test packages under {@code case/}. */
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

  public static DataFile thirdParty(String name) {
    return classPath("case/" + name);
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
