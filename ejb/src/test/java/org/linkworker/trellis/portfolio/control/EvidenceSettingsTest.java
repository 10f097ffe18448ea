package org.linkworker.trellis.portfolio.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EvidenceSettingsTest {

  private static UnaryOperator<String> values(Map<String, String> values) {
    return values::get;
  }

  private static final UnaryOperator<String> NONE = name -> null;

  @Test
  void theSystemPropertyComesBeforeTheEnvironmentVariable() {
    EvidenceSettings settings =
        EvidenceSettings.from(
            values(
                Map.of(
                    "trellis.evidence.dir", "/srv/evidence", "trellis.evidence.maxBytes", "5000")),
            values(Map.of("TRELLIS_EVIDENCE_DIR", "/other", "TRELLIS_EVIDENCE_MAX_MB", "3")));
    assertThat(settings.directory()).isEqualTo(Path.of("/srv/evidence"));
    assertThat(settings.maxBytes()).isEqualTo(5000);
  }

  @Test
  void theEnvironmentGivesTheFolderAndTheLimitInMegabytes() {
    EvidenceSettings settings =
        EvidenceSettings.from(
            values(Map.of("java.io.tmpdir", "/tmp")),
            values(
                Map.of("TRELLIS_EVIDENCE_DIR", "/data/evidence", "TRELLIS_EVIDENCE_MAX_MB", "3")));
    assertThat(settings.directory()).isEqualTo(Path.of("/data/evidence"));
    assertThat(settings.maxBytes()).isEqualTo(3 * 1024 * 1024);
    assertThat(settings.maxMegabytes()).isEqualTo("3");
  }

  @Test
  void onPayaraTheFolderIsInTheDomainElseInTheTemporaryFolderAndTheLimitIsTenMegabytes() {
    EvidenceSettings payara =
        EvidenceSettings.from(
            values(Map.of("com.sun.aas.instanceRoot", "/opt/payara/domains/trellis")), NONE);
    assertThat(payara.directory()).isEqualTo(Path.of("/opt/payara/domains/trellis/evidence"));
    assertThat(payara.maxBytes()).isEqualTo(10 * 1024 * 1024);
    assertThat(payara.maxMegabytes()).isEqualTo("10");

    EvidenceSettings elsewhere =
        EvidenceSettings.from(values(Map.of("java.io.tmpdir", "/var/tmp")), NONE);
    assertThat(elsewhere.directory()).isEqualTo(Path.of("/var/tmp/trellis-evidence"));
  }

  @Test
  void aLimitThatIsNoPositiveNumberIsReportedByItsName() {
    assertThatThrownBy(
            () ->
                EvidenceSettings.from(
                    values(Map.of("java.io.tmpdir", "/tmp")),
                    values(Map.of("TRELLIS_EVIDENCE_MAX_MB", "ten"))))
        .hasMessageContaining("TRELLIS_EVIDENCE_MAX_MB");
    assertThatThrownBy(
            () ->
                EvidenceSettings.from(
                    values(Map.of("java.io.tmpdir", "/tmp", "trellis.evidence.maxBytes", "0")),
                    NONE))
        .hasMessageContaining("trellis.evidence.maxBytes");
  }

  @Test
  void aLimitOfPartOfAMegabyteIsShownAsAFraction() {
    assertThat(new EvidenceSettings(Path.of("/x"), 512 * 1024).maxMegabytes()).isEqualTo("0.5");
  }
}
