package org.linkworker.trellis.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.Lengths;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.platform.data.DataSetIdentifiers;
import org.linkworker.trellis.platform.data.DataSetStep;
import org.linkworker.trellis.platform.data.JsonFields;

/**
 * Loads the data set's organisations ({@code demo/organisations.json}):
 *
 * <pre>{@code
 * {"organisations": [{"identifier": "<uuid>", "name": "...", "kind": "EMPLOYER"}]}
 * }</pre>
 *
 * An organisation whose identifier is stored already is left as it is.
 */
@Stateless
public class OrganisationsDataSetStep implements DataSetStep {

  public static final String KIND = "organisations";

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AuditLog audit;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void load(JsonObject content, String fileName) {
    JsonFields top = JsonFields.of(content, fileName, "top level");
    Set<String> seen = new HashSet<>();
    for (JsonFields entry : top.objects("organisations")) {
      String id = DataSetIdentifiers.identifier(entry, seen);
      JsonFields item = entry.as("organisation " + id);
      String name = item.string("name").strip();
      if (name.length() > Lengths.ORGANISATION_NAME) {
        throw item.problem("name is longer than " + Lengths.ORGANISATION_NAME + " characters");
      }
      OrganisationKind kind = DataSetIdentifiers.constant(item, "kind", OrganisationKind.class);
      if (em.find(Organisation.class, id) != null) {
        continue;
      }
      em.persist(new Organisation(id, name, kind));
      audit.record(
          AuditEntry.SYSTEM,
          AuditAction.ORGANISATION_CREATED,
          AuditLog.organisation(id),
          "name \"" + name + "\", kind " + kind + ", from " + fileName);
    }
  }
}
