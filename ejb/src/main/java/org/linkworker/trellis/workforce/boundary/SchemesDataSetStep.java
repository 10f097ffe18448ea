package org.linkworker.trellis.workforce.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.platform.data.DataSetIdentifiers;
import org.linkworker.trellis.platform.data.DataSetStep;
import org.linkworker.trellis.platform.data.JsonFields;
import org.linkworker.trellis.workforce.entity.RequirementScheme;
import org.linkworker.trellis.workforce.entity.SchemeItem;
import org.linkworker.trellis.workforce.entity.SchemeMembership;

/**
 * Loads the demo data set's requirement schemes: an employer's mandatory training, and the people
 * put under a scheme that applies to chosen people. The file:
 *
 * <pre>{@code
 * {"schemes": [{"identifier": "<uuid>", "organisation": "<uuid>", "code": "MANDATORY_TRAINING",
 *               "title": "...", "items": ["SE.1:12", ...]}],
 *  "members": [{"scheme": "THREE_YEAR", "person": "<uuid>"}]}
 * }</pre>
 *
 * A scheme whose identifier is stored already, or a membership that exists, is left as it is.
 */
@Stateless
public class SchemesDataSetStep implements DataSetStep {

  public static final String KIND = "schemes";

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject CurrentFrameworks frameworks;

  @Inject Clock clock;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void load(JsonObject content, String fileName) {
    JsonFields top = JsonFields.of(content, fileName, "top level");
    Set<String> seen = new HashSet<>();
    for (JsonFields entry : top.objects("schemes")) {
      String id = DataSetIdentifiers.identifier(entry, seen);
      JsonFields item = entry.as("scheme " + id);
      if (em.find(RequirementScheme.class, id) != null) {
        continue;
      }
      String organisation = item.string("organisation");
      if (em.find(Organisation.class, organisation) == null) {
        throw item.problem("organisation " + organisation + " is not stored; load it first");
      }
      List<SchemeItem> items = new ArrayList<>();
      for (JsonString value : item.json().getJsonArray("items").getValuesAs(JsonString.class)) {
        String[] parts = value.getString().split(":");
        if (parts.length != 2
            || frameworks.all().stream().allMatch(f -> f.competency(parts[0]).isEmpty())) {
          throw item.problem(
              "item " + value + " is not COMPETENCY:MONTHS of a competency of a current framework");
        }
        items.add(new SchemeItem(parts[0], Integer.parseInt(parts[1])));
      }
      em.persist(
          RequirementScheme.mandatoryTraining(
              id, organisation, item.string("code"), item.string("title"), items, clock.instant()));
    }
    for (JsonFields member : top.objects("members")) {
      String code = member.string("scheme");
      String personId = member.string("person");
      List<RequirementScheme> schemes =
          em
              .createNamedQuery(RequirementScheme.OF_SCOPES, RequirementScheme.class)
              .setParameter("scopes", List.of(RequirementScheme.NATIONAL))
              .getResultList()
              .stream()
              .filter(s -> s.getCode().equals(code))
              .toList();
      if (schemes.isEmpty() || em.find(Person.class, personId) == null) {
        throw member.problem("scheme " + code + " or person " + personId + " is not stored");
      }
      SchemeMembership.Key key = new SchemeMembership.Key(schemes.get(0).getId(), personId);
      if (em.find(SchemeMembership.class, key) == null) {
        em.persist(new SchemeMembership(schemes.get(0).getId(), personId, clock.instant()));
      }
    }
  }
}
