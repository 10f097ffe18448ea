package org.linkworker.trellis.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.json.JsonObject;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.platform.data.DataSetManifest;
import org.linkworker.trellis.platform.data.DataSetManifest.DemoStep;
import org.linkworker.trellis.platform.data.DataSetStep;

class DataSetLoaderTest {

  private final List<String> calls = new ArrayList<>();

  private DataSetLoader loader(DataSetStep... steps) {
    DataSetLoader loader = new DataSetLoader();
    // No database here: the steps are fakes that record their calls.
    loader.startUpLock =
        new org.linkworker.trellis.platform.cluster.StartUpLock() {
          @Override
          public void hold() {
            calls.add("lock");
          }
        };
    loader.frameworks =
        (pkg, cop, profile) ->
            calls.add(
                "framework "
                    + pkg.name()
                    + " "
                    + (cop == null ? "-" : cop.name())
                    + " "
                    + profile.name());
    loader.steps = new Steps(List.of(steps));
    return loader;
  }

  private DataSetStep step(String kind) {
    return new DataSetStep() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public void load(JsonObject content, String fileName) {
        calls.add(kind + " " + fileName + " " + content.getJsonArray("greetings").size());
      }
    };
  }

  @Test
  void holdsTheStartUpLockThenLoadsTheFrameworksAndThenTheDemoStepsInManifestOrder() {
    DataSetManifest manifest =
        new DataSetManifest(
            DataSetManifest.standard().frameworks(),
            List.of(
                new DemoStep("second", "demo/test-greetings.json"),
                new DemoStep("first", "demo/test-greetings.json")));

    loader(step("first"), step("second")).load(manifest);

    assertThat(calls)
        .containsExactly(
            "lock",
            "framework lwcf-1.case.json code-of-practice-1.case.json lwcf-1.trellis.json",
            "second test-greetings.json 1",
            "first test-greetings.json 1");
  }

  @Test
  void anUnknownKindIsAnErrorNamingTheFile() {
    DataSetManifest manifest =
        new DataSetManifest(List.of(), List.of(new DemoStep("courses", "demo/courses.json")));

    assertThatThrownBy(() -> loader(step("people")).load(manifest))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "manifest.json: demo/courses.json: kind \"courses\" has no loader; known kinds are"
                + " [people]");
  }

  @Test
  void aMissingFrameworkFileStopsTheLoadBeforeAnythingIsLoaded() {
    DataSetManifest manifest =
        new DataSetManifest(
            List.of(
                new DataSetManifest.FrameworkFiles(
                    "framework/lwcf-9.case.json", null, "framework/lwcf-1.trellis.json")),
            List.of());

    assertThatThrownBy(() -> loader().load(manifest))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("framework/lwcf-9.case.json");
    assertThat(calls).containsExactly("lock");
  }

  @Test
  void theFrameworkLoaderIsGivenTheFilesBytes() {
    List<DataFile> given = new ArrayList<>();
    DataSetLoader loader = loader();
    loader.frameworks = (pkg, cop, profile) -> given.addAll(List.of(pkg, cop, profile));

    loader.load(new DataSetManifest(DataSetManifest.standard().frameworks(), List.of()));

    assertThat(given)
        .extracting(DataFile::name)
        .containsExactly("lwcf-1.case.json", "code-of-practice-1.case.json", "lwcf-1.trellis.json");
    assertThat(given).allSatisfy(file -> assertThat(file.content()).isNotEmpty());
  }

  /** A step that only notes that it ran, for manifests whose files it need not read. */
  private DataSetStep noting(String kind) {
    return new DataSetStep() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public void load(JsonObject content, String fileName) {
        calls.add(kind + " " + fileName);
      }
    };
  }

  private DataSetLoader loaderForTheShippedKinds(DataSetManifest manifest) {
    return loader(
        manifest.demo().stream()
            .map(DemoStep::kind)
            .distinct()
            .map(this::noting)
            .toArray(DataSetStep[]::new));
  }

  @Test
  void withoutTheDemoTheShippedManifestLoadsItsFrameworksAndNoDemoStep() {
    DataSetManifest shipped = DataSetManifest.load(getClass().getClassLoader());
    assertThat(shipped.demo()).extracting(DemoStep::kind).contains("organisations", "people");

    loaderForTheShippedKinds(shipped).load(shipped, false);

    assertThat(calls)
        .containsExactly(
            "lock",
            "framework lwcf-1.case.json code-of-practice-1.case.json lwcf-1.trellis.json",
            "framework hwbc-1.case.json hwbc-code-of-practice-1.case.json hwbc-1.trellis.json");
  }

  @Test
  void withTheDemoTheShippedManifestRunsEveryDemoStep() {
    DataSetManifest shipped = DataSetManifest.load(getClass().getClassLoader());

    loaderForTheShippedKinds(shipped).load(shipped, true);

    assertThat(calls)
        .hasSize(1 + shipped.frameworks().size() + shipped.demo().size())
        .contains("organisations organisations.json", "people people.json");
  }

  @Test
  void theDemoIsWantedUnlessTheVariableSaysFalse() {
    assertThat(DataSetLoader.demoWanted(null)).isTrue();
    assertThat(DataSetLoader.demoWanted(" ")).isTrue();
    assertThat(DataSetLoader.demoWanted("true")).isTrue();
    assertThat(DataSetLoader.demoWanted("false")).isFalse();
    assertThat(DataSetLoader.demoWanted(" FALSE ")).isFalse();
  }

  @Test
  void aValueThatIsNeitherTrueNorFalseStopsTheStart() {
    assertThatThrownBy(() -> DataSetLoader.demoWanted("flase"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TRELLIS_DEMO must be true or false, not \"flase\"");
    assertThatThrownBy(() -> DataSetLoader.demoWanted("no"))
        .isInstanceOf(IllegalStateException.class);
  }

  /** The steps CDI would find, without a container. */
  private record Steps(List<DataSetStep> steps) implements Instance<DataSetStep> {

    @Override
    public Iterator<DataSetStep> iterator() {
      return steps.iterator();
    }

    @Override
    public DataSetStep get() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instance<DataSetStep> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends DataSetStep> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends DataSetStep> Instance<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUnsatisfied() {
      return steps.isEmpty();
    }

    @Override
    public boolean isAmbiguous() {
      return steps.size() > 1;
    }

    @Override
    public void destroy(DataSetStep instance) {}

    @Override
    public Handle<DataSetStep> getHandle() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<DataSetStep>> handles() {
      throw new UnsupportedOperationException();
    }
  }
}
