package org.linkworker.trellis.portfolio.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.notification.boundary.NotificationService;
import org.linkworker.trellis.notification.entity.NotificationKind;
import org.linkworker.trellis.platform.data.DataSetIdentifiers;
import org.linkworker.trellis.platform.data.DataSetManifest;
import org.linkworker.trellis.platform.data.DataSetStep;
import org.linkworker.trellis.platform.data.JsonFields;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.Assessment;
import org.linkworker.trellis.portfolio.entity.Claim;
import org.linkworker.trellis.portfolio.entity.CpdEntry;
import org.linkworker.trellis.portfolio.entity.Declaration;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.portfolio.entity.EvidenceFile;
import org.linkworker.trellis.portfolio.entity.MembershipYear;
import org.linkworker.trellis.portfolio.entity.Reflection;
import org.linkworker.trellis.portfolio.entity.SupervisionKind;
import org.linkworker.trellis.portfolio.entity.SupervisionRecord;

/**
 * Loads the demo portfolio ({@code demo/portfolio.json}), after the people and the courses:
 *
 * <pre>{@code
 * {"entries": [{"identifier": "<uuid>", "owner": "<person identifier>", "daysAgo": 120,
 *               "title": "...", "type": "COURSE", "hours": 6, "participatory": true,
 *               "course": "<course identifier or null>", "standard": "CP.5",
 *               "reflection": {"what": "...", "learned": "...", "change": "..."},
 *               "claims": ["PC.1:2"], "status": "VERIFIED", "submittedDaysAgo": 118,
 *               "decidedDaysAgo": 110, "decidedBy": "<supervisor's person identifier>",
 *               "note": "the verifier's note or the reason it was returned"}]}
 * }</pre>
 *
 * Dates are days before the day the data set is loaded, so the demo portfolio is as recent on any
 * first run. Each entry is checked as its worker's would be (the constraints of {@link EntryInput},
 * its claims against the worker's framework) and goes through the same transitions; a submitted
 * entry notifies the supervisor and a returned one the worker, as they would have. An entry whose
 * identifier is stored already is left as it is. {@code assessments} ({@code owner, competency,
 * level, daysAgo, assessedBy, note}) and {@code supervision} ({@code owner, daysAgo, minutes, kind,
 * supervisor, notes}) follow the same rules.
 *
 * <p>{@code declarations} ({@code owner, yearsAgo, daysAgo, statement}) are made against the code
 * of practice of the worker's framework for the membership year {@code yearsAgo} before the current
 * one (0 for the current year), dated {@code daysAgo} days before the load but kept within that
 * year and not after the load, so that on any first run one worker has declared this year and
 * others are due.
 */
@Stateless
public class PortfolioDataSetStep implements DataSetStep {

  public static final String KIND = "portfolio";

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject Validator validator;

  @Inject CurrentFrameworks frameworks;

  @Inject NotificationService notifications;

  @Inject Clock clock;

  @Inject EvidenceService evidence;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void load(JsonObject content, String fileName) {
    JsonFields top = JsonFields.of(content, fileName, "top level");
    LocalDate today = LocalDate.now(clock);
    Set<String> seen = new HashSet<>();
    for (JsonFields item : top.objects("entries")) {
      String id = DataSetIdentifiers.identifier(item, seen);
      if (em.find(CpdEntry.class, id) == null) {
        entry(id, item.as("entry " + id), today);
      }
    }
    for (JsonFields item : top.objects("assessments")) {
      String id = DataSetIdentifiers.identifier(item, seen);
      if (em.find(Assessment.class, id) == null) {
        assessment(id, item.as("assessment " + id), today);
      }
    }
    for (JsonFields item : top.objects("evidence")) {
      String id = DataSetIdentifiers.identifier(item, seen);
      if (em.find(EvidenceFile.class, id) == null) {
        evidence(id, item.as("evidence " + id));
      }
    }
    for (JsonFields item : top.objects("supervision")) {
      String id = DataSetIdentifiers.identifier(item, seen);
      if (em.find(SupervisionRecord.class, id) == null) {
        supervision(id, item.as("supervision record " + id), today);
      }
    }
    for (JsonFields item : top.objects("declarations")) {
      String id = DataSetIdentifiers.identifier(item, seen);
      if (em.find(Declaration.class, id) == null) {
        declaration(id, item.as("declaration " + id), today);
      }
    }
  }

