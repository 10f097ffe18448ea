package org.linkworker.trellis.rest.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceFilesResourceTest {

  @Test
  void aDownloadIsAnAttachmentNamedInPlainAsciiAndExactlyInUtf8() {
    assertThat(EvidenceFilesResource.attachment("Certificate.pdf"))
        .isEqualTo("attachment; filename=\"Certificate.pdf\"; filename*=UTF-8''Certificate.pdf");
    assertThat(EvidenceFilesResource.attachment("Café notes.docx"))
        .isEqualTo(
            "attachment; filename=\"Caf_ notes.docx\"; filename*=UTF-8''Caf%C3%A9%20notes.docx");
  }

  @Test
  void quotesBackslashesAndSemicolonsCannotBreakOutOfTheHeader() {
    assertThat(EvidenceFilesResource.attachment("a\"b\\c;d=e.pdf"))
        .isEqualTo(
            "attachment; filename=\"a_b_c;d=e.pdf\"; filename*=UTF-8''a%22b%5Cc%3Bd%3De.pdf");
  }
}
