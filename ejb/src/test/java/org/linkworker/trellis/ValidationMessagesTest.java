package org.linkworker.trellis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Bean Validation message key used in the module exists in ValidationMessages. */
class ValidationMessagesTest {

  @Test
  void everyConstraintMessageKeyIsInTheBundle() throws Exception {
    Properties bundle = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/ValidationMessages.properties")) {
      bundle.load(in);
    }
    List<String> keys = new ArrayList<>();
    for (Class<?> type : mainClasses()) {
      for (var field : type.getDeclaredFields()) {
        collect(field.getAnnotations(), keys);
      }
      for (Method method : type.getDeclaredMethods()) {
        for (Annotation[] parameter : method.getParameterAnnotations()) {
          collect(parameter, keys);
        }
      }
    }

    assertThat(keys).isNotEmpty();
    assertThat(keys).allSatisfy(key -> assertThat(bundle).containsKey(key));
  }

  private static void collect(Annotation[] annotations, List<String> keys) throws Exception {
    for (Annotation annotation : annotations) {
      if (!annotation.annotationType().getPackageName().equals("jakarta.validation.constraints")) {
        continue;
      }
      String message = (String) annotation.annotationType().getMethod("message").invoke(annotation);
      if (message.startsWith("{") && !message.startsWith("{jakarta.validation")) {
        keys.add(message.substring(1, message.length() - 1));
      }
    }
  }

  private static List<Class<?>> mainClasses() throws IOException, ClassNotFoundException {
    Path root =
        Paths.get(
                ValidationMessagesTest.class
                    .getResource("/ValidationMessages.properties")
                    .getPath())
            .getParent();
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        classes.add(Class.forName(name, false, ValidationMessagesTest.class.getClassLoader()));
      }
    }
    return classes;
  }
}
