package org.linkworker.trellis.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkworker.trellis.it.Deployments;
import org.linkworker.trellis.it.Http;

/**
 * The load test's short version in the test command (issue 13): {@link JourneysSimulation} with 20
 * virtual users for 30 seconds (5 of them the ramp) against the integration tests' own server, in
 * this JVM; any failed request fails the build. (Every journey runs within it: each virtual user
 * makes one every few seconds. The measured runs are bench/load.sh's.)
 *
 * <p>It writes only to accounts and organisations of its own, made here through the API as the
 * steward: an employer organisation with its employer manager, supervisors and link workers (each
 * worker supervised by one of the supervisors, so their submissions fill the queues the supervisors
 * clear), and a provider organisation with its account and one course for each provider user. The
 * steward's journey reads as the demo steward. It is in a package after the other integration
 * tests' ({@code it}), so it runs last of them (the test classes' orderer, {@link
 * org.linkworker.trellis.it.SharedDeployments.InContainerFirst}, takes the client-side classes by
 * their full names): nothing after it counts what it added.
 *
 * <p>{@code -Dload.it.url=...} points it at another base URL (e.g. a wrong path, to see it fail).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneysUnderLoadIT {

  private static final String PASSWORD = "load-journeys-2026";
  private static final int USERS = 20;
  private static final int RAMP = 5;
  private static final int DURATION = 25;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void twentyUsersOfEveryRoleMakeTheirJourneysForHalfAMinuteWithoutAFailedRequest() {
    Path accounts = Path.of(System.getProperty("java.io.tmpdir"), "load-journeys-accounts.txt");
    LoadAccounts.write(accounts, accounts(LoadMix.of(USERS)));
    String url = System.getProperty("load.it.url", base.toString());

    LoadRun.Result result =
        LoadRun.run(
            new LoadSettings(url, USERS, DURATION, RAMP, accounts, 500, 1500),
            Path.of(System.getProperty("java.io.tmpdir"), "gatling"));

    System.out.println(result.table());
    assertThat(result.all().requests()).as(result.table()).isPositive();
    assertThat(result.all().failed()).as(result.table()).isZero();
    assertThat(result.exitCode()).as("Gatling's assertions (no failed request)").isZero();
    // Every journey ran: each role's requests are in the figures.
    assertThat(result.requests())
        .extracting(LoadRun.Figures::name)
        .contains(
            "worker: quick add",
            "worker: submit entry",
            "worker: gap report",
            "supervisor: verification queue",
            "employer: coverage heatmap",
            "provider: save course",
            "steward: national view");
  }

  /** The accounts this run signs in as, made through the API. */
  private List<LoadAccounts.Account> accounts(Map<LoadAccounts.Role, Integer> mix) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    List<LoadAccounts.Account> accounts = new ArrayList<>();
    String employerOrg = organisation(steward, "Load journeys " + run, "EMPLOYER");
    String employer = "le" + run;
    person(steward, employerOrg, employer, "[\"EMPLOYER\"]", "");
    accounts.add(new LoadAccounts.Account(LoadAccounts.Role.EMPLOYER, employer, PASSWORD));
    List<String> supervisors = new ArrayList<>();
    for (int i = 0; i < mix.get(LoadAccounts.Role.SUPERVISOR); i++) {
      String supervisor = "ls" + i + run;
      person(steward, employerOrg, supervisor, "[\"SUPERVISOR\"]", "");
      supervisors.add(supervisor);
      accounts.add(new LoadAccounts.Account(LoadAccounts.Role.SUPERVISOR, supervisor, PASSWORD));
    }
    for (int i = 0; i < mix.get(LoadAccounts.Role.WORKER); i++) {
      String worker = "lw" + i + run;
      String supervisor = supervisors.get(i % supervisors.size());
      person(
          steward,
          employerOrg,
          worker,
          "[\"LINK_WORKER\"]",
          ",\"stage\":\"LINK_WORKER\",\"supervisor\":\"" + supervisor + "\"");
      accounts.add(
          new LoadAccounts.Account(LoadAccounts.Role.WORKER, worker, PASSWORD, supervisor));
    }
    for (int i = 0; i < mix.get(LoadAccounts.Role.PROVIDER); i++) {
      String providerOrg = organisation(steward, "Load journeys provider " + i + run, "PROVIDER");
      String provider = "lp" + i + run;
      person(steward, providerOrg, provider, "[\"PROVIDER\"]", "");
      HttpResponse<String> course =
          new Http(base)
              .as(provider, PASSWORD)
              .postJson(
                  "api/courses",
                  """
                  {"code": "LOAD-%d", "title": "Practice under load %s %d",
                   "description": "A course the load test edits.", "deliveryMode": "ONLINE",
                   "hours": 2, "cpdHours": 2, "accreditation": "Load test body",
                   "url": "https://example.org/load", "status": "PUBLISHED",
                   "mappings": [{"competency": "PC.1", "level": 2, "strength": "DEVELOPS"}]}
                  """
                      .formatted(i, run, i));
      assertThat(course.statusCode()).as(course.body()).isEqualTo(201);
      accounts.add(new LoadAccounts.Account(LoadAccounts.Role.PROVIDER, provider, PASSWORD));
    }
    accounts.add(
        new LoadAccounts.Account(LoadAccounts.Role.STEWARD, "steward", Http.DEMO_PASSWORD));
    return accounts;
  }

  private static String organisation(Http steward, String name, String kind) {
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}");
    assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
    return Http.json(org).asJsonObject().getString("id");
  }

  private static void person(
      Http steward, String organisation, String username, String roles, String more) {
    HttpResponse<String> person =
        steward.postJson(
            "api/organisations/" + organisation + "/people",
            "{\"username\":\"%s\",\"displayName\":\"Load %s\",\"password\":\"%s\",\"roles\":%s%s}"
                .formatted(username, username, PASSWORD, roles, more));
    assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
  }
}
