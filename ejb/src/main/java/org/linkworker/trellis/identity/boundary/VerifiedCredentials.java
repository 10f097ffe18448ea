package org.linkworker.trellis.identity.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import org.linkworker.trellis.identity.control.CredentialCache;

/**
 * The application's one memory of recently verified passwords (see {@link CredentialCache}), shared
 * by every {@link AccountService} instance in the pool. The cache guards itself, so the container
 * adds no locking; it touches no database, so it joins no transaction.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class VerifiedCredentials {

  private final CredentialCache cache = new CredentialCache();

  public boolean remembers(String username, String credentialStamp, String password, Instant now) {
    return cache.remembers(username, credentialStamp, password, now);
  }

  public void remember(String username, String credentialStamp, String password, Instant now) {
    cache.remember(username, credentialStamp, password, now);
  }
}
