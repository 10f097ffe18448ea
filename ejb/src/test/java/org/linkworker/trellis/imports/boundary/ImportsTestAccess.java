package org.linkworker.trellis.imports.boundary;

import jakarta.persistence.EntityManager;
import org.linkworker.trellis.identity.boundary.AccessPolicy;

/** The imports service other components' tests need, wired by hand on a test database. */
public final class ImportsTestAccess {

  private ImportsTestAccess() {}

  /** The service without a batch runtime: everything but starting, stopping and restarting. */
  public static ImportService imports(EntityManager em, AccessPolicy policy) {
    ImportService service = new ImportService();
    service.em = em;
    service.policy = policy;
    return service;
  }
}
