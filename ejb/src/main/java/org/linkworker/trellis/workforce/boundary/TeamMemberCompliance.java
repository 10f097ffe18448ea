package org.linkworker.trellis.workforce.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.util.List;

/**
 * One active link worker of an organisation and their compliance with every scheme they are under
 * on a day (PRODUCT.md: Compliance), as the team view and {@code GET
 * /api/organisations/{id}/compliance} show it.
 *
 * @param stage the code of their current career stage, or null
 * @param supervisor their supervisor's username, or null
 * @param supervisorName their supervisor's display name, or null
 * @param schemes one report a scheme, the association's first, each as {@code GET
 *     /api/people/{username}/compliance} answers it
 */
@JsonbPropertyOrder({"username", "displayName", "stage", "supervisor", "supervisorName", "schemes"})
public record TeamMemberCompliance(
    String username,
    String displayName,
    String stage,
    String supervisor,
    String supervisorName,
    List<ComplianceReport> schemes)
    implements Serializable {

  public TeamMemberCompliance {
    schemes = List.copyOf(schemes);
  }

  /** The worst status among the schemes: not met, then at risk, then met (met when none). */
  public ComplianceStatus worst() {
    return schemes.stream()
        .map(ComplianceReport::status)
        .max(Enum::compareTo)
        .orElse(ComplianceStatus.MET);
  }
}
