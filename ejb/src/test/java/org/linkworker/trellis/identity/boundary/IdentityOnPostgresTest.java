package org.linkworker.trellis.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.linkworker.trellis.identity.boundary.IdentityTestBed.PASSWORD;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * The identity schema, mappings and queries on PostgreSQL: the generated audit numbers, the row
 * lock taken when counting a failure, the one-statement sign-in read, paging. Runs only when a
 * database is named, e.g. {@code
 * -Dtrellis.test.postgres=jdbc:postgresql://127.0.0.1/trellis?user=trellis}.
 */
class IdentityOnPostgresTest {

  private static final String URL = System.getProperty("trellis.test.postgres", "");

  private IdentityTestBed bed;

  @BeforeEach
  void setUp() {
    assumeTrue(!URL.isBlank(), "no PostgreSQL named by -Dtrellis.test.postgres");
    bed = new IdentityTestBed(TestDatabase.postgres(URL)).withCurrentFramework();
  }

  @AfterEach
  void tearDown() {
    if (bed != null) {
      bed.close();
    }
  }

  @Test
  void accountsWorkOnPostgres() {
    String riverside = bed.organisation("Riverside", OrganisationKind.EMPLOYER);
    bed.person("steward", null, Role.STEWARD);
    bed.person("emma.employer", riverside, Role.EMPLOYER);
    Caller emma = bed.caller("emma.employer");

    PersonView added =
        bed.people(
            o ->
                o.addPerson(
                    emma,
                    riverside,
                    new NewPerson(
                        "kim.new", "Kim", PASSWORD, Set.of(Role.LINK_WORKER), null, null)));
    for (int i = 0; i < 5; i++) {
      String guess = "wrong-" + i;
      bed.accounts(a -> a.signIn("kim.new", guess, null));
    }
    Optional<Caller> locked = bed.accounts(a -> a.signIn("kim.new", PASSWORD, null));
    Page<PersonView> people = bed.people(o -> o.people(emma, riverside, 0, 10));
    Page<AuditEntryView> lockouts =
        bed.audit(
            a ->
                a.find(
                    bed.caller("steward"),
                    new AuditFilter("KIM.NEW", "LOCKED_OUT", LocalDate.of(2026, 11, 25), null),
                    0,
                    10));

    assertThat(added.stage()).isEqualTo("TRAINEE");
    assertThat(locked).isEmpty();
    assertThat(people.total()).isEqualTo(2);
    assertThat(lockouts.total()).isOne();
  }
}
