package org.linkworker.trellis.portfolio.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.linkworker.trellis.portfolio.control.EvidenceStore;

/**
 * A worker's portfolio export as a ZIP archive, ready to be written out: {@value #DOCUMENT} (the
 * {@link PortfolioExport}, as JSON) and each evidence file under {@code evidence/<id>-<name>}.
 *
 * <p>It is made inside the transaction that checked the caller and read the portfolio, and written
 * after it: the evidence files are streamed from the evidence folder one at a time, never held in
 * memory, so the archive may be as large as the files are.
 */
public final class PortfolioArchive {

  /** The archive's media type. */
  public static final String MEDIA_TYPE = "application/zip";

  /** The document's name in the archive. */
  public static final String DOCUMENT = "portfolio.json";

  /** Where the evidence files are in the archive. */
  public static final String EVIDENCE_FOLDER = "evidence/";

  /** Writes the document as JSON into the archive's first entry, leaving the stream open. */
  @FunctionalInterface
  interface DocumentWriter {
    void write(PortfolioExport document, OutputStream out) throws IOException;
  }

  private final String fileName;
  private final PortfolioExport document;
  private final Map<String, String> storedNames;
  private final EvidenceStore store;

  /**
   * @param storedNames for each evidence file's path in the archive, the name its bytes are stored
   *     under, in the order they are written
   */
  PortfolioArchive(
      String fileName,
      PortfolioExport document,
      Map<String, String> storedNames,
      EvidenceStore store) {
    this.fileName = fileName;
    this.document = document;
    this.storedNames = new LinkedHashMap<>(storedNames);
    this.store = store;
  }

  /** The name to offer it for download under, e.g. {@code portfolio-alex.link-2026-11-25.zip}. */
  public String fileName() {
    return fileName;
  }

  /** What {@value #DOCUMENT} holds. */
  public PortfolioExport document() {
    return document;
  }

  /** Writes the whole archive; the stream is left open (finished, not closed). */
  public void writeTo(OutputStream out) throws IOException {
    writeTo(out, PortfolioArchive::json);
  }

  void writeTo(OutputStream out, DocumentWriter json) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    FileTime at = FileTime.from(document.exportedAt());
    ZipEntry entry = new ZipEntry(DOCUMENT);
    entry.setLastModifiedTime(at);
    zip.putNextEntry(entry);
    json.write(document, new KeptOpen(zip));
    zip.closeEntry();
    for (Map.Entry<String, String> file : storedNames.entrySet()) {
      ZipEntry evidence = new ZipEntry(file.getKey());
      evidence.setLastModifiedTime(at);
      zip.putNextEntry(evidence);
      try (InputStream in = store.open(file.getValue())) {
        in.transferTo(zip);
      }
      zip.closeEntry();
    }
    zip.finish();
    zip.flush();
  }

  /** The archive's stream as the JSON writer sees it: closing it ends nothing. */
  private static final class KeptOpen extends FilterOutputStream {

    KeptOpen(OutputStream zip) {
      super(zip);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private static void json(PortfolioExport document, OutputStream out) throws IOException {
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
      jsonb.toJson(document, out);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception closing) {
      throw new IOException("Could not close the JSON-B engine", closing);
    }
  }
}
