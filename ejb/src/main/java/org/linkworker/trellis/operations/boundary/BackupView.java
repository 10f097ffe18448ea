package org.linkworker.trellis.operations.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A backup as {@code POST /api/backups} answers it.
 *
 * @param id the backup's folder name, its time in UTC ({@code 2026-11-30T09-41-07Z})
 * @param folder where it is on the server's disk: the database in {@code trellis/}, the evidence
 *     files in {@code evidence/}, and {@code backup.properties} written last
 * @param startedAt when the database's backup began: the backup holds a consistent state of the
 *     database no earlier than this
 * @param seconds how long the database and the files took
 * @param databaseBytes the size of the database's copy
 * @param evidenceFiles how many evidence files were copied
 * @param evidenceBytes their size
 */
@JsonbPropertyOrder({
  "id",
  "folder",
  "startedAt",
  "seconds",
  "databaseBytes",
  "evidenceFiles",
  "evidenceBytes"
})
public record BackupView(
    String id,
    String folder,
    Instant startedAt,
    double seconds,
    long databaseBytes,
    long evidenceFiles,
    long evidenceBytes) {}
