package org.linkworker.trellis.web.tags;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Column;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.entity.Lengths;

class FieldBackingTest {

  private static ValidatorFactory factory;

  @BeforeAll
  static void startValidation() {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
  }

  @AfterAll
  static void stopValidation() {
    factory.close();
  }

  /** A constraint of the kind a component may define: a name is required and at most 30 long. */
  @NotBlank
  @Size(max = 30)
  @Constraint(validatedBy = {})
  @Target(FIELD)
  @Retention(RUNTIME)
  @interface ShortName {
    String message() default "short name";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  static class Sample {
    @NotBlank
    @Size(max = 50)
    @Column(length = 80)
    String sized;

    @NotNull
    @Column(length = 25)
    String columnOnly;

    @ShortName String composed;

    @Size(max = 12)
    String optional;

    @Column(length = 9)
    Integer number;

    String free;
  }

  private FieldBacking sample(Validator validator) {
    return new FieldBacking(validator, Map.of("Sample", Sample.class));
  }

  @Test
  void sizeBoundsTheFieldAndNotBlankMakesItRequired() {
    assertThat(sample(factory.getValidator()).limits("Sample.sized"))
        .isEqualTo(new FieldLimit(50, true));
    assertThat(sample(factory.getValidator()).limits("Sample.optional"))
        .isEqualTo(new FieldLimit(12, false));
  }

  @Test
  void textWithoutSizeIsBoundedByItsColumn() {
    assertThat(sample(factory.getValidator()).limits("Sample.columnOnly"))
        .isEqualTo(new FieldLimit(25, true));
    assertThat(sample(factory.getValidator()).limits("Sample.number").isBounded()).isFalse();
  }

  @Test
  void theConstraintsAComposedConstraintBundlesCount() {
    assertThat(sample(factory.getValidator()).limits("Sample.composed"))
        .isEqualTo(new FieldLimit(30, true));
  }

  @Test
  void aFieldThatNamesNoPropertyHasNoLimits() {
    assertThat(sample(factory.getValidator()).limits(null)).isEqualTo(FieldLimit.NONE);
    assertThat(sample(factory.getValidator()).limits("")).isEqualTo(FieldLimit.NONE);
    assertThat(sample(factory.getValidator()).limits("Sample.free")).isEqualTo(FieldLimit.NONE);
  }

  @Test
  void aPropertyNoClassHasFailsTheFieldInsteadOfDroppingItsLimits() {
    FieldBacking limits = sample(factory.getValidator());
    assertThatThrownBy(() -> limits.limits("Sample.nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sample.nope");
    assertThatThrownBy(() -> limits.limits("Person.username"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> limits.limits("sized")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachPropertyIsReadOnceForTheApplicationsLife() {
    CountingValidator counting = new CountingValidator(factory.getValidator());
    FieldBacking limits = sample(counting);
    for (int i = 0; i < 5; i++) {
      limits.limits("Sample.sized");
      limits.limits("Sample.optional");
    }
    assertThat(counting.reads).isEqualTo(2);
  }

  @Test
  void aPersonsUsernameIsBoundedByTheOneUsernameLength() {
    FieldBacking limits = new FieldBacking(factory.getValidator());
    assertThat(limits.limits("Person.username")).isEqualTo(new FieldLimit(Lengths.USERNAME, true));
    assertThat(limits.limits("Person.displayName"))
        .isEqualTo(new FieldLimit(Lengths.DISPLAY_NAME, true));
    assertThat(limits.limits("Organisation.name"))
        .isEqualTo(new FieldLimit(Lengths.ORGANISATION_NAME, true));
    assertThat(limits.limits("AccessToken.name"))
        .isEqualTo(new FieldLimit(Lengths.TOKEN_NAME, true));
    assertThat(limits.limits("Person.roles").required()).isTrue();
  }

  @Test
  void aFieldsMessagesComeFromTheBundleWithItsBound() {
    FieldBacking limits = new FieldBacking(factory.getValidator());
    assertThat(limits.message("account_tokens.create.days", "invalid", 365))
        .isEqualTo("Enter a whole number of days from 1 to 365.");
    assertThat(limits.message("account_tokens.create.days", "nothing", 365)).isNull();
    assertThat(limits.has("account_tokens.create.days.hint")).isTrue();
    assertThat(limits.has("account_tokens.create.name.nothing")).isFalse();
  }

  /** Counts how often the constraint metadata of a class is asked for. */
  private static final class CountingValidator implements Validator {
    private final Validator delegate;
    int reads;

    CountingValidator(Validator delegate) {
      this.delegate = delegate;
    }

    @Override
    public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
      reads++;
      return delegate.getConstraintsForClass(clazz);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
      return delegate.validate(object, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateProperty(
        T object, String propertyName, Class<?>... groups) {
      return delegate.validateProperty(object, propertyName, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateValue(
        Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
      return delegate.validateValue(beanType, propertyName, value, groups);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      return delegate.unwrap(type);
    }

    @Override
    public ExecutableValidator forExecutables() {
      return delegate.forExecutables();
    }
  }
}
