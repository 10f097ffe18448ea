package org.linkworker.trellis.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Makes {@code @Inject Clock} give the system clock in UTC. Services read the time only through an
 * injected clock, so a test can hand them one it moves by hand (a lockout that ends after 15
 * minutes is tested without waiting 15 minutes).
 */
@ApplicationScoped
public class SystemClock {

  // Dependent scope: java.time.Clock cannot be proxied, and the system clock has no state.
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
