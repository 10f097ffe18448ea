package org.linkworker.trellis.web.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;

/**
 * The {@value #NAME} health check's answers, kept apart from the CDI beans so they can be tested
 * without a server.
 */
public final class FrameworkHealth {

  public static final String NAME = "trellis-framework";

  private FrameworkHealth() {}

  /**
   * Ready when a current framework is loaded: without one nobody can record CPD against it, so a
   * load balancer should not send people here yet.
   */
  public static HealthCheckResponse readiness(Supplier<Optional<FrameworkOutline>> current) {
    Optional<FrameworkOutline> framework;
    try {
      framework = current.get();
    } catch (RuntimeException e) {
      return response(Status.DOWN, Map.of("error", "framework service unavailable"));
    }
    return framework
        .map(outline -> response(Status.UP, describe(outline)))
        .orElseGet(() -> response(Status.DOWN, Map.of("loaded", false)));
  }

  /**
   * Live whenever the application is deployed and answering. Neither a framework that is not loaded
   * yet nor a database that is down is a reason to restart the server (a restart cures neither), so
   * this never reports down for them; its data says what it found, and readiness carries the
   * signal.
   */
  public static HealthCheckResponse liveness(Supplier<Optional<FrameworkOutline>> current) {
    Map<String, Object> data;
    try {
      data = current.get().map(FrameworkHealth::describe).orElse(Map.of("loaded", false));
    } catch (RuntimeException e) {
      data = Map.of("loaded", false, "error", "framework service unavailable");
    }
    return response(Status.UP, data);
  }

  private static Map<String, Object> describe(FrameworkOutline framework) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("loaded", true);
    data.put("code", framework.code());
    data.put("version", framework.version());
    data.put(
        "competencies",
        (long) framework.domains().stream().mapToInt(domain -> domain.competencies().size()).sum());
    return data;
  }

  private static HealthCheckResponse response(Status status, Map<String, Object> data) {
    return new HealthCheckResponse(NAME, status, Optional.of(data));
  }
}
