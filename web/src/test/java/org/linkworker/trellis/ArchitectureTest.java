package org.linkworker.trellis;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the arrows of STYLE.md pointing one way, over the web module's classes and the trellis-ejb
 * jar on the test classpath (so the rules also guard the EJB module's packages).
 *
 * <p>Packages are {@code org.linkworker.trellis.<component>.<layer>} in the EJB module (layers
 * {@code entity}, {@code control}, {@code boundary}, {@code batch}), {@code
 * org.linkworker.trellis.platform.*} for what every component shares, and {@code
 * org.linkworker.trellis.web.*} / {@code org.linkworker.trellis.rest.*} on top. The API shares two
 * things of the web side: who is calling ({@code web.security}) and the texts ({@code web.i18n}).
 */
@AnalyzeClasses(
    packages = ArchitectureTest.ROOT,
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "org.linkworker.trellis";

  private static final String ENTITY = ROOT + ".*.entity..";
  private static final String CONTROL = ROOT + ".*.control..";
  private static final String BOUNDARY = ROOT + ".*.boundary..";
  private static final String BATCH = ROOT + ".*.batch..";
  private static final String PLATFORM = ROOT + ".platform..";
  private static final String WEB = ROOT + ".web..";
  private static final String REST = ROOT + ".rest..";
  private static final String WEB_SECURITY = ROOT + ".web.security..";
  private static final String WEB_TEXTS = ROOT + ".web.i18n..";
  private static final String WEB_SLICES = ROOT + ".web.(*)..";
  private static final String REST_SLICES = ROOT + ".rest.(*)..";

  /** Without both modules every rule below would pass vacuously. */
  @ArchTest
  static void importsTheWebClassesAndTheEjbBoundary(JavaClasses classes) {
    assertThat(classes.contain(ROOT + ".framework.boundary.FrameworkService"))
        .as("trellis-ejb on the test classpath")
        .isTrue();
    assertThat(classes.contain(ROOT + ".rest.framework.FrameworksResource")).isTrue();
    assertThat(classes.contain(ROOT + ".web.framework.FrameworkBrowseBacking")).isTrue();
    assertThat(classes.contain(ROOT + ".identity.boundary.AccessPolicy")).isTrue();
    assertThat(classes.contain(ROOT + ".web.security.TrellisAuthenticationMechanism")).isTrue();
    assertThat(classes.contain(ROOT + ".rest.identity.OrganisationsResource")).isTrue();
  }

  @ArchTest
  static final ArchRule entitiesDependOnNoOtherLayerOfOurs =
      classes()
          .that()
          .resideInAPackage(ENTITY)
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(ENTITY, PLATFORM)))
          .because("entities are the ground: they know only other entities and the platform");

  @ArchTest
  static final ArchRule controlDependsOnlyOnEntitiesAndControl =
      classes()
          .that()
          .resideInAPackage(CONTROL)
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(ENTITY, CONTROL, PLATFORM)))
          .because("control logic has no transaction of its own and never calls a boundary")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule boundariesDependOnlyOnControlEntitiesAndOtherBoundaries =
      classes()
          .that()
          .resideInAPackage(BOUNDARY)
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(ROOT + "..")
                  .or(resideInAnyPackage(BOUNDARY, CONTROL, ENTITY, PLATFORM)))
          .because("a boundary is the transaction edge and knows nothing of pages or the API");

  @ArchTest
  static final ArchRule noComponentReachesIntoAnothersControl =
      classes()
          .that()
          .resideInAPackage(ROOT + "..")
          .should(onlyUseTheirOwnComponentsControl())
          .because("a component calls another component's boundary, never its control");

  @ArchTest
  static final ArchRule pagesUseOnlyBoundariesEntitiesAndTheirOwnClasses =
      classes()
          .that()
          .resideInAPackage(WEB)
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(ROOT + "..")
                  .or(resideInAnyPackage(BOUNDARY, ENTITY, PLATFORM, WEB)))
          .because(
              "pages go through a component's boundary (its transaction and security edge)"
                  + " and shape their own view models, never the API's payloads");

  @ArchTest
  static final ArchRule apiUsesOnlyBoundariesEntitiesAndItsOwnPayloads =
      classes()
          .that()
          .resideInAPackage(REST)
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(ROOT + "..")
                  .or(
                      resideInAnyPackage(
                          BOUNDARY, ENTITY, PLATFORM, REST, WEB_SECURITY, WEB_TEXTS)))
          .because(
              "the API goes through a component's boundary and maps it onto its own payloads;"
                  + " of the web side it shares only who is calling and the texts");

  @ArchTest
  static final ArchRule pagesNeverUseTheApi =
      classes()
          .that()
          .resideInAPackage(WEB)
          .should()
          .onlyDependOnClassesThat(resideOutsideOfPackage(REST))
          .because("the API builds on the pages' security and texts, never the other way round");

  @ArchTest
  static final ArchRule securityKnowsNoPage =
      classes()
          .that()
          .resideInAPackage(WEB_SECURITY)
          .should()
          .onlyDependOnClassesThat(
              resideOutsideOfPackage(ROOT + "..")
                  .or(
                      resideInAnyPackage(
                          WEB_SECURITY,
                          WEB_TEXTS,
                          ROOT + ".identity.boundary..",
                          ROOT + ".identity.entity..")))
          .because(
              "who is calling is established from the identity boundary alone, the same for pages"
                  + " and the API");

  @ArchTest
  static final ArchRule componentsAreFreeOfCycles =
      slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule packagesOfThePagesAreFreeOfCycles =
      slices().matching(WEB_SLICES).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule packagesOfTheApiAreFreeOfCycles =
      slices().matching(REST_SLICES).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule componentsAreLayered =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer("Platform")
          .definedBy(PLATFORM)
          .layer("Ground")
          .definedBy(ROOT + ".framework..", ROOT + ".identity..", ROOT + ".imports..")
          .layer("Core")
          .definedBy(ROOT + ".catalogue..", ROOT + ".portfolio..")
          .layer("Insight")
          .definedBy(ROOT + ".progression..", ROOT + ".workforce..", ROOT + ".authoring..")
          .layer("Interface")
          .definedBy(WEB, REST)
          .whereLayer("Interface")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Insight")
          .mayOnlyBeAccessedByLayers("Interface")
          .whereLayer("Core")
          .mayOnlyBeAccessedByLayers("Insight", "Interface")
          .whereLayer("Ground")
          .mayOnlyBeAccessedByLayers("Core", "Insight", "Interface")
          .whereLayer("Platform")
          .mayOnlyBeAccessedByLayers("Ground", "Core", "Insight", "Interface")
          .because(
              "framework, identity and imports < catalogue and portfolio < progression,"
                  + " workforce and authoring < web and rest");

  @ArchTest
  static final ArchRule namedBeansOfThePagesAreBackingBeans =
      classes()
          .that()
          .resideInAPackage(WEB)
          .and()
          .areAnnotatedWith(Named.class)
          .should()
          .haveSimpleNameEndingWith("Backing")
          .because("backing beans are *Backing and mirror their page's path");

  /** Plurals that do not end in "s", for resource names. */
  private static final Set<String> IRREGULAR_PLURALS = Set.of("People", "Provision");

  @ArchTest
  static final ArchRule resourcesArePluralAndLiveInRest =
      classes()
          .that()
          .areAnnotatedWith(Path.class)
          .should(havePluralResourceNames())
          .andShould()
          .resideInAPackage(REST)
          .because("REST resources are plural *Resource classes in rest.<component>");

  /**
   * A dependency on a class in some {@code <component>.control} package is allowed only from the
   * same component.
   */
  private static ArchCondition<JavaClass> onlyUseTheirOwnComponentsControl() {
    return new ArchCondition<>("only use the control package of their own component") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> own = component(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          if (isControl(target) && !component(target).equals(own)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> havePluralResourceNames() {
    return new ArchCondition<>("have a name made of a plural noun and Resource") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        String name = type.getSimpleName();
        String noun = name.endsWith("Resource") ? name.substring(0, name.length() - 8) : "";
        boolean plural = noun.endsWith("s") || IRREGULAR_PLURALS.stream().anyMatch(noun::endsWith);
        if (!plural) {
          events.add(SimpleConditionEvent.violated(type, name + " is not <plural noun>Resource"));
        }
      }
    };
  }

  private static boolean isControl(JavaClass type) {
    String[] parts = relativePackage(type);
    return parts.length >= 2 && parts[1].equals("control");
  }

  private static Optional<String> component(JavaClass type) {
    String[] parts = relativePackage(type);
    return parts.length == 0 || parts[0].isEmpty() ? Optional.empty() : Optional.of(parts[0]);
  }

  private static String[] relativePackage(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return new String[0];
    }
    return name.substring(ROOT.length() + 1).split("\\.");
  }
}
