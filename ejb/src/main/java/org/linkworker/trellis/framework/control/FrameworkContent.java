package org.linkworker.trellis.framework.control;

import java.util.List;
import org.linkworker.trellis.framework.entity.Competency;
import org.linkworker.trellis.framework.entity.Domain;
import org.linkworker.trellis.framework.entity.Framework;
import org.linkworker.trellis.framework.entity.Level;
import org.linkworker.trellis.framework.entity.LevelDescriptor;

/**
 * A framework and the rows under it, each kind loaded in one go (one query per kind, never one per
 * parent), for the writer to join in memory.
 */
public record FrameworkContent(
    Framework framework,
    List<Level> levels,
    List<Domain> domains,
    List<Competency> competencies,
    List<LevelDescriptor> descriptors,
    List<Continuation> continuations) {

  public FrameworkContent {
    levels = List.copyOf(levels);
    domains = List.copyOf(domains);
    competencies = List.copyOf(competencies);
    descriptors = List.copyOf(descriptors);
    continuations = List.copyOf(continuations);
  }

  /** The content without what its competencies continue (pages have no use for it). */
  public FrameworkContent(
      Framework framework,
      List<Level> levels,
      List<Domain> domains,
      List<Competency> competencies,
      List<LevelDescriptor> descriptors) {
    this(framework, levels, domains, competencies, descriptors, List.of());
  }

  /** A competency of this version and one of an earlier version it continues. */
  public record Continuation(Competency competency, Competency continues) {}

  /**
   * The content of a framework held in memory (just assembled, say), by walking its relations. Do
   * not use it on a managed framework: each walk would be a query.
   */
  public static FrameworkContent of(Framework framework) {
    List<Competency> competencies =
        framework.getDomains().stream().flatMap(d -> d.getCompetencies().stream()).toList();
    return new FrameworkContent(
        framework,
        framework.getLevels(),
        framework.getDomains(),
        competencies,
        competencies.stream().flatMap(c -> c.getDescriptors().stream()).toList(),
        competencies.stream()
            .flatMap(c -> c.getContinues().stream().map(e -> new Continuation(c, e)))
            .toList());
  }
}
