package org.linkworker.trellis.framework.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.linkworker.trellis.framework.entity.Framework;

/**
 * Reads the current version of every framework into {@link FrameworkSnapshot}s, in one transaction
 * and a fixed number of statements per framework. Used by {@link CurrentFrameworks} only, which
 * keeps what it builds.
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
    List<FrameworkSnapshot> snapshots = new ArrayList<>();
    for (Framework framework :
        em.createNamedQuery(Framework.FIND_CURRENT, Framework.class).getResultList()) {
      snapshots.add(
          new FrameworkSnapshot(
              reader.read(framework),
              framework.getCurrencyYears(),
              framework.getEvidenceThreshold()));
    }
    snapshots.sort(
        Comparator.comparing((FrameworkSnapshot s) -> !defaults.contains(s.code()))
            .thenComparing(FrameworkSnapshot::code));
    return new Current(List.copyOf(snapshots));
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
