package org.linkworker.trellis.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

  @Test
  void withoutAHostMailIsOff() {
    assertThat(MailSettings.from(key -> null)).isEmpty();
  }

  @Test
  void aHostAloneSendsOnPort25FromTrellisAtLocalhostWithoutSignIn() {
    MailSettings settings =
        MailSettings.from(key -> key.equals("trellis.smtp.host") ? "smtp.example.org" : null)
            .orElseThrow();

    assertThat(settings.port()).isEqualTo(25);
    assertThat(settings.from()).isEqualTo("trellis@localhost");
    assertThat(settings.properties())
        .containsEntry("mail.smtp.host", "smtp.example.org")
        .containsEntry("mail.smtp.auth", "false")
        .containsEntry("mail.smtp.connectiontimeout", "10000")
        .doesNotContainKey("mail.smtp.starttls.enable");
  }

  @Test
  void everySettingIsReadAndThePasswordNeverPrinted() {
    Map<String, String> given =
        Map.of(
            "trellis.smtp.host", "smtp.example.org",
            "trellis.smtp.port", "587",
            "trellis.smtp.from", "reminders@example.org",
            "trellis.smtp.user", "trellis",
            "trellis.smtp.password", "s3cret-words",
            "trellis.smtp.starttls", "true");

    MailSettings settings = MailSettings.from(given::get).orElseThrow();

    assertThat(settings.properties())
        .containsEntry("mail.smtp.port", "587")
        .containsEntry("mail.smtp.auth", "true")
        .containsEntry("mail.smtp.starttls.required", "true");
    assertThat(settings.toString()).doesNotContain("s3cret-words");
    assertThat(MailSettings.envName("trellis.smtp.host")).isEqualTo("TRELLIS_SMTP_HOST");
  }
}
