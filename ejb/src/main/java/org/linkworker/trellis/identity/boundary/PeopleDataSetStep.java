package org.linkworker.trellis.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.identity.control.PasswordHasher;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.Lengths;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Lazy;
import org.linkworker.trellis.platform.data.DataSetIdentifiers;
import org.linkworker.trellis.platform.data.DataSetStep;
import org.linkworker.trellis.platform.data.JsonFields;

/**
 * Loads the data set's people ({@code demo/people.json}), after the organisations:
 *
 * <pre>{@code
 * {"demoPassword": "...",
 *  "people": [{"identifier": "<uuid>", "username": "alex.link", "displayName": "...",
 *              "organisation": "<organisation identifier, or absent for the steward>",
 *              "roles": ["LINK_WORKER"], "stage": "LINK_WORKER",
 *              "supervisor": "<identifier of a person earlier in the file or stored>"}]}
 * }</pre>
 *
 * A link worker's stage may be any current framework's, which makes it their framework. Every
 * account gets the one demo password, hashed once for the file: the password is published for all
 * of them alike, so a salt for each would hide nothing, and hashing it again for each of thirty
 * accounts (600,000 iterations) was three seconds of every first start. A person whose identifier
 * is stored already is left as it is. A person whose username another account has taken is skipped
 * with a warning.
 */
@Stateless
public class PeopleDataSetStep implements DataSetStep {

  public static final String KIND = "people";

  private static final System.Logger LOG = System.getLogger(PeopleDataSetStep.class.getName());

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject CurrentFrameworks frameworks;

  PasswordHasher hasher = new PasswordHasher();

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void load(JsonObject content, String fileName) {
    JsonFields top = JsonFields.of(content, fileName, "top level");
    String password = top.string("demoPassword");
    Supplier<String> passwordHash = Lazy.of(() -> hasher.hash(password));
    CurrentStages stages = new CurrentStages(frameworks);
    Set<String> seen = new HashSet<>();
    Map<String, Person> loaded = new HashMap<>();
    for (JsonFields entry : top.objects("people")) {
      String id = DataSetIdentifiers.identifier(entry, seen);
      JsonFields item = entry.as("person " + id);
      Person stored = em.find(Person.class, id);
      if (stored != null) {
        loaded.put(id, stored);
        continue;
      }
      Optional<Person> person = read(item, id, passwordHash, stages, loaded);
      person.ifPresent(
          p -> {
            em.persist(p);
            loaded.put(id, p);
            audit.record(
                AuditEntry.SYSTEM,
                AuditAction.PERSON_ADDED,
                AuditLog.person(p.getUsername()),
                "roles " + p.getRoles() + ", from " + fileName);
          });
    }
  }

  private Optional<Person> read(
      JsonFields item,
      String id,
      Supplier<String> passwordHash,
      CurrentStages stages,
      Map<String, Person> loaded) {
    String username = Person.normaliseUsername(item.string("username"));
    if (!Person.isWellFormedUsername(username)) {
      throw item.problem(
          "username \"" + username + "\" is not 3 to 60 characters of a-z, 0-9, '.', '_' and '-'");
    }
    if (AuditEntry.SYSTEM.equals(username)) {
      throw item.problem("username \"" + username + "\" is the audit log's name for the system");
    }
    String displayName = item.string("displayName").strip();
    if (displayName.length() > Lengths.DISPLAY_NAME) {
      throw item.problem("displayName is longer than " + Lengths.DISPLAY_NAME + " characters");
    }
    Organisation organisation =
        item.optionalString("organisation")
            .map(
                orgId ->
                    Optional.ofNullable(em.find(Organisation.class, orgId))
                        .orElseThrow(
                            () ->
                                item.problem(
                                    "organisation "
                                        + orgId
                                        + " is not stored; load the organisations first")))
            .orElse(null);
    Set<Role> roles = roles(item);
    for (Role role : roles) {
      if (!Person.admits(organisation, role)) {
        throw item.problem(
            organisation == null
                ? "role " + role + " needs an organisation"
                : "role " + role + " does not suit a " + organisation.getKind() + " organisation");
      }
    }
    boolean taken =
        em.createNamedQuery(Person.COUNT_BY_USERNAME, Long.class)
                .setParameter("username", username)
                .getSingleResult()
            > 0;
    if (taken) {
      LOG.log(
          Level.WARNING,
          "{0}: person {1} skipped: another account has its username",
          item.fileName(),
          id);
      return Optional.empty();
    }

    Person person = new Person(id, username, displayName, organisation, roles, passwordHash.get());
    Optional<String> stage = item.optionalString("stage");
    if (stage.isPresent()) {
      requireLinkWorker(item, roles, "stage");
      person.placeAtStage(
          stages
              .find(stage.get())
              .orElseThrow(
                  () ->
                      item.problem(
                          "stage \""
                              + stage.get()
                              + "\" is not a stage of a current framework "
                              + stages.codes())));
    }
    Optional<String> supervisorId = item.optionalString("supervisor");
    if (supervisorId.isPresent()) {
      requireLinkWorker(item, roles, "supervisor");
      Person supervisor =
          Optional.ofNullable(loaded.get(supervisorId.get()))
              .or(() -> Optional.ofNullable(em.find(Person.class, supervisorId.get())))
              .orElseThrow(
                  () ->
                      item.problem(
                          "supervisor "
                              + supervisorId.get()
                              + " is neither stored nor earlier in the file"));
      try {
        person.assignSupervisor(supervisor);
      } catch (InvalidInputException e) {
        throw item.problem(
            "supervisor " + supervisorId.get() + " cannot supervise them: " + e.getMessage());
      }
    }
    return Optional.of(person);
  }

  private static void requireLinkWorker(JsonFields item, Set<Role> roles, String key) {
    if (!roles.contains(Role.LINK_WORKER)) {
      throw item.problem(key + " is only for people with the role LINK_WORKER");
    }
  }

  private static Set<Role> roles(JsonFields item) {
    JsonValue value = item.json().get("roles");
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw item.problem("roles is missing or not an array");
    }
    JsonArray array = value.asJsonArray();
    if (array.isEmpty()) {
      throw item.problem("roles is empty; a person holds at least one role");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (JsonValue role : array) {
      if (role.getValueType() != JsonValue.ValueType.STRING) {
        throw item.problem("roles holds something other than a string");
      }
      roles.add(
          DataSetIdentifiers.parse(item, "roles", ((JsonString) role).getString(), Role.class));
    }
    return roles;
  }
}
