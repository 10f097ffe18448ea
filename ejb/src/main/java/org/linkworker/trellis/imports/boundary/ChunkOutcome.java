package org.linkworker.trellis.imports.boundary;

import java.util.List;

/**
 * What an import job did with one chunk of rows, as its writer reports it in the chunk's
 * transaction.
 *
 * @param firstLine the line of the chunk's first row (the header is line 1)
 * @param lastLine the line of its last row
 * @param done how many rows of the file are done once this chunk commits
 * @param created rows that created a record
 * @param updated rows that changed one
 * @param unchanged rows that left one as it was
 * @param rejected rows refused
 * @param errors why each refused row was refused (a row may have several)
 */
public record ChunkOutcome(
    long firstLine,
    long lastLine,
    int done,
    int created,
    int updated,
    int unchanged,
    int rejected,
    List<ImportView.ErrorLine> errors) {

  public ChunkOutcome {
    errors = List.copyOf(errors);
  }
}
