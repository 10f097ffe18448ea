package org.linkworker.trellis.framework.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.entity.Competency;
import org.linkworker.trellis.framework.entity.Framework;

/**
 * Reads the current version of every framework into {@link FrameworkSnapshot}s, in one transaction
 * and a fixed number of statements per framework (and one for every version's continuations). Used
 * by {@link CurrentFrameworks} only, which keeps what it builds.
 *
 * <p>The <em>default</em> framework, the one a bare competency code or a new person belongs to when
 * nothing else says, is the one whose code the data marked so ({@code "default": true} in its
 * profile; {@link Framework#isDefault}); were two codes marked, the first by code. No code of ours
 * names one.
 */
@Stateless
public class FrameworkSnapshots {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  /** Every current framework version, read now. */
  public Current build() {
    List<String> defaults =
        em.createNamedQuery(Framework.FIND_DEFAULT_CODES, String.class).getResultList();
    OutlineReader reader = new OutlineReader(em);
    Map<String, List<String>> continued = continuations();
    List<FrameworkSnapshot> snapshots = new ArrayList<>();
    for (Framework framework :
        em.createNamedQuery(Framework.FIND_CURRENT, Framework.class).getResultList()) {
      FrameworkOutline outline = reader.read(framework);
      snapshots.add(
          new FrameworkSnapshot(
              outline,
              framework.getCurrencyYears(),
              framework.getEvidenceThreshold(),
              predecessors(outline, continued)));
    }
    snapshots.sort(
        Comparator.comparing((FrameworkSnapshot s) -> !defaults.contains(s.code()))
            .thenComparing(FrameworkSnapshot::code));
    return new Current(List.copyOf(snapshots));
  }

  /** Every continuation stored: a competency's id to the ids of those it continues directly. */
  private Map<String, List<String>> continuations() {
    Map<String, List<String>> continued = new HashMap<>();
    for (Object[] pair :
        em.createNamedQuery(Competency.CONTINUATIONS, Object[].class).getResultList()) {
      continued.computeIfAbsent((String) pair[0], k -> new ArrayList<>()).add((String) pair[1]);
    }
    return continued;
  }

  /**
   * For each competency of a version, every competency it continues, directly or through the
   * versions between (a v3 competency continues what its v2 predecessor continued).
   */
  static Map<String, Set<String>> predecessors(
      FrameworkOutline outline, Map<String, List<String>> continued) {
    Map<String, Set<String>> predecessors = new HashMap<>();
    for (DomainView domain : outline.domains()) {
      for (CompetencyView competency : domain.competencies()) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> open = new ArrayDeque<>(continued.getOrDefault(competency.id(), List.of()));
        while (!open.isEmpty()) {
          String earlier = open.pop();
          if (reached.add(earlier)) {
            open.addAll(continued.getOrDefault(earlier, List.of()));
          }
        }
        if (!reached.isEmpty()) {
          predecessors.put(competency.id(), reached);
        }
      }
    }
    return predecessors;
  }

  /** The current versions, the default framework first, then by code. */
  public record Current(List<FrameworkSnapshot> all) {

    Optional<FrameworkSnapshot> byDefault() {
      return all.stream().findFirst();
    }

    Optional<FrameworkSnapshot> of(String code) {
      return all.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    Optional<FrameworkSnapshot> forStage(String stageCode) {
      return all.stream().filter(s -> s.stage(stageCode).isPresent()).findFirst();
    }
  }
}
