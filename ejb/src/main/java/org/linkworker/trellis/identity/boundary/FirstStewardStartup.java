package org.linkworker.trellis.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * At deployment, after the schema and the data set are ready, offers the environment's steward
 * account to {@link FirstSteward}. The only place that reads those variables.
 */
@Startup
@Singleton
@DependsOn("ApplicationStartup")
// Lifecycle callbacks run in this transaction context: none, so FirstSteward starts its own.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstStewardStartup {

  @Inject FirstSteward firstSteward;

  @PostConstruct
  void createFromEnvironment() {
    firstSteward.create(
        System.getenv(FirstSteward.USER_VARIABLE), System.getenv(FirstSteward.PASSWORD_VARIABLE));
  }
}
