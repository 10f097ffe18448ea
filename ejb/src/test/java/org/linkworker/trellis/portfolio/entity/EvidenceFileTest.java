package org.linkworker.trellis.portfolio.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceFileTest {

  @Test
  void aPathIsReducedToItsPlainBaseName() {
    assertThat(EvidenceFile.plainName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
    assertThat(EvidenceFile.plainName("C:\\Users\\alex\\certificate.pdf"))
        .isEqualTo("certificate.pdf");
    assertThat(EvidenceFile.plainName("/..")).isEmpty();
    assertThat(EvidenceFile.plainName(null)).isEmpty();
  }

  @Test
  void hiddenNamesControlAndDirectionCharactersDoNotSurvive() {
    assertThat(EvidenceFile.plainName(".htaccess")).isEqualTo("htaccess");
    assertThat(EvidenceFile.plainName("report\r\nSet-Cookie: x.pdf"))
        .isEqualTo("report__Set-Cookie_ x.pdf");
    assertThat(EvidenceFile.plainName("invoice\u202Efdp.exe")).isEqualTo("invoice_fdp.exe");
    assertThat(EvidenceFile.plainName("say \"hi\".pdf")).isEqualTo("say _hi_.pdf");
    assertThat(EvidenceFile.plainName("  Café notes.docx ")).isEqualTo("Café notes.docx");
  }

  @Test
  void aLongNameIsShortenedKeepingItsExtension() {
    String name = EvidenceFile.plainName("a".repeat(300) + ".pdf");
    assertThat(name).hasSize(Lengths.FILE_NAME).endsWith("aaa.pdf");
  }
}