  private void declaration(String id, JsonFields item, LocalDate today) {
    Person owner = person(item, "owner");
    MembershipYear current = MembershipYear.containing(today);
    MembershipYear year = new MembershipYear(current.first() - item.integer("yearsAgo", 0, 50));
    LocalDate day = today.minusDays(item.integer("daysAgo", 0, 3650));
    LocalDate last = year.to().isAfter(today) ? today : year.to();
    day = day.isBefore(year.from()) ? year.from() : day.isAfter(last) ? last : day;
    FrameworkSnapshot framework = frameworkOf(item, owner);
    if (framework.outline().codeOfPractice() == null) {
      throw item.problem(framework + " has no code of practice to declare against");
    }
    boolean declared =
        !em.createNamedQuery(Declaration.FOR_YEAR, Declaration.class)
            .setParameter("owner", owner)
            .setParameter("year", year.first())
            .getResultList()
            .isEmpty();
    if (declared) {
      // The worker declared for that year in the application before this record was loaded.
      return;
    }
    em.persist(
        new Declaration(
            id,
            owner,
            year,
            day,
            framework.outline().codeOfPractice().id(),
            framework.code(),
            framework.version(),
            item.optionalString("statement").orElse(null),
            at(day)));
  }

  private void assessment(String id, JsonFields item, LocalDate today) {
    Person owner = person(item, "owner");
    Person assessor = person(item, "assessedBy");
    LocalDate date = today.minusDays(item.integer("daysAgo", 0, 3650));
    FrameworkSnapshot framework = frameworkOf(item, owner);
    String code = item.string("competency");
    CompetencyView competency =
        framework
            .competency(code)
            .orElseThrow(() -> item.problem(code + " is not a competency of " + framework));
    int level = item.integer("level", 0, 99);
    if (!framework.hasLevel(level)) {
      throw item.problem(level + " is not a level of " + framework);
    }
    em.persist(
        new Assessment(
            id,
            owner,
            competency.id(),
            competency.code(),
            level,
            date,
            assessor.getUsername(),
            item.optionalString("note").orElse(null),
            at(date)));
  }

  private void evidence(String id, JsonFields item) {
    String entryId = item.string("entry");
    CpdEntry entry = em.find(CpdEntry.class, entryId);
    if (entry == null) {
      throw item.problem("entry " + entryId + " is not in the data set's entries");
    }
    String path = item.string("file");
    try (InputStream in =
        DataSetManifest.open(PortfolioDataSetStep.class.getClassLoader(), path).open()) {
      evidence.keepFromDataSet(
          id,
          entry,
          item.optionalString("name").orElse(path.substring(path.lastIndexOf('/') + 1)),
          in,
          entry.getOwner().getUsername(),
          entry.getSubmittedAt() == null ? at(entry.getDate()) : entry.getSubmittedAt());
    } catch (IOException | IllegalArgumentException e) {
      throw item.problem(path + ": " + e.getMessage());
    }
  }

  private void supervision(String id, JsonFields item, LocalDate today) {
    Person owner = person(item, "owner");
    Person supervisor = person(item, "supervisor");
    LocalDate date = today.minusDays(item.integer("daysAgo", 0, 3650));
    em.persist(
        new SupervisionRecord(
            id,
            owner,
            date,
            item.integer("minutes", SupervisionRecord.MIN_MINUTES, SupervisionRecord.MAX_MINUTES),
            DataSetIdentifiers.constant(item, "kind", SupervisionKind.class),
            supervisor.getUsername(),
            item.optionalString("notes").orElse(null),
            owner.getUsername(),
            at(date)));
  }

