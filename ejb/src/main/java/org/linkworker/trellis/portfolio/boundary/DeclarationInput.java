package org.linkworker.trellis.portfolio.boundary;

import jakarta.validation.constraints.Size;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.validation.MultiLine;
import org.linkworker.trellis.portfolio.entity.Declaration;
import org.linkworker.trellis.portfolio.entity.Lengths;

/**
 * A worker's declaration as they make it, checked with the constraints of the {@link Declaration}
 * it becomes.
 *
 * @param membershipYear the membership year declared for, by the year it starts in; null for the
 *     current one, which is the only one that may be declared for
 * @param statement what the worker adds in their own words, or null
 */
public record DeclarationInput(
    Integer membershipYear,
    @Size(max = Lengths.NOTE, message = "{declaration.statement.size}") @MultiLine
        String statement) {

  public DeclarationInput {
    statement = Blank.orNull(statement);
  }
}
