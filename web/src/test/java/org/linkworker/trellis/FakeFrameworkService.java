package org.linkworker.trellis;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkService;
import org.linkworker.trellis.framework.boundary.FrameworkSummary;

/** A framework service holding at most one framework, counting how often it is asked. */
public class FakeFrameworkService extends FrameworkService {

  private final FrameworkOutline framework;
  public int currentReads;
  public final List<String> findCalls = new ArrayList<>();

  public FakeFrameworkService(FrameworkOutline framework) {
    this.framework = framework;
  }

  @Override
  public List<FrameworkSummary> list() {
    return framework == null
        ? List.of()
        : List.of(
            new FrameworkSummary(
                framework.code(),
                framework.version(),
                framework.title(),
                framework.status(),
                framework.current()));
  }

  @Override
  public Optional<FrameworkOutline> findCurrent() {
    currentReads++;
    return Optional.ofNullable(framework).filter(FrameworkOutline::current);
  }

  @Override
  public Optional<FrameworkOutline> find(String code, String version) {
    findCalls.add(code + "/" + version);
    return Optional.ofNullable(framework)
        .filter(outline -> outline.code().equals(code) && outline.version().equals(version));
  }

  @Override
  public Optional<JsonObject> exportCase(String code, String version) {
    return Optional.empty();
  }
}
