package org.linkworker.trellis.framework.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.linkworker.trellis.framework.control.CasePackage.Criterion;
import org.linkworker.trellis.framework.control.CasePackage.CriterionLevel;
import org.linkworker.trellis.framework.control.CasePackage.Item;
import org.linkworker.trellis.framework.control.CasePackage.Rubric;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DescriptorDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.LevelDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.RubricDefinition;
import org.linkworker.trellis.framework.entity.Lengths;

/**
 * Reads a framework package's one CFRubric as the framework's levels and each competency's level
 * descriptors. CASE has no place for a proficiency scale, so Trellis keeps it in the rubric: one
 * criterion per competency, every criterion level a level descriptor, its {@code score} the level
 * number and its {@code quality} the level's name. The scores must run from 1 without a gap, and
 * every competency needs a descriptor at every level.
 */
final class CaseRubricReader {

  /** The rubric read: the levels, and for each competency its criterion and descriptors. */
  record ScoredRubric(
      RubricDefinition rubric,
      List<LevelDefinition> levels,
      Map<String, Criterion> criteria,
      Map<String, List<DescriptorDefinition>> descriptors) {}

  private static final int HIGHEST_LEVEL = 20;

  private CaseRubricReader() {}

  /**
   * The levels and descriptors, checked.
   *
   * @param competencies the package's Competency items, which the criteria must score one each
   */
  static ScoredRubric read(CasePackage pkg, CaseChecks check, List<Item> competencies) {
    if (pkg.rubrics().size() != 1) {
      throw check.fail(
          "CFRubrics",
          "a framework package needs exactly one CFRubric (its criteria hold the level descriptors);"
              + " this one has "
              + pkg.rubrics().size());
    }
    Rubric rubric = pkg.rubrics().get(0);
    check.uuid(rubric.label(), "identifier", rubric.identifier());
    Map<String, Item> competenciesById = new HashMap<>();
    competencies.forEach(c -> competenciesById.put(c.identifier(), c));

    Map<String, Criterion> criteria = new HashMap<>();
    SortedMap<Integer, String> levelNames = new TreeMap<>();
    Map<String, SortedMap<Integer, CriterionLevel>> scores = new HashMap<>();
    Set<String> descriptorIds = new HashSet<>();
    for (Criterion criterion : rubric.criteria()) {
      check.uuid(criterion.label(), "identifier", criterion.identifier());
      if (criterion.item() == null) {
        throw check.fail(criterion.label(), "CFItemURI (the competency it scores) is missing");
      }
      Item competency = competenciesById.get(criterion.item().identifier());
      if (competency == null) {
        throw check.fail(
            criterion.label(),
            "CFItemURI names "
                + criterion.item().identifier()
                + ", which is not a Competency item");
      }
      Criterion earlier = criteria.put(competency.identifier(), criterion);
      if (earlier != null) {
        throw check.fail(
            criterion.label(), competency.label() + " is already scored by " + earlier.label());
      }
      SortedMap<Integer, CriterionLevel> byScore = new TreeMap<>();
      for (CriterionLevel level : criterion.levels()) {
        int score = score(check, level);
        String name = quality(check, level);
        String knownName = levelNames.putIfAbsent(score, name);
        if (knownName != null && !knownName.equals(name)) {
          throw check.fail(
              level.label(),
              "quality \""
                  + name
                  + "\" at score "
                  + score
                  + " differs from \""
                  + knownName
                  + "\" elsewhere in the rubric; a score names one level");
        }
        if (level.description() == null) {
          throw check.fail(level.label(), "description (the level descriptor) is missing");
        }
        check.fits(level.label(), "description", level.description(), Lengths.TEXT);
        check.fits(level.label(), "uri", level.uri(), Lengths.URI);
        if (!descriptorIds.add(level.identifier())) {
          throw check.fail(level.label(), "identifier is used twice");
        }
        if (byScore.put(score, level) != null) {
          throw check.fail(
              level.label(), competency.label() + " has a second descriptor at score " + score);
        }
      }
      scores.put(competency.identifier(), byScore);
    }

    List<LevelDefinition> levels = levels(check, rubric, levelNames);
    Map<String, List<DescriptorDefinition>> descriptors = new HashMap<>();
    for (Item competency : competencies) {
      descriptors.put(
          competency.identifier(),
          descriptors(check, competency, scores.get(competency.identifier()), levels));
    }
    RubricDefinition definition =
        new RubricDefinition(
            rubric.identifier(),
            check.fits(rubric.label(), "uri", rubric.uri(), Lengths.URI),
            check.fits(rubric.label(), "title", rubric.title(), Lengths.TITLE));
    return new ScoredRubric(definition, levels, criteria, descriptors);
  }

  private static List<LevelDefinition> levels(
      CaseChecks check, Rubric rubric, SortedMap<Integer, String> levelNames) {
    int expected = 1;
    for (int score : levelNames.keySet()) {
      if (score != expected++) {
        throw check.fail(
            rubric.label(),
            "levels are scored " + levelNames.keySet() + "; scores must run from 1 without a gap");
      }
    }
    List<LevelDefinition> levels = new ArrayList<>();
    levelNames.forEach((number, name) -> levels.add(new LevelDefinition(number, name)));
    return levels;
  }

  private static List<DescriptorDefinition> descriptors(
      CaseChecks check,
      Item competency,
      SortedMap<Integer, CriterionLevel> byScore,
      List<LevelDefinition> levels) {
    if (byScore == null) {
      throw check.fail(
          competency.label(), "no CFRubricCriterion scores it, so it has no level descriptors");
    }
    List<DescriptorDefinition> descriptors = new ArrayList<>();
    for (LevelDefinition level : levels) {
      CriterionLevel descriptor = byScore.get(level.number());
      if (descriptor == null) {
        throw check.fail(
            competency.label(),
            "no descriptor at level " + level.number() + " (" + level.name() + ")");
      }
      descriptors.add(
          new DescriptorDefinition(
              descriptor.identifier(), descriptor.uri(), level.number(), descriptor.description()));
    }
    return descriptors;
  }

  private static int score(CaseChecks check, CriterionLevel level) {
    check.uuid(level.label(), "identifier", level.identifier());
    BigDecimal score = level.score();
    if (score == null) {
      throw check.fail(level.label(), "score (the level number) is missing");
    }
    try {
      int number = score.intValueExact();
      if (number >= 1 && number <= HIGHEST_LEVEL) {
        return number;
      }
    } catch (ArithmeticException notWhole) {
      // reported below with the other bad scores
    }
    throw check.fail(
        level.label(),
        "score " + score.toPlainString() + " is not a level number from 1 to " + HIGHEST_LEVEL);
  }

  private static String quality(CaseChecks check, CriterionLevel level) {
    if (level.quality() == null) {
      throw check.fail(level.label(), "quality (the level's name) is missing");
    }
    return check.fits(level.label(), "quality", level.quality(), Lengths.NAME);
  }
}
