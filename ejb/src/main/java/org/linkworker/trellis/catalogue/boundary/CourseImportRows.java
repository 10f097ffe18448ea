package org.linkworker.trellis.catalogue.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.catalogue.entity.Course;
import org.linkworker.trellis.catalogue.entity.CourseMapping;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.catalogue.entity.MappingStrength;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.imports.boundary.ChunkOutcome;
import org.linkworker.trellis.imports.boundary.ImportService;
import org.linkworker.trellis.imports.boundary.ImportView;
import org.linkworker.trellis.imports.entity.FileImport;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.csv.CsvRow;

/**
 * What the course import job does with a chunk of rows, in the chunk's transaction: each row is
 * checked as a course a provider types in would be (the constraints of {@link CourseDetails}, the
 * mappings against the framework, a code once per file); good rows create a course or update the
 * provider's course with the same code (a row that changes nothing leaves it alone, so importing a
 * file twice changes nothing); bad rows are skipped and their errors stored, by line and column.
 * What the chunk did is recorded with the import ({@link ImportService#chunkWritten}) in the same
 * transaction.
 *
 * <p>A chunk written again after a restart replaces the errors it stored the first time and finds
 * the courses it created by their codes, so nothing is duplicated.
 */
@Stateless
public class CourseImportRows {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject Validator validator;

  @Inject CurrentFrameworks frameworks;

  @Inject ImportService imports;

  @Inject PublishedCatalogue catalogue;

  /** The file of an import, for the job's reader. */
  public byte[] content(String importId) {
    return imports.content(importId);
  }

  /** How many of the file's rows committed chunks have read: where the job's reader resumes. */
  public long committedRows(String importId) {
    return imports.committedRows(importId);
  }

  /** Writes one chunk of rows of an import. */
  public void write(String importId, List<CsvRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    String providerId =
        em.createNamedQuery(FileImport.PROVIDER_OF, String.class)
            .setParameter("id", importId)
            .getSingleResult();
    Organisation provider = em.find(Organisation.class, providerId);
    MappingResolver resolver = new MappingResolver(frameworks);

    Map<CsvRow, CourseDetails> good = new LinkedHashMap<>();
    Map<CsvRow, List<CourseMapping>> goodMappings = new HashMap<>();
    Map<CsvRow, Map<String, String>> bad = new LinkedHashMap<>();
    for (CsvRow row : rows) {
      Map<String, String> errors = new LinkedHashMap<>();
      CourseDetails details = details(row, errors);
      if (details != null) {
        for (ConstraintViolation<CourseDetails> v : validator.validate(details)) {
          errors.putIfAbsent(column(v.getPropertyPath().toString()), v.getMessage());
        }
        Map<String, String> mappingErrors = new LinkedHashMap<>();
        List<CourseMapping> mappings =
            resolver.resolve(details.mappings(), "mappings", mappingErrors);
        mappingErrors.values().forEach(message -> errors.putIfAbsent("mappings", message));
        goodMappings.put(row, mappings);
      }
      if (errors.isEmpty()) {
        good.put(row, details);
      } else {
        bad.put(row, errors);
      }
    }

    Map<String, Course> stored = new HashMap<>();
    if (!good.isEmpty()) {
      em.createNamedQuery(Course.FIND_BY_PROVIDER_AND_CODES, Course.class)
          .setParameter("provider", provider.getId())
          .setParameter("codes", good.values().stream().map(CourseDetails::code).toList())
          .getResultList()
          .forEach(c -> stored.put(c.getCode(), c));
    }
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (Map.Entry<CsvRow, CourseDetails> entry : good.entrySet()) {
      CourseDetails details = entry.getValue();
      Course course = stored.get(details.code());
      boolean fresh = course == null;
      if (fresh) {
        course = new Course(provider);
      }
      try {
        // The status first: a move it cannot make refuses the row before anything changes.
        boolean changed = details.status() != null && course.moveTo(details.status());
        changed |= CourseService.describe(course, details);
        changed |= course.remap(goodMappings.get(entry.getKey()));
        if (fresh) {
          em.persist(course);
          stored.put(details.code(), course);
          created++;
        } else if (changed) {
          updated++;
        } else {
          unchanged++;
        }
      } catch (InvalidInputException e) {
        bad.put(entry.getKey(), e.fieldErrors());
      }
    }
    if (catalogue != null && created + updated > 0) {
      em.flush();
      catalogue.changing();
    }

    List<ImportView.ErrorLine> errors = new ArrayList<>();
    bad.forEach(
        (row, messages) ->
            messages.forEach(
                (column, message) ->
                    errors.add(new ImportView.ErrorLine(row.line(), column, message))));
    imports.chunkWritten(
        importId,
        new ChunkOutcome(
            rows.get(0).line(),
            rows.get(rows.size() - 1).line(),
            (int) rows.get(rows.size() - 1).index(),
            created,
            updated,
            unchanged,
            bad.size(),
            errors));
  }

