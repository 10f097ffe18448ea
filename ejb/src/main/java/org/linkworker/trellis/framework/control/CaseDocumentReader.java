package org.linkworker.trellis.framework.control;

import java.util.Locale;
import org.linkworker.trellis.framework.control.CasePackage.Document;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.framework.entity.Lengths;

/**
 * Reads a package's CFDocument: the framework or code of practice as a whole, with CASE's adoption
 * status read as the framework's lifecycle.
 */
final class CaseDocumentReader {

  private CaseDocumentReader() {}

  /**
   * The CFDocument, checked to fit where Trellis keeps it.
   *
   * @param versioned whether the document must carry a version, as a framework must
   */
  static DocumentDefinition read(CasePackage pkg, CaseChecks check, boolean versioned) {
    Document document = pkg.document();
    String label = document.label();
    check.uuid(label, "identifier", document.identifier());
    if (versioned && document.version() == null) {
      throw check.fail(label, "version is missing: Trellis tells framework versions apart by it");
    }
    return new DocumentDefinition(
        document.identifier(),
        check.fits(label, "uri", document.uri(), Lengths.URI),
        check.fits(label, "title", document.title(), Lengths.TITLE),
        check.fits(label, "description", document.description(), Lengths.TEXT),
        check.fits(label, "version", document.version(), Lengths.VERSION),
        status(document, check),
        check.fits(label, "creator", document.creator(), Lengths.TITLE),
        check.fits(label, "publisher", document.publisher(), Lengths.TITLE),
        check.fits(label, "language", document.language(), Lengths.LANGUAGE),
        check.fits(label, "frameworkType", document.frameworkType(), Lengths.TITLE),
        document.lastChange());
  }

  private static FrameworkStatus status(Document document, CaseChecks check) {
    String status = document.adoptionStatus();
    if (status == null) {
      return FrameworkStatus.DRAFT;
    }
    return switch (status.trim().toLowerCase(Locale.ROOT)) {
      case "draft", "private draft" -> FrameworkStatus.DRAFT;
      case "adopted" -> FrameworkStatus.PUBLISHED;
      case "deprecated", "retired" -> FrameworkStatus.RETIRED;
      default ->
          throw check.fail(
              document.label(),
              "adoptionStatus \"" + status + "\" is not one of Draft, Adopted, Deprecated");
    };
  }
}
