package org.linkworker.trellis.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.web.tags.FieldBacking;
import org.linkworker.trellis.web.tags.FieldLimit;
import org.linkworker.trellis.workforce.boundary.ComplianceStatus;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The Facelets conventions of STYLE.md, checked on the sources: every label from the bundle, no
 * inline scripts or styles, nothing from another origin, every page on the one layout, headings
 * that do not skip a level, every input written with the field tag and no length written on a page,
 * and the element ids the browser tests rely on.
 */
class FaceletsConventionsTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path JAVA = Path.of("src/main/java");
  private static final Path BUNDLE =
      Path.of("src/main/resources/org/linkworker/trellis/web/i18n/messages.properties");
  private static final String LAYOUT = "/WEB-INF/templates/layout.xhtml";

  private static final Pattern KEY_IN_PAGE = Pattern.compile("i18n\\['([^']+)'\\]");

  private static final String TAGS = "https://trellis.linkworker.org/tags";

  /** The keys a field finds under its own key (see t:field in the taglib). */
  private static final List<String> FIELD_KEY_SUFFIXES = List.of(".hint", ".required", ".invalid");

  /** Field types whose value is free text, which must be bounded by a property's limits. */
  private static final Set<String> TEXT_TYPES = Set.of("", "text", "username", "url", "textarea");

  /** Faces and PrimeFaces components a person types or chooses a value in. */
  private static final Pattern INPUT_COMPONENT =
      Pattern.compile(
          "input(?!Hidden).*|select.*|password|datePicker|calendar|spinner|autoComplete|chips"
              + "|textEditor|toggleSwitch|triStateCheckbox|rating|keyboard|inputNumber|inputMask");

  /** {@code ApiTexts.text("…")} in the REST layer, {@code Texts.text("…")} everywhere else. */
  private static final Pattern KEY_IN_JAVA =
      Pattern.compile("(?:Api)?Texts\\.text\\(\\s*\"([^\"]+)\"");

  /** Keys a page or class builds from a prefix and a value, so no literal names them. */
  private static final List<String> COMPOSED_KEY_PREFIXES =
      List.of(
          "common.status.",
          "common.role.",
          "common.organisationKind.",
          "admin_audit.action.",
          "account_reads.what.",
          "admin_erasures.status.",
          "common.deliveryMode.",
          "common.activityType.",
          "common.entryStatus.",
          "portfolio_entry.done.",
          "workforce_compliance.part.",
          "workforce_compliance.status.",
          "workforce_coverage.cell.",
          "portfolio_supervision.done.",
          "common.supervisionKind.",
          "common.courseStatus.",
          "common.strength.",
          "catalogue_course.status.",
          "catalogue_import.column.",
          "catalogue_import.status.",
          "portfolio_import.column.",
          "portfolio_import.status.",
          "progression_gap_reports.status.",
          "framework_import.classification.",
          "framework_import.levelSource.",
          "framework_diff.kind.",
          "framework_diff.field.",
          "api.problem.http.");

  private static Properties bundle;
  private static Map<Path, String> facelets;
  private static Map<Path, Document> documents;

  @BeforeAll
  static void readSources() throws Exception {
    bundle = new Properties();
    try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
      bundle.load(reader);
    }
    facelets = new TreeMap<>();
    documents = new TreeMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
        facelets.put(file, Files.readString(file, StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(file)) {
          documents.put(file, builder.parse(in, file.toUri().toString()));
        }
      }
    }
  }

  @Test
  void theBundleStartsWithItsKeyRule() throws IOException {
    String head =
        Files.readString(BUNDLE, StandardCharsets.UTF_8)
            .lines()
            .limit(25)
            .reduce("", String::concat);
    assertThat(head)
        .contains("Key rule")
        .contains("<page>.<element>")
        .contains("common.*")
        .contains("nav.*");
  }

  @Test
  void noLabelUsesAStraightApostropheWhichMessageFormatWouldSwallow() {
    assertThat(bundle.stringPropertyNames())
        .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("'"));
  }

  @Test
  void everyLabelAPageNamesIsInTheBundle() {
    Set<String> missing = new TreeSet<>();
    facelets.forEach(
        (file, text) -> {
          Matcher keys = KEY_IN_PAGE.matcher(text);
          while (keys.find()) {
            if (!bundle.containsKey(keys.group(1))) {
              missing.add(WEBAPP.relativize(file) + ": " + keys.group(1));
            }
          }
        });
    fields()
        .forEach(
            (where, field) -> {
              if (!bundle.containsKey(field.getAttribute("key"))) {
                missing.add(where + ": " + field.getAttribute("key"));
              }
            });
    assertThat(missing).isEmpty();
  }

  @Test
  void everyTextTheApiSendsIsInTheBundle() throws IOException {
    assertThat(missingKeys(javaKeys())).isEmpty();
  }

  @Test
  void everyFrameworkStatusHasALabel() {
    for (FrameworkStatus status : FrameworkStatus.values()) {
      assertThat(bundle).containsKey("common.status." + status.name());
    }
  }

  @Test
  void everyKindOfVersionChangeAndEveryFieldItNamesHasALabel() {
    for (org.linkworker.trellis.authoring.boundary.VersionDiff.ChangeKind kind :
        org.linkworker.trellis.authoring.boundary.VersionDiff.ChangeKind.values()) {
      assertThat(bundle).containsKey("framework_diff.kind." + kind.name());
    }
    for (String field : List.of("code", "domain", "title")) {
      assertThat(bundle).containsKey("framework_diff.field." + field);
    }
  }

  @Test
  void everyComplianceStatusAndEveryNationalSchemePartHasALabel() {
    for (ComplianceStatus status : ComplianceStatus.values()) {
      assertThat(bundle.getProperty("workforce_compliance.status." + status)).isNotBlank();
    }
    for (String part :
        List.of(
            "points",
            "formalHours",
            "hours",
            "participatoryHours",
            "reflectiveAccounts",
            "activityTypes")) {
      assertThat(bundle.getProperty("workforce_compliance.part." + part)).isNotBlank();
    }
  }

  @Test
  void everyRoleAndOrganisationKindHasALabel() {
    for (Role role : Role.values()) {
      assertThat(bundle).containsKey("common.role." + role.name());
    }
    for (OrganisationKind kind : OrganisationKind.values()) {
      assertThat(bundle).containsKey("common.organisationKind." + kind.name());
    }
  }

  @Test
  void theGenericSignInRefusalSaysNothingAboutTheAccount() {
    assertThat(bundle.getProperty("login.failed"))
        .isEqualTo(
            "Sign-in failed. Check your username and password. After 5 failed attempts an"
                + " account is locked for 15 minutes.");
  }

  @Test
  void theBundleHoldsNoKeyThatNothingUses() throws IOException {
    Set<String> used = new HashSet<>(javaKeys());
    facelets
        .values()
        .forEach(text -> KEY_IN_PAGE.matcher(text).results().forEach(m -> used.add(m.group(1))));
    fields()
        .values()
        .forEach(
            field -> {
              used.add(field.getAttribute("key"));
              FIELD_KEY_SUFFIXES.forEach(suffix -> used.add(field.getAttribute("key") + suffix));
            });
    Set<String> unused = new TreeSet<>();
    for (String key : bundle.stringPropertyNames()) {
      if (!used.contains(key) && COMPOSED_KEY_PREFIXES.stream().noneMatch(key::startsWith)) {
        unused.add(key);
      }
    }
    assertThat(unused).isEmpty();
  }

  @Test
  void noPageCarriesInlineScriptsOrStyles() {
    List<String> found = new ArrayList<>();
    documents.forEach(
        (file, document) ->
            forEachElement(
                document,
                element -> {
                  String name = element.getLocalName();
                  if (name.equals("script") || name.equals("style")) {
                    found.add(WEBAPP.relativize(file) + ": <" + name + ">");
                  }
                  NamedNodeMap attributes = element.getAttributes();
                  for (int i = 0; i < attributes.getLength(); i++) {
                    String attribute = ((Attr) attributes.item(i)).getName().toLowerCase();
                    if (attribute.equals("style") || attribute.startsWith("on")) {
                      found.add(WEBAPP.relativize(file) + ": " + name + " @" + attribute);
                    }
                  }
                }));
    assertThat(found).isEmpty();
  }

  @Test
  void nothingIsLoadedFromAnotherOrigin() throws IOException {
    List<String> found = new ArrayList<>();
    documents.forEach(
        (file, document) ->
            forEachElement(
                document,
                element -> {
                  for (String attribute : List.of("src", "href", "action")) {
                    String value = element.getAttribute(attribute);
                    if (value.startsWith("http:")
                        || value.startsWith("https:")
                        || value.startsWith("//")) {
                      found.add(WEBAPP.relativize(file) + ": " + value);
                    }
                  }
                }));
    try (Stream<Path> styles =
        Files.walk(WEBAPP).filter(path -> path.toString().endsWith(".css"))) {
      for (Path css : styles.toList()) {
        String text = Files.readString(css, StandardCharsets.UTF_8);
        if (text.contains("@import")
            || Pattern.compile("url\\(\\s*['\"]?(https?:)?//").matcher(text).find()) {
          found.add(WEBAPP.relativize(css).toString());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void everyPageUsesTheLayoutAndGivesATitle() {
    documents.forEach(
        (file, document) -> {
          if (WEBAPP.relativize(file).startsWith("WEB-INF")) {
            return;
          }
          Element root = document.getDocumentElement();
          assertThat(root.getLocalName()).as(file.toString()).isEqualTo("composition");
          assertThat(root.getAttribute("template")).as(file.toString()).isEqualTo(LAYOUT);
          assertThat(definitions(document)).as(file.toString()).contains("title", "content");
        });
  }

  @Test
  void headingsNeverSkipALevel() {
    documents.forEach(
        (file, document) -> {
          List<Integer> levels = new ArrayList<>();
          forEachElement(
              document,
              element -> {
                if (element.getLocalName().matches("h[1-6]")) {
                  levels.add(element.getLocalName().charAt(1) - '0');
                }
              });
          int previous = 0;
          for (int level : levels) {
            assertThat(level).as(file + " headings " + levels).isLessThanOrEqualTo(previous + 1);
            previous = level;
          }
        });
  }

  @Test
  void theIdsBrowserTestsRelyOnArePresent() {
    Document browse = documents.get(WEBAPP.resolve("framework/browse.xhtml"));
    Element search = elementWithId(browse, "search");
    assertThat(search.getLocalName()).isEqualTo("input");
    assertThat(search.getAttribute("name")).isEqualTo("q");
    assertThat(elementWithId(browse, "search-form").getAttribute("method")).isEqualTo("get");
    assertThat(elementWithId(browse, "match-count")).isNotNull();

    Document stages = documents.get(WEBAPP.resolve("framework/stages.xhtml"));
    Element matrix = elementWithId(stages, "stage-matrix");
    assertThat(matrix.getLocalName()).isEqualTo("table");
    assertThat(matrix.getElementsByTagNameNS("*", "caption").getLength()).isEqualTo(1);
  }

  @Test
  void theIdsOfTheSignInAccountAndAdministrationPagesArePresent() {
    Map<String, List<String>> ids =
        Map.of(
            "login.xhtml", List.of("login-form", "username", "password", "sign-in", "login-error"),
            "WEB-INF/includes/navigation.xhtml",
                List.of(
                    "nav-people",
                    "nav-organisations",
                    "nav-audit",
                    "nav-password",
                    "nav-tokens",
                    "signed-in-as",
                    "sign-out-form",
                    "sign-out"),
            "account/password.xhtml",
                List.of(
                    "password-form",
                    "current-password",
                    "new-password",
                    "confirm-password",
                    "change-password",
                    "password-changed"),
            "account/tokens.xhtml",
                List.of(
                    "tokens-table",
                    "revoke",
                    "new-token-form",
                    "token-name",
                    "token-days",
                    "create-token",
                    "new-token",
                    "token-secret",
                    "token-revoked",
                    "no-tokens"),
            "admin/organisations.xhtml",
                List.of(
                    "organisations-table",
                    "new-organisation-form",
                    "organisation-name",
                    "organisation-kind",
                    "create-organisation",
                    "organisation-created"),
            "organisation/people.xhtml",
                List.of(
                    "people-table",
                    "people-form",
                    "deactivate",
                    "reactivate",
                    "new-person-form",
                    "new-username",
                    "new-display-name",
                    "new-password",
                    "new-roles",
                    "new-stage",
                    "new-supervisor",
                    "add-person",
                    "edit-person-form",
                    "edit-stage",
                    "edit-supervisor",
                    "save-person",
                    "people-previous",
                    "people-next",
                    "people-count",
                    "people-done",
                    "no-people"),
            "admin/audit.xhtml",
                List.of(
                    "audit-filter-form",
                    "actor",
                    "action",
                    "from",
                    "to",
                    "audit-filter",
                    "audit-table",
                    "audit-previous",
                    "audit-next",
                    "audit-count",
                    "no-audit-entries"));
    ids.forEach(
        (page, expected) -> {
          Document document = documents.get(WEBAPP.resolve(page));
          assertThat(document).as(page).isNotNull();
          Set<String> present = new HashSet<>();
          forEachElement(
              document,
              element -> {
                // t:emptyState takes its id as elementId.
                present.add(element.getAttribute("id"));
                present.add(element.getAttribute("elementId"));
              });
          assertThat(present).as(page).containsAll(expected);
        });
    assertThat(
            elementWithId(documents.get(WEBAPP.resolve("admin/audit.xhtml")), "audit-filter-form")
                .getAttribute("method"))
        .isEqualTo("get");
  }

  @Test
  void theLayoutTakesStatelessnessFromTheViewHandlersRule() {
    Element view =
        (Element)
            documents
                .get(WEBAPP.resolve("WEB-INF/templates/layout.xhtml"))
                .getElementsByTagNameNS("jakarta.faces.core", "view")
                .item(0);
    assertThat(view.getAttribute("transient"))
        .as(
            "signed-in pages need their view state; only StatelessViewHandler's rule makes a view"
                + " transient")
        .isEqualTo("#{layoutBacking.statelessView}");
  }

  @Test
  void everyFormCarriesTheCspNonceSoItWorksWithoutJavaScript() {
    List<String> without = new ArrayList<>();
    documents.forEach(
        (file, document) -> {
          NodeList forms = document.getElementsByTagNameNS("jakarta.faces.html", "form");
          for (int i = 0; i < forms.getLength(); i++) {
            Element form = (Element) forms.item(i);
            if (form.getElementsByTagNameNS("https://trellis.linkworker.org/tags", "formNonce")
                    .getLength()
                == 0) {
              without.add(WEBAPP.relativize(file) + " #" + form.getAttribute("id"));
            }
          }
        });
    assertThat(without).isEmpty();
  }

  @Test
  void everyLabelledInputHasItsLabel() {
    documents.forEach(
        (file, document) ->
            forEachElement(
                document,
                element -> {
                  if (element.getLocalName().equals("input")
                      && !"hidden".equals(element.getAttribute("type"))) {
                    String id = element.getAttribute("id");
                    List<String> labelled = new ArrayList<>();
                    forEachElement(
                        document,
                        other -> {
                          if (other.getLocalName().equals("label")) {
                            labelled.add(other.getAttribute("for"));
                          }
                        });
                    assertThat(labelled).as(file + " input " + id).contains(id);
                  }
                }));
  }

  @Test
  void everyProjectTagIsDescribedAndHasItsSource() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document taglib =
        factory.newDocumentBuilder().parse(WEBAPP.resolve("WEB-INF/trellis.taglib.xml").toFile());
    NodeList tags = taglib.getElementsByTagNameNS("*", "tag");
    assertThat(tags.getLength()).isPositive();
    for (int i = 0; i < tags.getLength(); i++) {
      Element tag = (Element) tags.item(i);
      String source = tag.getElementsByTagNameNS("*", "source").item(0).getTextContent().strip();
      assertThat(WEBAPP.resolve("WEB-INF").resolve(source)).exists();
      assertThat(tag.getElementsByTagNameNS("*", "description").item(0).getTextContent())
          .isNotBlank();
    }
  }

  @Test
  void noPageWritesALengthOfItsOwn() {
    List<String> literal = new ArrayList<>();
    documents.forEach(
        (file, document) ->
            forEachElement(
                document,
                element -> {
                  NamedNodeMap attributes = element.getAttributes();
                  for (int i = 0; i < attributes.getLength(); i++) {
                    Attr attribute = (Attr) attributes.item(i);
                    String name =
                        attribute.getLocalName() == null
                            ? attribute.getName()
                            : attribute.getLocalName();
                    if (name.equalsIgnoreCase("maxlength")
                        && !attribute.getValue().startsWith("#{")) {
                      literal.add(WEBAPP.relativize(file) + ": " + attribute.getValue());
                    }
                  }
                  if (element.getLocalName().equals("passThroughAttribute")
                      && element.getAttribute("name").equalsIgnoreCase("maxlength")
                      && !element.getAttribute("value").startsWith("#{")) {
                    literal.add(WEBAPP.relativize(file) + ": " + element.getAttribute("value"));
                  }
                }));
    assertThat(literal)
        .as("a length comes from the property a field fills (t:field property=) or a constant")
        .isEmpty();
  }

  @Test
  void everyInputOfAPageGoesThroughTheFieldTag() {
    List<String> outside = new ArrayList<>();
    documents.forEach(
        (file, document) -> {
          Path page = WEBAPP.relativize(file);
          if (page.startsWith(Path.of("WEB-INF", "tags"))) {
            return;
          }
          forEachElement(
              document,
              element -> {
                if (isInput(element)) {
                  outside.add(
                      page
                          + ": <"
                          + element.getTagName()
                          + " id="
                          + element.getAttribute("id")
                          + ">");
                }
              });
        });
    assertThat(outside)
        .as(
            "inputs a person fills in are written with t:field, which gives each the same label,"
                + " limits, messages and ARIA attributes")
        .isEmpty();
  }

  @Test
  void everyFieldFillsAKnownPropertyAndHasItsMessages() {
    FieldBacking limits;
    try (ValidatorFactory factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      limits = new FieldBacking(factory.getValidator());
      List<String> wrong = new ArrayList<>();
      fields()
          .forEach(
              (where, field) -> {
                String key = field.getAttribute("key");
                FieldLimit limit;
                try {
                  limit = limits.limits(field.getAttribute("property"));
                } catch (IllegalArgumentException unknown) {
                  wrong.add(where + ": " + unknown.getMessage());
                  return;
                }
                if (TEXT_TYPES.contains(field.getAttribute("type")) && !limit.isBounded()) {
                  wrong.add(where + ": free text with no property that bounds its length");
                }
                String required = field.getAttribute("required");
                boolean mandatory = required.isEmpty() ? limit.required() : required.equals("true");
                if (mandatory && !bundle.containsKey(key + ".required")) {
                  wrong.add(where + ": required, but there is no " + key + ".required");
                }
              });
      assertThat(wrong).isEmpty();
    }
  }

  /** Whether a page's element is an input a person fills in, other than the tag's own. */
  private static boolean isInput(Element element) {
    String namespace = String.valueOf(element.getNamespaceURI());
    String name = element.getLocalName();
    if (namespace.equals("jakarta.faces.html") || namespace.equals("primefaces")) {
      return INPUT_COMPONENT.matcher(name).matches();
    }
    if (!namespace.equals("http://www.w3.org/1999/xhtml")) {
      return false;
    }
    if (name.equals("select") || name.equals("textarea")) {
      return true;
    }
    if (!name.equals("input")) {
      return false;
    }
    String type = element.getAttribute("type");
    // The framework's search box is the one plain GET field: it posts to no form and fills no
    // property, and its name (q) differs from its id. A read-only input shows, it takes nothing.
    boolean search = type.equals("search") && insideSearchLandmark(element);
    return !type.equals("hidden") && !search && !element.hasAttribute("readonly");
  }

  private static boolean insideSearchLandmark(Element element) {
    for (org.w3c.dom.Node node = element.getParentNode();
        node instanceof Element parent;
        node = parent.getParentNode()) {
      if ("search".equals(parent.getAttribute("role"))) {
        return true;
      }
    }
    return false;
  }

  /** Every t:field of the pages, by page and id. */
  private static Map<String, Element> fields() {
    Map<String, Element> fields = new TreeMap<>();
    documents.forEach(
        (file, document) -> {
          NodeList found = document.getElementsByTagNameNS(TAGS, "field");
          for (int i = 0; i < found.getLength(); i++) {
            Element field = (Element) found.item(i);
            fields.put(WEBAPP.relativize(file) + " #" + field.getAttribute("id"), field);
          }
        });
    return fields;
  }

  private static Set<String> javaKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(JAVA).filter(path -> path.toString().endsWith(".java"))) {
      for (Path file : files.toList()) {
        KEY_IN_JAVA
            .matcher(Files.readString(file, StandardCharsets.UTF_8))
            .results()
            .forEach(m -> keys.add(m.group(1)));
      }
    }
    return keys;
  }

  private static Set<String> missingKeys(Set<String> keys) {
    Set<String> missing = new TreeSet<>(keys);
    missing.removeIf(bundle::containsKey);
    return missing;
  }

  private static Set<String> definitions(Document document) {
    Set<String> names = new HashSet<>();
    NodeList defines = document.getElementsByTagNameNS("jakarta.faces.facelets", "define");
    for (int i = 0; i < defines.getLength(); i++) {
      names.add(((Element) defines.item(i)).getAttribute("name"));
    }
    return names;
  }

  private static Element elementWithId(Document document, String id) {
    List<Element> found = new ArrayList<>();
    forEachElement(
        document,
        element -> {
          if (id.equals(element.getAttribute("id"))) {
            found.add(element);
          }
        });
    assertThat(found).as("element #" + id).isNotEmpty();
    return found.get(0);
  }

  private static void forEachElement(
      Document document, java.util.function.Consumer<Element> action) {
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      action.accept((Element) all.item(i));
    }
  }
}
