package org.linkworker.trellis.portfolio.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.platform.CalendarDates;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.csv.CsvFile;
import org.linkworker.trellis.platform.csv.CsvLayout;
import org.linkworker.trellis.platform.csv.CsvRow;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.Lengths;

/**
 * A link worker's CPD history as CSV: UTF-8, a header row naming the columns of {@link #COLUMNS}
 * (in any order and case), one entry a row, read as every import file is ({@link CsvFile}). {@link
 * #parse} reads a row's text into typed values, saying by column what cannot be read (a date that
 * is not a date, a type that is not one of API.md's, a claim not written {@code COMPETENCY:LEVEL});
 * whether the values make a good entry is the portfolio boundary's question.
 */
public final class CpdCsv {

  /** The columns, as the header spells them (in any case), in the template's order. */
  public static final List<String> COLUMNS =
      List.of(
          "key",
          "date",
          "title",
          "type",
          "hours",
          "participatory",
          "standard",
          "what",
          "learned",
          "change",
          "claims",
          "status");

  /** The columns every file must have. */
  public static final List<String> REQUIRED = List.of("key", "date", "title", "type", "hours");

  /** The CPD file's layout: keys are the worker's own, exactly as written. */
  public static final CsvLayout LAYOUT =
      new CsvLayout(COLUMNS, REQUIRED, "key", false, "portfolio.import_");

  /** The statuses a row may ask for: a draft, or submitted to the supervisor. */
  public static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED");

  private CpdCsv() {}

  /** What is wrong with a file as a whole, or how many rows of entries it has. */
  public static CsvFile.Inspection inspect(byte[] content) {
    return CsvFile.inspect(content, LAYOUT);
  }

  /** The file's rows after the first {@code skip}; the file must have passed {@link #inspect}. */
  public static Iterator<CsvRow> rows(byte[] content, long skip) {
    return CsvFile.rows(content, LAYOUT, skip);
  }

  /** The header row and one example entry. */
  public static String template() {
    return CsvFile.template(
        LAYOUT,
        "2025-001,2025-03-14,Benefits advice drop-in with the welfare rights team,SHADOWING,3,true,"
            + "CP.3,\"Sat in on six appointments.\",\"How to check entitlement before referring.\","
            + "\"I now screen for benefits at the first conversation.\",PC.1:2;CC.3:1,DRAFT");
  }

  /**
   * A claim as written: a competency code and a level.
   *
   * @param level null when the level is not a whole number (the row then has an error)
   */
  public record ClaimText(String competency, Integer level) {}

  /**
   * A row's values, typed. A value that could not be read is null, and {@link Parsed#errors} says
   * why under its column; text columns are as written (trimmed), empty ones null.
   *
   * @param submit whether the row asks for the entry to be submitted to the supervisor
   */
  public record Row(
      long line,
      String key,
      LocalDate date,
      String title,
      ActivityType type,
      BigDecimal hours,
      boolean participatory,
      String standard,
      String what,
      String learned,
      String change,
      List<ClaimText> claims,
      boolean submit) {

    public Row {
      claims = List.copyOf(claims);
    }
  }

  /**
   * A row read, with what stopped any of its values from being read, by column ({@code ""} for the
   * row as a whole).
   */
  public record Parsed(Row row, Map<String, String> errors) {

    public Parsed {
      errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public boolean readable() {
      return errors.isEmpty();
    }
  }

  /** Reads one row's text into typed values. */
  public static Parsed parse(CsvRow row) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (!row.isComplete()) {
      errors.put(
          "", Messages.format("portfolio.import_row_columns", row.width(), row.headerWidth()));
    }
    String key = row.value("key");
    if (key.isEmpty()) {
      errors.put("key", Messages.format("portfolio.import_row_key_required"));
    } else if (key.length() > Lengths.IMPORT_KEY || key.chars().anyMatch(Character::isISOControl)) {
      errors.put("key", Messages.format("portfolio.import_row_key_size", Lengths.IMPORT_KEY));
    } else if (row.duplicateOfLine() > 0) {
      errors.put(
          "key", Messages.format("portfolio.import_row_key_duplicate", key, row.duplicateOfLine()));
    }
    Row typed =
        new Row(
            row.line(),
            key,
            date(row.value("date"), errors),
            row.value("title"),
            type(row.value("type"), errors),
            hours(row.value("hours"), errors),
            participatory(row.value("participatory"), errors),
            orNull(row.value("standard")),
            orNull(row.value("what")),
            orNull(row.value("learned")),
            orNull(row.value("change")),
            claims(row.value("claims"), errors),
            submit(row.value("status"), errors));
    return new Parsed(typed, errors);
  }

  private static String orNull(String text) {
    return text.isEmpty() ? null : text;
  }

  private static LocalDate date(String text, Map<String, String> errors) {
    if (text.isEmpty()) {
      errors.put("date", Messages.format("portfolio.import_row_date_required"));
      return null;
    }
    Optional<LocalDate> day = CalendarDates.parse(text);
    if (day.isEmpty()) {
      errors.put("date", Messages.format("portfolio.import_row_date", text));
    }
    return day.orElse(null);
  }

  private static ActivityType type(String text, Map<String, String> errors) {
    String names = String.join(", ", names(ActivityType.values()));
    if (text.isEmpty()) {
      errors.put("type", Messages.format("portfolio.import_row_type_required", names));
      return null;
    }
    String name = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (ActivityType type : ActivityType.values()) {
      if (type.name().equals(name)) {
        return type;
      }
    }
    errors.put("type", Messages.format("portfolio.import_row_enum", names, text));
    return null;
  }

  private static BigDecimal hours(String text, Map<String, String> errors) {
    if (text.isEmpty()) {
      errors.put("hours", Messages.format("portfolio.import_row_hours_required"));
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      errors.put("hours", Messages.format("portfolio.import_row_number", text));
      return null;
    }
  }

  private static boolean participatory(String text, Map<String, String> errors) {
    if (text.isEmpty() || text.equalsIgnoreCase("false")) {
      return false;
    }
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    errors.put("participatory", Messages.format("portfolio.import_row_boolean", text));
    return false;
  }

  /** {@code PC.1:2;CC.3:1}; empty parts are ignored. */
  private static List<ClaimText> claims(String text, Map<String, String> errors) {
    List<ClaimText> claims = new ArrayList<>();
    if (text.isEmpty()) {
      return claims;
    }
    for (String part : text.split(";")) {
      String claim = part.strip();
      if (claim.isEmpty()) {
        continue;
      }
      String[] pieces = claim.split(":", -1);
      Integer level = pieces.length == 2 ? wholeNumber(pieces[1]) : null;
      if (pieces.length != 2 || pieces[0].isBlank() || level == null) {
        errors.putIfAbsent("claims", Messages.format("portfolio.import_row_claim", claim));
        continue;
      }
      claims.add(new ClaimText(pieces[0].strip(), level));
    }
    return claims;
  }

  private static boolean submit(String text, Map<String, String> errors) {
    if (text.isEmpty() || text.equalsIgnoreCase("DRAFT")) {
      return false;
    }
    if (text.equalsIgnoreCase("SUBMITTED")) {
      return true;
    }
    errors.put("status", Messages.format("portfolio.import_row_status", text));
    return false;
  }

  private static Integer wholeNumber(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<String> names(Enum<?>[] constants) {
    List<String> names = new ArrayList<>(constants.length);
    for (Enum<?> constant : constants) {
      names.add(constant.name());
    }
    return names;
  }
}
