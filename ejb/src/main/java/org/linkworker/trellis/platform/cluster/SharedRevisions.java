package org.linkworker.trellis.platform.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Revisions of what servers keep in memory and any server may change: a server that changes it
 * moves the revision in the changing transaction, and every server's beat ({@link ServerPresence})
 * reads the revisions and announces those that moved ({@link SharedRevisionMoved}), so that each
 * drops its copy within a beat. The names are the changelog's rows of {@code shared_revision}.
 */
@Stateless
public class SharedRevisions {

  /** The current version of every framework ({@code CurrentFrameworks}). */
  public static final String FRAMEWORKS = "frameworks";

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  /** Moves the named revision on, in the caller's transaction. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void move(String name) {
    int moved =
        em.createNativeQuery("update shared_revision set revision = revision + 1 where name = ?")
            .setParameter(1, name)
            .executeUpdate();
    if (moved != 1) {
      throw new IllegalArgumentException("No shared revision is named " + name);
    }
  }

  /** Every revision by name. One statement. */
  static Map<String, Long> read(EntityManager em) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select name, revision from shared_revision").getResultList();
    Map<String, Long> revisions = new HashMap<>();
    rows.forEach(row -> revisions.put((String) row[0], ((Number) row[1]).longValue()));
    return revisions;
  }
}
