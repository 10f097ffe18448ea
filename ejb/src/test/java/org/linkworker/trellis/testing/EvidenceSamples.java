package org.linkworker.trellis.testing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small but real files of each kind, built here, for the evidence tests. */
public final class EvidenceSamples {

  private EvidenceSamples() {}

  public static byte[] pdf() {
    return text(
        """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """);
  }

  public static byte[] png() {
    return image("png");
  }

  public static byte[] jpeg() {
    return image("jpg");
  }

  /** The least a Word document holds: its content types, its relationships and its body. */
  public static byte[] docx() {
    return zip(wordParts());
  }

  /** A Word document with macros (a .docm renamed): not accepted. */
  public static byte[] docxWithMacros() {
    Map<String, String> parts = wordParts();
    parts.put("word/vbaProject.bin", "macros");
    return zip(parts);
  }

  /** A zip archive that is no Word document. */
  public static byte[] zipWithoutWord() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<Types/>");
    parts.put("readme.txt", "hello");
    return zip(parts);
  }

  public static byte[] html() {
    return text("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
  }

  public static byte[] script() {
    return text("<script>fetch('/api/me').then(r => r.text())</script>\n");
  }

  public static byte[] shellScript() {
    return text("#!/bin/sh\nrm -rf \"$HOME\"\n");
  }

  /** The start of a Windows program: "MZ" and a DOS header. */
  public static byte[] windowsProgram() {
    byte[] header = new byte[256];
    header[0] = 'M';
    header[1] = 'Z';
    header[0x3c] = (byte) 0x80;
    header[0x80] = 'P';
    header[0x81] = 'E';
    return header;
  }

  public static byte[] text(String content) {
    return content.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String> wordParts() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
        </Types>
        """);
    parts.put(
        "_rels/.rels",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
        </Relationships>
        """);
    parts.put(
        "word/document.xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:body><w:p><w:r><w:t>Certificate of attendance</w:t></w:r></w:p></w:body>
        </w:document>
        """);
    return parts;
  }

  private static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, Color.GREEN.getRGB());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalStateException("No ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
