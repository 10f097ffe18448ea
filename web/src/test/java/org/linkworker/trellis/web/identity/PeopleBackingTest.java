package org.linkworker.trellis.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.SampleFramework;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.identity.boundary.PersonView;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.web.identity.PeopleBacking.Option;
import org.linkworker.trellis.web.identity.PeopleBacking.PersonRow;

class PeopleBackingTest {

  private static PersonView person(
      String username,
      String name,
      Set<Role> roles,
      boolean active,
      String stage,
      String supervisor) {
    return new PersonView(
        username, name, roles, "org-1", "Riverside", stage, supervisor, active, 0);
  }

  @Test
  void supervisorsAreTheActiveOnesByName() {
    List<Option> options =
        PeopleBacking.supervisorOptions(
            List.of(
                person("zed", "Zed Super", Set.of(Role.SUPERVISOR), true, null, null),
                person(
                    "amy",
                    "amy Super",
                    Set.of(Role.SUPERVISOR, Role.LINK_WORKER),
                    true,
                    null,
                    null),
                person("old", "Old Super", Set.of(Role.SUPERVISOR), false, null, null),
                person("lw", "Link Worker", Set.of(Role.LINK_WORKER), true, null, null)));

    assertThat(options)
        .containsExactly(new Option("amy", "amy Super"), new Option("zed", "Zed Super"));
  }

  @Test
  void stagesComeInTheirOrderAndNoneWithoutAFramework() {
    List<Option> stages = PeopleBacking.stageOptions(List.of(SampleFramework.outline()));

    assertThat(stages).isNotEmpty();
    assertThat(PeopleBacking.stageOptions(List.of())).isEmpty();
  }

  @Test
  void theStagesOfEveryCurrentFrameworkAreOfferedEachFrameworksInItsOrder() {
    FrameworkOutline sample = SampleFramework.outline();
    List<Option> one = PeopleBacking.stageOptions(List.of(sample));

    List<Option> both = PeopleBacking.stageOptions(List.of(sample, sample));

    assertThat(both).hasSize(2 * one.size());
    assertThat(both.subList(0, one.size())).isEqualTo(one);
    assertThat(both.subList(one.size(), both.size())).isEqualTo(one);
  }

  @Test
  void rowsNameTheStageAndSupervisorAndKeepUnknownCodesVisible() {
    List<PersonRow> rows =
        PeopleBacking.rows(
            List.of(
                person(
                    "alex.link",
                    "Alex",
                    Set.of(Role.SUPERVISOR, Role.LINK_WORKER),
                    true,
                    "LW",
                    "sam"),
                person("kim", "Kim", Set.of(Role.LINK_WORKER), true, "GONE", "nobody"),
                person("em", "Em", Set.of(Role.EMPLOYER), true, null, null)),
            List.of(new Option("LW", "Link worker")),
            List.of(new Option("sam", "Sam Super")));

    assertThat(rows.get(0).stageTitle()).isEqualTo("Link worker");
    assertThat(rows.get(0).supervisorName()).isEqualTo("Sam Super");
    assertThat(rows.get(0).roles()).containsExactly(Role.LINK_WORKER, Role.SUPERVISOR);
    assertThat(rows.get(0).elementId()).isEqualTo("person-alex-link");
    assertThat(rows.get(0).isLinkWorker()).isTrue();
    assertThat(rows.get(1).stageTitle()).isEqualTo("GONE");
    assertThat(rows.get(1).supervisorName()).isEqualTo("nobody");
    assertThat(rows.get(2).stageTitle()).isNull();
    assertThat(rows.get(2).isLinkWorker()).isFalse();
  }

  @Test
  void onlyTheStewardIsOfferedTheStewardsRole() {
    assertThat(PeopleBacking.assignableRoles(false)).doesNotContain(Role.STEWARD).hasSize(4);
    assertThat(PeopleBacking.assignableRoles(true)).contains(Role.STEWARD);
  }

  @Test
  void theAddFormKnowsEveryFieldTheBoundaryMayName() {
    assertThat(PeopleBacking.ADD_INPUTS)
        .containsOnlyKeys("username", "displayName", "password", "roles", "stage", "supervisor");
    assertThat(PeopleBacking.ADD_INPUTS.values()).allMatch(id -> id.startsWith("new-"));
    assertThat(PeopleBacking.EDIT_INPUTS)
        .isEqualTo(Map.of("stage", "edit-stage", "supervisor", "edit-supervisor"));
  }

  @Test
  void onlyKnownConfirmationsAreShown() {
    PeopleBacking page = new PeopleBacking();
    page.setDone("saved");
    assertThat(page.getDone()).isEqualTo("saved");
    page.setDone("<script>");
    assertThat(page.getDone()).isNull();
  }
}
