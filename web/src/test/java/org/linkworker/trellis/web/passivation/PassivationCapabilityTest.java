package org.linkworker.trellis.web.passivation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.boundary.OrganisationService;
import org.linkworker.trellis.identity.boundary.PersonView;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.web.identity.PeopleBacking;
import org.linkworker.trellis.web.identity.TokensBacking;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Readiness for {@code <distributable/>}: every view- and session-scoped bean of the pages and the
 * API can be written with its session and read on another server ({@link PassivationRule}).
 */
class PassivationCapabilityTest {

  private static final List<Class<?>> BEANS =
      PassivationRule.passivatingBeans("org.linkworker.trellis.web", "org.linkworker.trellis.rest");

  @Test
  void theScanFindsTheViewScopedBeans() {
    assertThat(BEANS).contains(PeopleBacking.class, TokensBacking.class);
  }

  @Test
  void everyViewOrSessionScopedBeanHoldsOnlyWhatASessionCanCarry() {
    assertThat(BEANS)
        .allSatisfy(
            bean -> assertThat(PassivationRule.problems(bean)).as(bean.getName()).isEmpty());
  }

  @Test
  void everyViewOrSessionScopedBeanIsShownToSurviveARoundTrip() {
    assertThat(BEANS)
        .as(
            "a new view- or session-scoped bean gets a scenario in ScopedBeansSurviveSerialisationTest")
        .containsExactlyInAnyOrderElementsOf(ScopedBeansSurviveSerialisationTest.COVERED);
  }

  // The rule on beans made to break it.

  record Row(String username, PersonView person) implements Serializable {}

  @ViewScoped
  static class HoldsTheBoundarysView implements Serializable {
    PersonView editing;
    List<Row> rows;
    transient PersonView shown;
  }

  @SessionScoped
  static class HoldsWhatNoSessionCanCarry implements Serializable {
    EntityManager em;
    Optional<String> choice;
    Object anything;
    List<?> unknown;
    Map<String, List<PersonView>> byName;
  }

  @ViewScoped
  static class NotSerializable {}

  @ViewScoped
  static class HoldsInjectedReferencesAndPlainValues implements Serializable {
    OrganisationService organisations;
    CurrentCaller caller;
    List<Role> roles;
    Map<String, String> labels;
    Role[] chosen;
    int offset;
    String id;
  }

  @Test
  void aBoundarysRecordHeldByAViewScopedBeanIsReportedWhereverItSits() {
    assertThat(PassivationRule.problems(HoldsTheBoundarysView.class))
        .containsExactlyInAnyOrder(
            "HoldsTheBoundarysView.editing holds "
                + PersonView.class.getName()
                + ", which is not Serializable",
            "HoldsTheBoundarysView.rows<>.person holds "
                + PersonView.class.getName()
                + ", which is not Serializable");
  }

  @Test
  void anEntityManagerAnOptionalAndUntypedValuesAreReported() {
    assertThat(PassivationRule.problems(HoldsWhatNoSessionCanCarry.class))
        .hasSize(5)
        .anySatisfy(
            problem -> assertThat(problem).contains("em holds jakarta.persistence.EntityManager"))
        .anySatisfy(problem -> assertThat(problem).contains("choice holds java.util.Optional"))
        .anySatisfy(problem -> assertThat(problem).contains("anything holds java.lang.Object"))
        .anySatisfy(problem -> assertThat(problem).contains("unknown<> is of an open type"))
        .anySatisfy(problem -> assertThat(problem).contains("byName<><>"));
    assertThat(PassivationRule.problems(NotSerializable.class))
        .containsExactly(NotSerializable.class.getName() + " is not Serializable");
  }

  @Test
  void injectedSessionBeansAndScopedBeansArePassedAsTheContainersProxies() {
    assertThat(PassivationRule.problems(HoldsInjectedReferencesAndPlainValues.class)).isEmpty();
  }
}
