package org.linkworker.trellis.web.tags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.Column;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.linkworker.trellis.catalogue.boundary.CourseQuery;
import org.linkworker.trellis.catalogue.entity.Course;
import org.linkworker.trellis.framework.entity.CareerStage;
import org.linkworker.trellis.identity.entity.AccessToken;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.portfolio.boundary.AssessmentInput;
import org.linkworker.trellis.portfolio.entity.CpdEntry;
import org.linkworker.trellis.portfolio.entity.Declaration;
import org.linkworker.trellis.portfolio.entity.Reflection;
import org.linkworker.trellis.portfolio.entity.SupervisionRecord;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.workforce.SchemeLines;
import org.linkworker.trellis.workforce.entity.RequirementScheme;

/**
 * Backs {@code /WEB-INF/tags/field.xhtml}: the limits of the property a form field fills, so that a
 * page never writes a length of its own. A page names the property as {@code Person.username}; the
 * limits are read once from the class's Bean Validation metadata (the {@code @Size},
 * {@code @NotBlank}, … that the entity already carries for its own validation) and kept for the
 * application's life. One constant in {@code Lengths} thereby feeds {@code @Column}, {@code @Size},
 * the boundary's message and the page's {@code maxlength}.
 *
 * <p>Where a text property carries no {@code @Size} its column length bounds it instead: whatever
 * is longer could not be stored, so the page may as well stop the typing there.
 */
@Named
@ApplicationScoped
public class FieldBacking {

  /**
   * The classes a page may name, by simple name. A new component adds its entities (or the records
   * its boundary validates) here.
   */
  static final Map<String, Class<?>> DESCRIBED =
      Map.ofEntries(
          Map.entry("Person", Person.class),
          Map.entry("Organisation", Organisation.class),
          Map.entry("AccessToken", AccessToken.class),
          Map.entry("AuditEntry", AuditEntry.class),
          Map.entry("Course", Course.class),
          Map.entry("CourseQuery", CourseQuery.class),
          Map.entry("CpdEntry", CpdEntry.class),
          Map.entry("Reflection", Reflection.class),
          Map.entry("SupervisionRecord", SupervisionRecord.class),
          Map.entry("AssessmentInput", AssessmentInput.class),
          Map.entry("RequirementScheme", RequirementScheme.class),
          Map.entry("SchemeLines", SchemeLines.class),
          Map.entry("Declaration", Declaration.class),
          Map.entry("CareerStage", CareerStage.class),
          Map.entry("ErasureRequest", org.linkworker.trellis.privacy.entity.ErasureRequest.class),
          Map.entry(
              "FrameworkImportFields",
              org.linkworker.trellis.web.framework.FrameworkImportFields.class));

  private static final Set<Class<? extends Annotation>> REQUIRING =
      Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

  private Validator validator;
  private Map<String, Class<?>> described;
  private final Map<String, FieldLimit> limits = new ConcurrentHashMap<>();

  @Inject
  public FieldBacking(Validator validator) {
    this(validator, DESCRIBED);
  }

  FieldBacking(Validator validator, Map<String, Class<?>> described) {
    this.validator = validator;
    this.described = described;
  }

  /** For the CDI client proxy only. */
  protected FieldBacking() {}

  /**
   * The limits of a property named as {@code Class.property}; {@link FieldLimit#NONE} when no
   * property is named.
   *
   * @throws IllegalArgumentException when the class is not one pages may name or has no such
   *     property: a typo on a page fails the page instead of silently dropping its limits
   */
  public FieldLimit limits(String property) {
    if (property == null || property.isBlank()) {
      return FieldLimit.NONE;
    }
    return limits.computeIfAbsent(property.strip(), this::read);
  }

  /** Whether the bundle holds {@code key}: a field's hint is shown only when it has one. */
  public boolean has(String key) {
    return Texts.has(key);
  }

  /**
   * A field's message of one kind, {@code <key>.<kind>} ({@code required}, {@code invalid}), with
   * {@code {0}} replaced by the field's bound; null when the bundle has none.
   */
  public String message(String key, String kind, Object bound) {
    String messageKey = key + "." + kind;
    return Texts.has(messageKey) ? Texts.text(messageKey, bound) : null;
  }

  private FieldLimit read(String property) {
    int dot = property.indexOf('.');
    Class<?> type = dot < 0 ? null : described.get(property.substring(0, dot));
    String name = property.substring(dot + 1);
    Field field = type == null ? null : field(type, name);
    if (field == null) {
      throw new IllegalArgumentException(
          "A form field names "
              + property
              + ", which is no property of the classes pages may name: "
              + described.keySet());
    }
    List<ConstraintDescriptor<?>> constraints = new ArrayList<>();
    PropertyDescriptor descriptor =
        validator.getConstraintsForClass(type).getConstraintsForProperty(name);
    if (descriptor != null) {
      descriptor
          .findConstraints()
          .unorderedAndMatchingGroups(Default.class)
          .getConstraintDescriptors()
          .forEach(constraint -> flatten(constraint, constraints));
    }
    boolean required =
        constraints.stream()
            .anyMatch(
                constraint -> REQUIRING.contains(constraint.getAnnotation().annotationType()));
    int max =
        constraints.stream()
            .filter(constraint -> constraint.getAnnotation() instanceof Size)
            .mapToInt(constraint -> ((Size) constraint.getAnnotation()).max())
            .filter(bound -> bound < Integer.MAX_VALUE)
            .min()
            .orElse(columnLength(field));
    return new FieldLimit(max, required);
  }

  /** A constraint and those it is composed of: a project constraint may bundle @Size. */
  private static void flatten(
      ConstraintDescriptor<?> constraint, List<ConstraintDescriptor<?>> all) {
    all.add(constraint);
    constraint.getComposingConstraints().forEach(composing -> flatten(composing, all));
  }

  private static int columnLength(Field field) {
    Column column = field.getAnnotation(Column.class);
    return column != null && field.getType() == String.class ? column.length() : 0;
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getName().equals(name)) {
          return field;
        }
      }
    }
    return null;
  }
}
