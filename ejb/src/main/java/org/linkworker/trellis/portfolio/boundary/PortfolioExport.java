package org.linkworker.trellis.portfolio.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code portfolio.json}, the document in a worker's portfolio export: everything their portfolio
 * holds, in the shapes the API shows it to them, so that they can take it elsewhere (and the answer
 * to a UK GDPR subject-access request). {@code format} names the format and its version; a change
 * that renames or removes a field is a new version, while fields may be added within one.
 *
 * @param format {@value #FORMAT}
 * @param exportedAt when the export was made
 * @param person whose portfolio it is
 * @param framework the framework the worker's claims name competencies of, or null when there is
 *     none
 * @param entries every CPD entry, newest first, each with its reflection, claims, status and
 *     decision, as {@code GET /api/cpd-entries/{id}} shows it to the worker
 * @param evidence every evidence file's details, each naming its entry, and where its bytes are in
 *     the archive
 * @param assessments every direct assessment, withdrawn ones included and marked so
 * @param supervision every supervision record, the private notes included
 * @param declarations every declaration against the code of practice, newest first
 */
@JsonbNillable
@JsonbPropertyOrder({
  "format",
  "exportedAt",
  "person",
  "framework",
  "entries",
  "evidence",
  "assessments",
  "supervision",
  "declarations"
})
public record PortfolioExport(
    String format,
    Instant exportedAt,
    Worker person,
    FrameworkVersion framework,
    List<EntryView> entries,
    List<EvidenceItem> evidence,
    List<AssessmentItem> assessments,
    List<SupervisionView> supervision,
    List<DeclarationView> declarations) {

  /** The format and its version. */
  public static final String FORMAT = "trellis-portfolio-export/1";

  public PortfolioExport {
    entries = List.copyOf(entries);
    evidence = List.copyOf(evidence);
    assessments = List.copyOf(assessments);
    supervision = List.copyOf(supervision);
    declarations = List.copyOf(declarations);
  }

  /**
   * The worker.
   *
   * @param organisation the name of their organisation, or null
   * @param stage their career stage's code, or null
   * @param supervisor their supervisor's username, or null
   */
  @JsonbNillable
  @JsonbPropertyOrder({"username", "displayName", "organisation", "stage", "supervisor"})
  public record Worker(
      String username, String displayName, String organisation, String stage, String supervisor) {}

  /** A framework by its code and version. */
  @JsonbPropertyOrder({"code", "version"})
  public record FrameworkVersion(String code, String version) {}

  /**
   * An evidence file.
   *
   * @param entry the id of the CPD entry it is attached to
   * @param name the name it was attached under
   * @param mediaType the type its content was found to be
   * @param size its length in bytes
   * @param sha256 the SHA-256 digest of its bytes, lower-case hexadecimal
   * @param path where its bytes are in the archive ({@code evidence/<id>-<name>}), or null when the
   *     file is missing from the server's evidence folder
   */
  @JsonbNillable
  @JsonbPropertyOrder({
    "id",
    "entry",
    "name",
    "mediaType",
    "size",
    "uploadedAt",
    "uploadedBy",
    "sha256",
    "path"
  })
  public record EvidenceItem(
      String id,
      String entry,
      String name,
      String mediaType,
      long size,
      Instant uploadedAt,
      String uploadedBy,
      String sha256,
      String path) {}

  /**
   * A supervisor's direct assessment. A withdrawn one no longer counts towards attainment but stays
   * on record.
   *
   * @param competency the competency's code
   * @param assessedBy the supervisor's username
   * @param note what the supervisor added, or null
   * @param withdrawnAt when the supervisor withdrew it, or null while it stands
   */
  @JsonbNillable
  @JsonbPropertyOrder({
    "id",
    "competency",
    "level",
    "date",
    "assessedBy",
    "note",
    "recordedAt",
    "withdrawn",
    "withdrawnAt"
  })
  public record AssessmentItem(
      String id,
      String competency,
      int level,
      LocalDate date,
      String assessedBy,
      String note,
      Instant recordedAt,
      boolean withdrawn,
      Instant withdrawnAt) {}
}
