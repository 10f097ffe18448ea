package org.linkworker.trellis.framework.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.platform.TrellisException;

class FrameworkTest {

  private static Framework framework(FrameworkStatus status) {
    return new Framework(
        "0b7f1f0e-2d4c-4c8e-9a53-5f0c1c2d3e4f",
        "LWCF",
        "2",
        "Link Worker Competency Framework",
        null,
        status,
        new CaseProvenance("https://example.org/doc", "Trellis", null, null, null, Instant.EPOCH));
  }

  @Test
  void aDraftCanBePublished() {
    Framework framework = framework(FrameworkStatus.DRAFT);

    framework.publish();

    assertThat(framework.getStatus()).isEqualTo(FrameworkStatus.PUBLISHED);
  }

  @Test
  void publishingTwiceIsRefusedWithAReadableMessage() {
    Framework framework = framework(FrameworkStatus.PUBLISHED);

    assertThatThrownBy(framework::publish)
        .isInstanceOf(TrellisException.class)
        .hasMessage("Framework LWCF version 2 is PUBLISHED; only a draft can be published.")
        .extracting(e -> ((TrellisException) e).key())
        .isEqualTo("framework.not_draft");
  }

  @Test
  void aDraftCannotBeMadeCurrent() {
    assertThatThrownBy(framework(FrameworkStatus.DRAFT)::makeCurrent)
        .isInstanceOf(TrellisException.class)
        .hasMessageContaining("only a published framework");
  }

  @Test
  void retiringAPublishedFrameworkEndsItsCurrency() {
    Framework framework = framework(FrameworkStatus.PUBLISHED);
    framework.makeCurrent();

    framework.retire();

    assertThat(framework.getStatus()).isEqualTo(FrameworkStatus.RETIRED);
    assertThat(framework.isCurrent()).isFalse();
  }

  @Test
  void levelsAreNumberedInTheOrderAdded() {
    Framework framework = framework(FrameworkStatus.DRAFT);

    framework.addLevel("Foundation");
    framework.addLevel("Practitioner");

    assertThat(framework.getLevels())
        .extracting(Level::getNumber, Level::getName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Foundation"),
            org.assertj.core.groups.Tuple.tuple(2, "Practitioner"));
  }

  @Test
  void aStageCannotRequireALevelTheFrameworkDoesNotHave() {
    Framework framework = framework(FrameworkStatus.DRAFT);
    framework.addLevel("Foundation");
    Competency competency =
        framework
            .addDomain("1c6f9d8e-6b1a-4f3e-8a2b-3c4d5e6f7a8b", "PC", "Person-centred", "u")
            .addCompetency("2c6f9d8e-6b1a-4f3e-8a2b-3c4d5e6f7a8b", "PC.1", "Listens.", "u");
    CareerStage stage = framework.addStage("3c6f9d8e-6b1a-4f3e-8a2b-3c4d5e6f7a8b", "T", "Trainee");

    assertThatThrownBy(() -> stage.require(competency, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCompetencyIsDescribedOnceAtEachLevel() {
    Framework framework = framework(FrameworkStatus.DRAFT);
    Competency competency =
        framework
            .addDomain("1c6f9d8e-6b1a-4f3e-8a2b-3c4d5e6f7a8b", "PC", "Person-centred", "u")
            .addCompetency("2c6f9d8e-6b1a-4f3e-8a2b-3c4d5e6f7a8b", "PC.1", "Listens.", "u");
    competency.describe(1, "4c6f9d8e-6b1a-4f3e-8a2b-3c4d5e6f7a8b", "u", "Listens with help.");

    assertThat(competency.descriptorAt(1))
        .map(LevelDescriptor::getText)
        .hasValue("Listens with help.");
    assertThatThrownBy(
            () -> competency.describe(1, "5c6f9d8e-6b1a-4f3e-8a2b-3c4d5e6f7a8b", "u", "Again."))
        .isInstanceOf(IllegalStateException.class);
  }
}
