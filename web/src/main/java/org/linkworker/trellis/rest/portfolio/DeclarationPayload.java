package org.linkworker.trellis.rest.portfolio;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.portfolio.boundary.DeclarationInput;

/**
 * The body of {@code POST /api/people/{username}/declarations}; both fields may be left out (and so
 * may the body).
 */
@Schema(name = "DeclarationInput", description = "A declaration against the code of practice")
@JsonbPropertyOrder({"membershipYear", "statement"})
public record DeclarationPayload(
    @Schema(
            nullable = true,
            example = "2026",
            description =
                "The membership year by the year it starts in (2026 is 1 April 2026 to 31 March"
                    + " 2027). Only the current one may be declared for, which is the default.")
        Integer membershipYear,
    @Schema(
            nullable = true,
            description = "What the worker adds in their own words, at most 2,000 characters")
        String statement) {

  DeclarationInput toInput() {
    return new DeclarationInput(membershipYear, statement);
  }
}
