package org.linkworker.trellis.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Proxy;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.rest.problem.Problem.FieldError;

class ProblemTest {

  @Test
  void aPropertyOfARequestBodyIsNamedByThePropertyAlone() {
    Path path = path(method("create"), parameter("entry"), property("hours", null));

    assertThat(Problem.field(path)).isEqualTo("hours");
  }

  @Test
  void aPropertyInsideAListKeepsTheListAndIndex() {
    Path path =
        path(method("create"), parameter("entry"), property("claims", null), property("level", 0));

    assertThat(Problem.field(path)).isEqualTo("claims[0].level");
  }

  @Test
  void aListParameterIsNamedBeforeTheIndex() {
    Path path = path(method("create"), parameter("claims"), property("level", 1));

    assertThat(Problem.field(path)).isEqualTo("claims[1].level");
  }

  @Test
  void aViolatedParameterIsNamedByTheParameter() {
    Path path = path(method("list"), parameter("limit"));

    assertThat(Problem.field(path)).isEqualTo("limit");
  }

  @Test
  void aViolationOfAWholeBodyIsNamedByItsParameter() {
    Path path = path(method("create"), parameter("entry"), node(ElementKind.BEAN, null, null));

    assertThat(Problem.field(path)).isEqualTo("entry");
  }

  @Test
  void aServiceParametersPropertyIsNamedAsTheJsonFieldWhateverTheParameterIsCalled() {
    Path unnamed = path(method("addPerson"), parameter("arg2"), property("username", null));
    Path named = path(method("addPerson"), parameter("person"), property("username", null));

    assertThat(Problem.field(unnamed)).isEqualTo("username");
    assertThat(Problem.field(named)).isEqualTo("username");
  }

  @Test
  void aPropertyOfANestedRecordKeepsThePathFromTheBody() {
    Path path =
        path(
            method("create"),
            parameter("arg1"),
            property("reflection", null),
            property("what", null));

    assertThat(Problem.field(path)).isEqualTo("reflection.what");
  }

  @Test
  void aParameterWithoutItsRealNameIsNoFieldAClientKnows() {
    assertThat(Problem.field(path(method("addPerson"), parameter("arg2")))).isNull();
    assertThat(Problem.field(path(method("create"), parameter("arg0"), property("level", 1))))
        .isEqualTo("[1].level");
  }

  @Test
  void anElementOfASetIsNamedByTheSet() {
    Path path =
        path(
            method("addPerson"),
            parameter("arg2"),
            property("roles", null),
            new Node(ElementKind.CONTAINER_ELEMENT, "<iterable element>", null, true));

    assertThat(Problem.field(path)).isEqualTo("roles");
  }

  @Test
  void aViolationOfAWholeObjectOutsideAMethodCallNamesNoField() {
    assertThat(Problem.field(path(node(ElementKind.BEAN, null, null)))).isNull();
  }

  @Test
  void aReturnValueViolationNamesNoField() {
    assertThat(
            Problem.field(
                path(method("find"), node(ElementKind.RETURN_VALUE, "<return value>", null))))
        .isNull();
  }

  @Test
  void invalidInputIsA400ListingEachFieldWithItsMessageInFieldOrder() {
    Problem problem =
        Problem.invalid(
            Set.of(
                violation(path(property("title", null)), "size must be between 1 and 200"),
                violation(path(property("hours", null)), "must be between 0.25 and 100")));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.title()).isEqualTo("Invalid request");
    assertThat(problem.detail()).isNotBlank();
    assertThat(problem.errors())
        .containsExactly(
            new FieldError("hours", "must be between 0.25 and 100"),
            new FieldError("title", "size must be between 1 and 200"));
  }

  @Test
  void errorsAreNeverNull() {
    assertThat(new Problem(404, "Not Found", "gone", null).errors()).isEmpty();
  }

  private static Path.Node method(String name) {
    return node(ElementKind.METHOD, name, null);
  }

  private static Path.Node parameter(String name) {
    return node(ElementKind.PARAMETER, name, null);
  }

  private static Path.Node property(String name, Integer index) {
    return node(ElementKind.PROPERTY, name, index);
  }

  private static Path.Node node(ElementKind kind, String name, Integer index) {
    return new Node(kind, name, index, index != null);
  }

  private static Path path(Path.Node... nodes) {
    return new Path() {
      @Override
      public Iterator<Node> iterator() {
        return List.of(nodes).iterator();
      }
    };
  }

  private static ConstraintViolation<?> violation(Path path, String message) {
    return (ConstraintViolation<?>)
        Proxy.newProxyInstance(
            ProblemTest.class.getClassLoader(),
            new Class<?>[] {ConstraintViolation.class},
            (proxy, method, arguments) ->
                switch (method.getName()) {
                  case "getPropertyPath" -> path;
                  case "getMessage" -> message;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == arguments[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private record Node(ElementKind kind, String name, Integer index, boolean inIterable)
      implements Path.Node {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isInIterable() {
      return inIterable;
    }

    @Override
    public Integer getIndex() {
      return index;
    }

    @Override
    public Object getKey() {
      return null;
    }

    @Override
    public ElementKind getKind() {
      return kind;
    }

    @Override
    public <T extends Path.Node> T as(Class<T> type) {
      return type.cast(this);
    }
  }
}