  private void entry(String id, JsonFields item, LocalDate today) {
    Person owner = person(item, "owner");
    LocalDate date = today.minusDays(item.integer("daysAgo", 0, 3650));
    EntryInput input =
        new EntryInput(
            date,
            item.string("title"),
            DataSetIdentifiers.constant(item, "type", ActivityType.class),
            number(item, "hours"),
            item.optionalBoolean("participatory", false),
            item.optionalString("course").orElse(null),
            item.optionalString("standard").orElse(null),
            item.optionalObject("reflection", "reflection")
                .map(
                    r ->
                        new EntryInput.ReflectionInput(
                            r.optionalString("what").orElse(null),
                            r.optionalString("learned").orElse(null),
                            r.optionalString("change").orElse(null)))
                .orElse(null),
            List.of());
    Set<ConstraintViolation<EntryInput>> violations = validator.validate(input);
    if (!violations.isEmpty()) {
      throw item.problem(
          violations.stream()
              .map(v -> v.getPropertyPath() + ": " + v.getMessage())
              .sorted()
              .collect(Collectors.joining("; ")));
    }
    EntryInput.ReflectionInput r = input.reflection();
    CpdEntry entry =
        new CpdEntry(id, owner, date, input.title(), input.type(), input.hours(), at(date));
    entry.describe(
        date,
        input.title(),
        input.type(),
        input.hours(),
        input.participatory(),
        input.course(),
        input.standard(),
        r == null
            ? new Reflection(null, null, null)
            : new Reflection(r.what(), r.learned(), r.change()));
    entry.claim(claims(item, owner));
    EntryStatus status = DataSetIdentifiers.constant(item, "status", EntryStatus.class);
    if (status != EntryStatus.DRAFT) {
      LocalDate submitted = today.minusDays(item.integer("submittedDaysAgo", 0, 3650));
      entry.submit(at(submitted));
    }
    Person decider = null;
    if (status == EntryStatus.VERIFIED || status == EntryStatus.RETURNED) {
      decider = person(item, "decidedBy");
      Instant decided = at(today.minusDays(item.integer("decidedDaysAgo", 0, 3650)));
      String note = item.optionalString("note").orElse(null);
      if (status == EntryStatus.VERIFIED) {
        entry.verify(decider.getUsername(), note, decided);
      } else {
        entry.returnWith(decider.getUsername(), note, decided);
      }
    }
    em.persist(entry);
    if (status == EntryStatus.SUBMITTED && owner.getSupervisor() != null) {
      notifications.send(
          owner.getSupervisor(),
          NotificationKind.ENTRY_SUBMITTED,
          id,
          entry.getTitle(),
          owner.getDisplayName());
    } else if (status == EntryStatus.RETURNED) {
      notifications.send(
          owner, NotificationKind.ENTRY_RETURNED, id, entry.getTitle(), decider.getDisplayName());
    }
  }

  private FrameworkSnapshot frameworkOf(JsonFields item, Person owner) {
    return frameworks
        .forStage(owner.getStageCode())
        .or(frameworks::current)
        .orElseThrow(() -> item.problem("there is no framework to claim competencies of"));
  }

  private List<Claim> claims(JsonFields item, Person owner) {
    FrameworkSnapshot framework = frameworkOf(item, owner);
    JsonValue value = item.json().get("claims");
    List<Claim> claims = new ArrayList<>();
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return claims;
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw item.problem("claims is not an array of \"CODE:LEVEL\"");
    }
    for (JsonValue element : value.asJsonArray()) {
      String[] parts =
          element instanceof JsonString text ? text.getString().split(":") : new String[0];
      if (parts.length != 2 || !parts[1].matches("[0-9]{1,2}")) {
        throw item.problem("claim " + element + " is not \"CODE:LEVEL\"");
      }
      int level = Integer.parseInt(parts[1]);
      CompetencyView competency =
          framework
              .competency(parts[0])
              .orElseThrow(() -> item.problem(parts[0] + " is not a competency of " + framework));
      if (!framework.hasLevel(level)) {
        throw item.problem(level + " is not a level of " + framework);
      }
      claims.add(new Claim(competency.id(), competency.code(), level));
    }
    return claims;
  }

  private Person person(JsonFields item, String key) {
    String personId = item.string(key);
    Person person = em.find(Person.class, personId);
    if (person == null) {
      throw item.problem(key + " " + personId + " is not a stored person; load the people first");
    }
    return person;
  }

  /** Ten in the morning, UTC, of a day. */
  static Instant at(LocalDate day) {
    return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
  }

  private static BigDecimal number(JsonFields item, String key) {
    JsonValue value = item.json().get(key);
    if (!(value instanceof JsonNumber number)) {
      throw item.problem(key + " is missing or not a number");
    }
    return number.bigDecimalValue();
  }
}