  /** A row as a course, or null with what stops it from being read in {@code errors}. */
  private static CourseDetails details(CsvRow row, Map<String, String> errors) {
    if (row.width() != row.headerWidth()) {
      errors.put(
          "", Messages.format("catalogue.import_row_columns", row.width(), row.headerWidth()));
      return null;
    }
    String code = row.value("code");
    if (code.isEmpty()) {
      errors.put("code", Messages.format("catalogue.import_row_code_required"));
    } else if (row.duplicateOfLine() > 0) {
      errors.put(
          "code", Messages.format("catalogue.import_row_duplicate", code, row.duplicateOfLine()));
    }
    BigDecimal hours = number(row, "hours", errors);
    BigDecimal cpdHours = number(row, "cpdHours", errors);
    DeliveryMode mode = constant(row, "deliveryMode", DeliveryMode.class, errors);
    CourseStatus status = constant(row, "status", CourseStatus.class, errors);
    List<MappingInput> mappings = mappings(row.value("mappings"), errors);
    if (!errors.isEmpty()) {
      return null;
    }
    return new CourseDetails(
        code,
        row.value("title"),
        row.value("description"),
        mode,
        hours,
        cpdHours,
        row.value("accreditation"),
        row.value("url"),
        status,
        mappings);
  }

  private static BigDecimal number(CsvRow row, String column, Map<String, String> errors) {
    String text = row.value(column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      errors.put(column, Messages.format("catalogue.import_row_number", text));
      return null;
    }
  }

  private static <E extends Enum<E>> E constant(
      CsvRow row, String column, Class<E> type, Map<String, String> errors) {
    String text = row.value(column);
    if (text.isEmpty()) {
      return null;
    }
    Optional<E> constant = constant(text, type);
    if (constant.isEmpty()) {
      errors.put(column, Messages.format("catalogue.import_row_enum", names(type), text));
    }
    return constant.orElse(null);
  }

  /** A constant by its name in any case, with spaces or hyphens for underscores. */
  private static <E extends Enum<E>> Optional<E> constant(String text, Class<E> type) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  private static String names(Class<? extends Enum<?>> type) {
    List<String> names = new ArrayList<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    return String.join(", ", names);
  }

  /**
   * {@code PC.1:2:DEVELOPS;CC.3:1:INTRODUCES}; a strength left out is DEVELOPS. A mapping to a
   * competency of another framework than the default one names the framework first: {@code
   * HWBC:CO.1:2:DEVELOPS}.
   */
  private static List<MappingInput> mappings(String text, Map<String, String> errors) {
    List<MappingInput> mappings = new ArrayList<>();
    for (String part : text.split(";")) {
      String mapping = part.strip();
      if (mapping.isEmpty()) {
        continue;
      }
      String[] given = mapping.split(":");
      String framework = given.length == 4 ? given[0].strip() : null;
      String[] pieces = given.length == 4 ? Arrays.copyOfRange(given, 1, 4) : given;
      Optional<MappingStrength> strength =
          pieces.length == 3
              ? constant(pieces[2], MappingStrength.class)
              : Optional.of(MappingStrength.DEVELOPS);
      Integer level = wholeNumber(pieces.length >= 2 ? pieces[1] : "");
      if (pieces.length < 2
          || pieces.length > 3
          || level == null
          || strength.isEmpty()
          || (framework != null && framework.isEmpty())) {
        errors.putIfAbsent("mappings", Messages.format("catalogue.import_row_mapping", mapping));
        continue;
      }
      mappings.add(new MappingInput(pieces[0].strip(), level, strength.get(), framework));
    }
    return mappings;
  }

  private static Integer wholeNumber(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The column a constraint violation's property path names: {@code mappings[0].level} → mappings.
   */
  private static String column(String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '[' || path.charAt(i) == '.') {
        end = i;
        break;
      }
    }
    return path.substring(0, end);
  }
}
