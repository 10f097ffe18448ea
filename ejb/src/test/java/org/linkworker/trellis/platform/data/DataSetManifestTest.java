package org.linkworker.trellis.platform.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.linkworker.trellis.platform.data.DataSetManifest.DemoStep;
import org.linkworker.trellis.platform.data.DataSetManifest.FrameworkFiles;
import org.linkworker.trellis.testing.TestData;

class DataSetManifestTest {

  @Test
  void readsFrameworksAndDemoStepsInOrder() {
    DataSetManifest manifest =
        DataSetManifest.read(
            TestData.text(
                "manifest.json",
                """
                {"format": "trellis-data-set/1",
                 "frameworks": [{"package": "framework/a.case.json",
                                 "codeOfPractice": "framework/b.case.json",
                                 "profile": "framework/a.trellis.json"}],
                 "demo": [{"kind": "organisations", "file": "demo/organisations.json"},
                          {"kind": "people", "file": "demo/people.json"}]}
                """));

    assertThat(manifest.frameworks())
        .containsExactly(
            new FrameworkFiles(
                "framework/a.case.json", "framework/b.case.json", "framework/a.trellis.json"));
    assertThat(manifest.demo())
        .containsExactly(
            new DemoStep("organisations", "demo/organisations.json"),
            new DemoStep("people", "demo/people.json"));
  }

  @Test
  void withoutAManifestTheShippedFrameworkIsLoaded() {
    DataSetManifest standard = DataSetManifest.standard();

    assertThat(standard.frameworks())
        .containsExactly(
            new FrameworkFiles(
                "framework/lwcf-1.case.json",
                "framework/code-of-practice-1.case.json",
                "framework/lwcf-1.trellis.json"));
    assertThat(standard.demo()).isEmpty();
  }

  @Test
  void whateverManifestIsOnTheClassPathNamesFilesThatExist() {
    DataSetManifest manifest = DataSetManifest.load(getClass().getClassLoader());

    assertThat(manifest.frameworks()).isNotEmpty();
    manifest
        .frameworks()
        .forEach(
            files -> {
              assertThat(DataSetManifest.open(getClass().getClassLoader(), files.packageFile()))
                  .isNotNull();
              assertThat(DataSetManifest.open(getClass().getClassLoader(), files.profileFile()))
                  .isNotNull();
            });
  }

  @Test
  void anotherFormatIsRefused() {
    assertThatThrownBy(
            () -> DataSetManifest.read(TestData.text("manifest.json", "{\"format\": \"v2\"}")))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "manifest.json: top level: format is \"v2\"; this version of Trellis reads trellis-data-set/1");
  }

  @Test
  void pathsLeavingTheDataFolderAreRefused() {
    assertThatThrownBy(
            () ->
                DataSetManifest.read(
                    TestData.text(
                        "manifest.json",
                        "{\"format\": \"trellis-data-set/1\", \"demo\": [{\"kind\": \"x\", \"file\":"
                            + " \"../../../etc/passwd\"}]}")))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("manifest.json: demo[0]: file \"../../../etc/passwd\" must be");
  }

  @Test
  void aFileThatIsNotThereIsNamed() {
    assertThatThrownBy(() -> DataSetManifest.open(getClass().getClassLoader(), "demo/nowhere.json"))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "manifest.json: demo/nowhere.json: no such file on the class path under"
                + " org/linkworker/trellis/data/");
  }
}
