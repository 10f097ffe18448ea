package org.linkworker.trellis.platform.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The lock two servers starting on one database take before loading the data set, in the loading
 * transaction: the second waits until the first has committed, then finds everything loaded and
 * adds nothing (loading skips what is stored). Without it both would read an empty database and
 * both insert the frameworks, and one would fail on the other's keys. A lock on the table {@code
 * cluster_lock}, which Derby and PostgreSQL both take with {@code lock table}; released at commit.
 */
@Stateless
public class StartUpLock {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void hold() {
    em.createNativeQuery("lock table cluster_lock in exclusive mode").executeUpdate();
  }
}
