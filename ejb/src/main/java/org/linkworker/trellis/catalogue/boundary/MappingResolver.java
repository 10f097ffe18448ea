package org.linkworker.trellis.catalogue.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.catalogue.entity.CourseMapping;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;

/**
 * Turns the mappings a provider gives (competency codes of a framework, levels, strengths) into the
 * course's mappings, each naming a competency of the current version of its framework. What does
 * not exist is named in the error: the competency and its framework, or the level and the
 * framework's scale; a competency given twice too. Errors are keyed as the API names the fields
 * ({@code mappings[2].level}) under a prefix the caller chooses.
 */
final class MappingResolver {

  private final CurrentFrameworks frameworks;

  MappingResolver(CurrentFrameworks frameworks) {
    this.frameworks = frameworks;
  }

  /**
   * The mappings, or an {@link InvalidInputException} naming every one that does not resolve.
   *
   * @param field how the caller names the list, e.g. {@code mappings}
   */
  List<CourseMapping> resolve(List<MappingInput> inputs, String field) {
    Map<String, String> errors = new LinkedHashMap<>();
    List<CourseMapping> resolved = resolve(inputs, field, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return resolved;
  }

  /** The mappings that resolve; an error in {@code errors} for each that does not. */
  List<CourseMapping> resolve(List<MappingInput> inputs, String field, Map<String, String> errors) {
    List<CourseMapping> resolved = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      MappingInput input = inputs.get(i);
      String at = field + "[" + i + "]";
      Optional<FrameworkSnapshot> framework = framework(input.framework(), at, errors);
      if (framework.isEmpty()) {
        continue;
      }
      Optional<CourseMapping> mapping = resolve(input, framework.get(), at, errors);
      if (mapping.isPresent()) {
        if (seen.putIfAbsent(mapping.get().getCompetencyId(), i) != null) {
          errors.put(
              at + ".competency",
              Messages.format("catalogue.competency_twice", input.competency()));
        } else {
          resolved.add(mapping.get());
        }
      }
    }
    return resolved;
  }

  /** One mapping of a known framework, or empty with its errors in {@code errors}. */
  Optional<CourseMapping> resolve(
      MappingInput input, FrameworkSnapshot framework, String at, Map<String, String> errors) {
    Optional<CompetencyView> competency = framework.competency(input.competency());
    if (competency.isEmpty()) {
      errors.put(
          at + ".competency",
          Messages.format(
              "catalogue.competency_unknown",
              input.competency(),
              framework.code(),
              framework.version()));
    }
    if (!framework.hasLevel(input.level())) {
      errors.put(
          at + ".level",
          Messages.format(
              "catalogue.level_outside",
              String.valueOf(input.level()),
              framework.code(),
              framework.topLevel()));
    }
    if (competency.isEmpty() || !framework.hasLevel(input.level())) {
      return Optional.empty();
    }
    return Optional.of(
        new CourseMapping(
            competency.get().id(), competency.get().code(), input.level(), input.strength()));
  }

  /** The current version of the framework named (none: the default one). */
  Optional<FrameworkSnapshot> framework(String code, String at, Map<String, String> errors) {
    Optional<FrameworkSnapshot> framework =
        code == null ? frameworks.current() : frameworks.current(code);
    if (framework.isEmpty()) {
      errors.put(
          at + (code == null ? ".competency" : ".framework"),
          Messages.format(
              "catalogue.no_framework",
              code == null ? "" : code,
              String.join(", ", frameworks.all().stream().map(FrameworkSnapshot::code).toList())));
    }
    return framework;
  }
}
