package org.linkworker.trellis.web.passivation;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.NormalScope;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule that lets a session travel to another server, as code: a bean of a passivating scope
 * ({@code @ViewScoped}, {@code @SessionScoped}, any scope declared {@code NormalScope(passivating =
 * true)}) is {@link Serializable}, and so is everything it holds, except
 *
 * <ul>
 *   <li>{@code static} and {@code transient} fields (a transient field is re-obtained, never relied
 *       on after a restore);
 *   <li>a field of the bean itself whose type is an EJB session bean ({@code @Stateless}, {@code
 *       Singleton}, {@code @Stateful}) or a normal-scoped CDI bean ({@code @RequestScoped}, {@code
 *       ApplicationScoped}, …): the container injects a proxy that it serialises as a reference and
 *       resolves again on the other server. A {@code @Dependent} bean is injected as itself and
 *       must be serialisable like any other value.
 * </ul>
 *
 * A held value's declared type decides: a JDK type must be serialisable (collections and maps count
 * by their element types), one of Trellis's own types must be serialisable and is checked field by
 * field. So a boundary's view record, an {@code EntityManager}, an {@code Optional} or a plain
 * {@code Object} held by a view-scoped bean is reported.
 */
final class PassivationRule {

  private static final Set<Class<?>> CONTAINERS =
      Set.of(Collection.class, List.class, Set.class, Map.class);

  private PassivationRule() {}

  /** The beans of a passivating scope among the main classes of the given packages. */
  static List<Class<?>> passivatingBeans(String... packages) {
    List<Class<?>> beans = new ArrayList<>();
    for (JavaClass imported :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(packages)) {
      Class<?> type = imported.reflect();
      if (Arrays.stream(type.getAnnotations()).anyMatch(PassivationRule::isPassivatingScope)) {
        beans.add(type);
      }
    }
    beans.sort(Comparator.comparing(Class::getName));
    return beans;
  }

  /** What keeps {@code bean} from being written with its session; empty when nothing does. */
  static List<String> problems(Class<?> bean) {
    List<String> problems = new ArrayList<>();
    if (!Serializable.class.isAssignableFrom(bean)) {
      problems.add(bean.getName() + " is not Serializable");
    }
    for (Field field : heldFields(bean)) {
      if (!isContainerReference(field.getType())) {
        check(field.getGenericType(), name(field), problems, new HashSet<>());
      }
    }
    return problems;
  }

  private static void check(Type type, String where, List<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      if (!CONTAINERS.contains(raw)) {
        check(raw, where, problems, seen);
      }
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(argument, where + "<>", problems, seen);
      }
    } else if (type instanceof GenericArrayType array) {
      check(array.getGenericComponentType(), where + "[]", problems, seen);
    } else if (type instanceof Class<?> c) {
      checkClass(c, where, problems, seen);
    } else {
      problems.add(where + " is of an open type " + type + ": say what it holds");
    }
  }

  private static void checkClass(Class<?> c, String where, List<String> problems, Set<Type> seen) {
    if (c.isPrimitive() || c.isEnum()) {
      return;
    }
    if (c.isArray()) {
      check(c.getComponentType(), where + "[]", problems, seen);
      return;
    }
    if (CONTAINERS.contains(c)) {
      problems.add(where + " is a raw " + c.getSimpleName() + ": say what it holds");
      return;
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(where + " holds " + c.getName() + ", which is not Serializable");
      return;
    }
    if (c.getName().startsWith("org.linkworker.")) {
      for (Field field : heldFields(c)) {
        check(field.getGenericType(), where + "." + field.getName(), problems, seen);
      }
    }
  }

  private static boolean isContainerReference(Class<?> type) {
    return type.isAnnotationPresent(Stateless.class)
        || type.isAnnotationPresent(Singleton.class)
        || type.isAnnotationPresent(Stateful.class)
        || Arrays.stream(type.getAnnotations())
            .anyMatch(a -> a.annotationType().isAnnotationPresent(NormalScope.class));
  }

  private static boolean isPassivatingScope(Annotation annotation) {
    NormalScope scope = annotation.annotationType().getAnnotation(NormalScope.class);
    return scope != null && scope.passivating();
  }

  /** The fields written with an instance: neither static nor transient, up the hierarchy. */
  private static List<Field> heldFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  private static String name(Field field) {
    return field.getDeclaringClass().getSimpleName() + "." + field.getName();
  }
}
