package org.linkworker.trellis.catalogue.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkworker.trellis.catalogue.entity.Course;
import org.linkworker.trellis.catalogue.entity.CourseMapping;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.catalogue.entity.MappingStrength;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.identity.boundary.AuditLog;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.platform.data.DataSetIdentifiers;
import org.linkworker.trellis.platform.data.DataSetStep;
import org.linkworker.trellis.platform.data.JsonFields;

/**
 * Loads the data set's courses ({@code demo/courses.json}), after the organisations:
 *
 * <pre>{@code
 * {"courses": [{"identifier": "<uuid>", "provider": "<provider organisation identifier>",
 *               "code": "CLP-101", "title": "...", "description": "...",
 *               "deliveryMode": "IN_PERSON", "hours": 6, "cpdHours": 6,
 *               "accreditation": "...", "url": "https://...", "status": "PUBLISHED",
 *               "mappings": ["PC.1:2:DEVELOPS", "HWBC:CO.1:1:INTRODUCES", ...]}]}
 * }</pre>
 *
 * Each course is checked as a provider's would be (the constraints of {@link CourseDetails}, its
 * mappings against the framework each names first, or the default framework when it names none); a
 * withdrawn course is one that was published. A course whose identifier is stored already is left
 * as it is.
 */
@Stateless
public class CoursesDataSetStep implements DataSetStep {

  public static final String KIND = "courses";

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject Validator validator;

  @Inject CurrentFrameworks frameworks;

  @Inject PublishedCatalogue catalogue;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void load(jakarta.json.JsonObject content, String fileName) {
    JsonFields top = JsonFields.of(content, fileName, "top level");
    Set<String> seen = new HashSet<>();
    MappingResolver resolver = new MappingResolver(frameworks);
    for (JsonFields entry : top.objects("courses")) {
      String id = DataSetIdentifiers.identifier(entry, seen);
      JsonFields item = entry.as("course " + id);
      if (em.find(Course.class, id) != null) {
        continue;
      }
      String providerId = item.string("provider");
      Organisation provider = em.find(Organisation.class, providerId);
      if (provider == null || provider.getKind() != OrganisationKind.PROVIDER) {
        throw item.problem(
            "provider " + providerId + " is not a stored provider; load the organisations first");
      }
      CourseDetails details = details(item);
      Set<ConstraintViolation<CourseDetails>> violations = validator.validate(details);
      if (!violations.isEmpty()) {
        throw item.problem(
            violations.stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; ")));
      }
      Map<String, String> errors = new LinkedHashMap<>();
      List<CourseMapping> mappings = resolver.resolve(details.mappings(), "mappings", errors);
      if (!errors.isEmpty()) {
        throw item.problem(errors.toString());
      }
      Course course = new Course(id, provider);
      CourseService.describe(course, details);
      course.remap(mappings);
      if (details.status() != CourseStatus.DRAFT) {
        course.moveTo(CourseStatus.PUBLISHED);
      }
      course.moveTo(details.status());
      em.persist(course);
      audit.record(
          AuditEntry.SYSTEM,
          AuditAction.COURSE_CREATED,
          AuditLog.course(id),
          "title " + AuditLog.quoted(course.getTitle()) + ", from " + fileName);
    }
    if (catalogue != null) {
      em.flush();
      catalogue.changing();
    }
  }

  private static CourseDetails details(JsonFields item) {
    return new CourseDetails(
        item.optionalString("code").orElse(null),
        item.string("title"),
        item.optionalString("description").orElse(null),
        DataSetIdentifiers.constant(item, "deliveryMode", DeliveryMode.class),
        number(item, "hours"),
        item.has("cpdHours") ? number(item, "cpdHours") : null,
        item.optionalString("accreditation").orElse(null),
        item.optionalString("url").orElse(null),
        DataSetIdentifiers.constant(item, "status", CourseStatus.class),
        mappings(item));
  }

  private static BigDecimal number(JsonFields item, String key) {
    JsonValue value = item.json().get(key);
    if (!(value instanceof JsonNumber number)) {
      throw item.problem(key + " is missing or not a number");
    }
    return number.bigDecimalValue();
  }

  private static List<MappingInput> mappings(JsonFields item) {
    JsonValue value = item.json().get("mappings");
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw item.problem("mappings is missing or not an array of \"CODE:LEVEL:STRENGTH\"");
    }
    List<MappingInput> mappings = new ArrayList<>();
    for (JsonValue element : value.asJsonArray()) {
      String[] given =
          element instanceof JsonString text ? text.getString().split(":") : new String[0];
      String framework = given.length == 4 ? given[0] : null;
      String[] parts = given.length == 4 ? Arrays.copyOfRange(given, 1, 4) : given;
      if (parts.length != 3 || !parts[1].matches("[0-9]{1,2}")) {
        throw item.problem(
            "mapping "
                + element
                + " is not \"CODE:LEVEL:STRENGTH\" or \"FRAMEWORK:CODE:LEVEL:STRENGTH\"");
      }
      mappings.add(
          new MappingInput(
              parts[0],
              Integer.valueOf(parts[1]),
              DataSetIdentifiers.parse(item, "strength", parts[2], MappingStrength.class),
              framework));
    }
    return mappings;
  }
}
