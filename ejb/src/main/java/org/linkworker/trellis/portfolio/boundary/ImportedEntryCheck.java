package org.linkworker.trellis.portfolio.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.portfolio.control.CpdCsv;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.Claim;
import org.linkworker.trellis.portfolio.entity.Reflection;

/**
 * Whether a row of a CPD file makes a good entry, by every rule an entry typed in follows: the
 * constraints of {@link EntryInput} (title, hours, reflection, standard's length) and the rules
 * that need the clock and the worker's framework ({@link EntryRules}). What is wrong is said by the
 * file's column, so that a person can find it: {@code reflection.what} is the {@code what} column,
 * {@code claims[2].level} the {@code claims} column.
 */
final class ImportedEntryCheck {

  /**
   * A good row, as the entry's parts.
   *
   * @param submit whether the row asks for the entry to go to the supervisor
   */
  record Checked(
      String key,
      LocalDate date,
      String title,
      ActivityType type,
      BigDecimal hours,
      boolean participatory,
      String standard,
      Reflection reflection,
      List<Claim> claims,
      boolean submit) {}

  /** A row checked: either its parts or what is wrong, by column (never both). */
  record Outcome(Checked checked, Map<String, String> errors) {

    boolean good() {
      return errors.isEmpty();
    }
  }

  private final Validator validator;
  private final Optional<FrameworkSnapshot> framework;
  private final LocalDate today;

  /**
   * @param framework the worker's framework (their stage's, or the current one)
   * @param today the latest date an entry may have
   */
  ImportedEntryCheck(Validator validator, Optional<FrameworkSnapshot> framework, LocalDate today) {
    this.validator = validator;
    this.framework = framework;
    this.today = today;
  }

  Outcome check(CpdCsv.Parsed parsed) {
    CpdCsv.Row row = parsed.row();
    // What could not be read keeps its message; the rules add what they find in the rest.
    Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
    EntryInput input =
        new EntryInput(
            row.date(),
            row.title(),
            row.type(),
            row.hours(),
            row.participatory(),
            null,
            row.standard(),
            new EntryInput.ReflectionInput(row.what(), row.learned(), row.change()),
            row.claims().stream()
                .map(c -> new EntryInput.ClaimInput(c.competency(), c.level()))
                .toList());
    for (ConstraintViolation<EntryInput> violation : validator.validate(input)) {
      errors.putIfAbsent(column(violation.getPropertyPath().toString()), violation.getMessage());
    }
    Map<String, String> ruled = new LinkedHashMap<>();
    if (row.date() != null) {
      EntryRules.date(row.date(), today, ruled);
    }
    EntryRules.standard(framework, input.standard(), ruled);
    List<Claim> claims =
        EntryRules.claims(
            framework,
            input.claims().stream()
                .filter(c -> c.competency() != null && c.level() != null)
                .toList(),
            ruled);
    ruled.forEach((field, message) -> errors.putIfAbsent(column(field), message));
    if (!errors.isEmpty()) {
      return new Outcome(null, errors);
    }
    return new Outcome(
        new Checked(
            row.key(),
            row.date(),
            input.title(),
            row.type(),
            row.hours(),
            row.participatory(),
            input.standard(),
            EntryRules.reflection(input.reflection()),
            claims,
            row.submit()),
        Map.of());
  }

  /** The file's column a field of {@link EntryInput} comes from. */
  static String column(String field) {
    String head = field;
    for (int i = 0; i < field.length(); i++) {
      if (field.charAt(i) == '[' || field.charAt(i) == '.') {
        head = field.substring(0, i);
        break;
      }
    }
    if (head.equals("reflection") && field.length() > "reflection.".length()) {
      return field.substring("reflection.".length());
    }
    return head;
  }
}
