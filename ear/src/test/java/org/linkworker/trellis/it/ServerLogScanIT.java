package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Privacy (issue 13): the server log written during the whole run of the integration tests (every
 * sign-in, import, report and failure they provoke) holds none of the demo people's names, none of
 * the passwords the tests sign in with, no reflection of the demo portfolio and no API token.
 *
 * <p>Run by the build after the Arquillian tests, in the execution that runs once their server has
 * stopped (see ear/pom.xml), so the log is whole.
 */
class ServerLogScanIT {

  private static final Pattern TOKEN = Pattern.compile("trellis_[A-Za-z0-9_-]{40,}");

  /**
   * A password the tests sign in with: a constant named PASSWORD (or ending in _PASSWORD) whose
   * value has a digit, as every password of the tests has (a constant such as the sign-in form's
   * field id {@code "password"} is not one).
   */
  private static final Pattern PASSWORD_CONSTANT =
      Pattern.compile("String (?:[A-Z_]*_)?PASSWORD =\\s*\"([^\"]*\\d[^\"]*)\"");

  @Test
  void theServerLogOfTheWholeRunHoldsNoNamePasswordReflectionOrToken() throws IOException {
    Path logs = Path.of(System.getProperty("it.domain.dir"), "logs");
    List<Path> files;
    try (Stream<Path> listed = Files.list(logs)) {
      files = listed.filter(p -> p.getFileName().toString().startsWith("server.log")).toList();
    }
    StringBuilder all = new StringBuilder();
    for (Path file : files) {
      all.append(Files.readString(file, StandardCharsets.ISO_8859_1)).append('\n');
    }
    String log = all.toString();
    assertThat(log).as("the log of the tests' server").contains("trellis");

    Set<String> names = new LinkedHashSet<>();
    Set<String> reflections = new LinkedHashSet<>();
    try (JsonReader people = Json.createReader(demo("people.json"))) {
      collect(people.read(), "displayName", names);
    }
    try (JsonReader portfolio = Json.createReader(demo("portfolio.json"))) {
      JsonValue document = portfolio.read();
      for (String part : List.of("what", "learned", "change")) {
        collect(document, part, reflections);
      }
    }
    Set<String> passwords = new LinkedHashSet<>(List.of(Http.DEMO_PASSWORD));
    try (Stream<Path> sources = Files.walk(Path.of("src", "test", "java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = PASSWORD_CONSTANT.matcher(Files.readString(source, StandardCharsets.UTF_8));
        while (m.find()) {
          passwords.add(m.group(1));
        }
      }
    }
    assertThat(names).as("the demo people's names").hasSizeGreaterThan(10);
    assertThat(reflections).as("the demo reflections").hasSizeGreaterThan(10);
    assertThat(passwords).as("the passwords the tests use").hasSizeGreaterThan(10);

    List<String> found = new ArrayList<>();
    names.forEach(name -> check(log, "name", name, found));
    passwords.forEach(password -> check(log, "password", password, found));
    reflections.forEach(reflection -> check(log, "reflection", reflection, found));
    Matcher token = TOKEN.matcher(log);
    while (token.find()) {
      found.add("token " + token.group().substring(0, 12) + "…");
    }
    System.out.printf(
        "ServerLogScanIT: %,d characters of server log in %d files searched for %d names, %d"
            + " passwords, %d reflections and API tokens: %d found%n",
        log.length(),
        files.size(),
        names.size(),
        passwords.size(),
        reflections.size(),
        found.size());
    assertThat(found).isEmpty();
  }

  private static void check(String log, String kind, String secret, List<String> found) {
    if (log.contains(secret)) {
      found.add(kind + " \"" + secret + "\"");
    }
  }

  private static InputStream demo(String name) {
    InputStream in =
        ServerLogScanIT.class
            .getClassLoader()
            .getResourceAsStream("org/linkworker/trellis/data/demo/" + name);
    assertThat(in).as(name).isNotNull();
    return in;
  }

  /** Every string value under the given key anywhere in the document (reflections long enough). */
  private static void collect(JsonValue value, String key, Set<String> into) {
    if (value instanceof JsonObject object) {
      object.forEach(
          (k, v) -> {
            if (k.equals(key) && v instanceof JsonString text && text.getString().length() >= 8) {
              into.add(text.getString());
            } else {
              collect(v, key, into);
            }
          });
    } else if (value instanceof JsonArray array) {
      array.forEach(v -> collect(v, key, into));
    }
  }
}
