package org.linkworker.trellis.portfolio.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkworker.trellis.testing.EvidenceSamples;

class EvidenceTypesTest {

  @TempDir Path folder;

  private final EvidenceTypes types = new EvidenceTypes();

  /** Written under a name that claims a PDF, so that only the content can decide. */
  private String detect(byte[] content) throws IOException {
    Path file = Files.write(folder.resolve("x.pdf"), content);
    return types.detect(file);
  }

  @Test
  void aPdfAPngAJpegAndAWordDocumentAreToldByTheirContent() throws IOException {
    assertThat(detect(EvidenceSamples.pdf())).isEqualTo(EvidenceTypes.PDF);
    assertThat(detect(EvidenceSamples.png())).isEqualTo(EvidenceTypes.PNG);
    assertThat(detect(EvidenceSamples.jpeg())).isEqualTo(EvidenceTypes.JPEG);
    assertThat(detect(EvidenceSamples.docx())).isEqualTo(EvidenceTypes.DOCX);
    assertThat(types.isAllowed(EvidenceTypes.PDF)).isTrue();
    assertThat(types.isAllowed(EvidenceTypes.DOCX)).isTrue();
  }

  @Test
  void scriptsPagesAndProgramsNamedAsPdfAreNotAllowed() throws IOException {
    for (byte[] content :
        new byte[][] {
          EvidenceSamples.script(),
          EvidenceSamples.html(),
          EvidenceSamples.shellScript(),
          EvidenceSamples.windowsProgram(),
          EvidenceSamples.text("Just some notes, saved as x.pdf.")
        }) {
      String type = detect(content);
      assertThat(type).isNotEqualTo(EvidenceTypes.PDF);
      assertThat(types.isAllowed(type)).as(type).isFalse();
    }
  }

  @Test
  void aZipIsAWordDocumentOnlyWithItsMainPartAndNoMacros() throws IOException {
    assertThat(types.isAllowed(detect(EvidenceSamples.zipWithoutWord()))).isFalse();
    assertThat(types.isAllowed(detect(EvidenceSamples.docxWithMacros()))).isFalse();
    byte[] broken = EvidenceSamples.docx();
    assertThat(types.isAllowed(detect(java.util.Arrays.copyOf(broken, broken.length / 2))))
        .isFalse();
  }

  @Test
  void aNameContradictsTheContentOnlyWhenItsExtensionIsAnotherAllowedTypes() {
    assertThat(types.contradicts("photo.pdf", EvidenceTypes.PNG)).isTrue();
    assertThat(types.contradicts("letter.DOCX", EvidenceTypes.PDF)).isTrue();
    assertThat(types.contradicts("photo.JPG", EvidenceTypes.JPEG)).isFalse();
    assertThat(types.contradicts("photo.jpeg", EvidenceTypes.JPEG)).isFalse();
    assertThat(types.contradicts("scan", EvidenceTypes.PDF)).isFalse();
    assertThat(types.contradicts("scan.v2", EvidenceTypes.PDF)).isFalse();
    assertThat(types.hasExtensionOf("scan.v2", EvidenceTypes.PDF)).isFalse();
    assertThat(types.extension(EvidenceTypes.JPEG)).isEqualTo("jpg");
  }

  @Test
  void theAllowedTypesAreNamedForMessages() {
    assertThat(types.allowedNames()).isEqualTo("PDF, PNG, JPEG or DOCX");
    assertThat(types.label(EvidenceTypes.DOCX)).isEqualTo("DOCX");
    assertThat(types.label("text/html")).isEqualTo("text/html");
  }
}
