package org.linkworker.trellis.portfolio.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;

/**
 * What an evidence file is, decided by its content (Tika's magic-byte detection), never by the name
 * or type a browser sent: a script named {@code x.pdf} is still a script. Only the types below may
 * be attached.
 *
 * <p>Tika's core alone sees a Word document only as a zip archive (it needs its parsers to look
 * inside), so a zip is a DOCX here when it holds the main document part {@code word/document.xml}
 * and no macros ({@code word/vbaProject.bin}); only the archive's directory is read, never its
 * compressed contents, so a zip bomb costs nothing.
 */
public final class EvidenceTypes {

  public static final String PDF = "application/pdf";
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** Each allowed type, its short name for messages, and the extensions its files carry. */
  private static final Map<String, Kind> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put(PDF, new Kind("PDF", List.of("pdf")));
    ALLOWED.put(PNG, new Kind("PNG", List.of("png")));
    ALLOWED.put(JPEG, new Kind("JPEG", List.of("jpg", "jpeg", "jpe", "jfif")));
    ALLOWED.put(DOCX, new Kind("DOCX", List.of("docx")));
  }

  /** What Tika's core calls a zip archive, an Office Open XML one among them. */
  private static final Set<String> ZIP = Set.of("application/zip", "application/x-tika-ooxml");

  private static final String WORD_DOCUMENT = "word/document.xml";
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String MACROS = "word/vbaProject.bin";

  /** More entries than any real Word document has; beyond this a zip is not looked through. */
  private static final int MOST_ENTRIES = 10_000;

  // Built once: it reads Tika's whole type registry. Detection is thread-safe.
  private static final Detector DETECTOR = new DefaultDetector();

  private record Kind(String label, List<String> extensions) {}

  /** The media type of the file's content, such as {@code application/pdf} or {@code text/html}. */
  public String detect(Path file) throws IOException {
    String type;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      // No resource name in the metadata: the name must not sway the answer.
      type = DETECTOR.detect(in, new Metadata()).getBaseType().toString();
    }
    if (ZIP.contains(type) && isWordDocument(file)) {
      return DOCX;
    }
    return type;
  }

  /** Whether files of this type may be attached. */
  public boolean isAllowed(String mediaType) {
    return ALLOWED.containsKey(mediaType);
  }

  /** The allowed types for a message: {@code PDF, PNG, JPEG or DOCX}. */
  public String allowedNames() {
    List<String> labels = ALLOWED.values().stream().map(Kind::label).toList();
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " or "
        + labels.get(labels.size() - 1);
  }

  /** The short name of an allowed type ({@code PDF}), or the media type itself. */
  public String label(String mediaType) {
    Kind kind = ALLOWED.get(mediaType);
    return kind == null ? mediaType : kind.label();
  }

  /** The usual extension of an allowed type, without the dot. */
  public String extension(String mediaType) {
    return kindOf(mediaType).extensions().get(0);
  }

  /**
   * Whether a file name's extension says something else than the content: {@code photo.pdf} for a
   * PNG. A name without an extension, or with one that no allowed type uses ({@code scan.v2}),
   * claims nothing.
   */
  public boolean contradicts(String fileName, String mediaType) {
    Optional<String> extension = extensionOf(fileName);
    if (extension.isEmpty()) {
      return false;
    }
    boolean claimed =
        ALLOWED.values().stream().anyMatch(kind -> kind.extensions().contains(extension.get()));
    return claimed && !kindOf(mediaType).extensions().contains(extension.get());
  }

  /** Whether the name ends in an extension of this type. */
  public boolean hasExtensionOf(String fileName, String mediaType) {
    return extensionOf(fileName).map(kindOf(mediaType).extensions()::contains).orElse(false);
  }

  private static Kind kindOf(String mediaType) {
    Kind kind = ALLOWED.get(mediaType);
    if (kind == null) {
      throw new IllegalArgumentException("Not an allowed evidence type: " + mediaType);
    }
    return kind;
  }

  private static Optional<String> extensionOf(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    return dot < 0 || dot == fileName.length() - 1
        ? Optional.empty()
        : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static boolean isWordDocument(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      boolean document = false;
      boolean contentTypes = false;
      int seen = 0;
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        if (++seen > MOST_ENTRIES) {
          return false;
        }
        String name = entries.nextElement().getName();
        if (name.equals(MACROS)) {
          return false;
        }
        document |= name.equals(WORD_DOCUMENT);
        contentTypes |= name.equals(CONTENT_TYPES);
      }
      return document && contentTypes;
    } catch (ZipException notAZip) {
      return false;
    }
  }
}
