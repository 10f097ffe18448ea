package org.linkworker.trellis.portfolio.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.portfolio.entity.Claim;
import org.linkworker.trellis.portfolio.entity.Reflection;

/**
 * The rules of a CPD entry that need the clock or the worker's framework (PRODUCT.md: the date is
 * not in the future, a standard is one of the code of practice, each claim names a competency of
 * the framework once, at one of its levels), shared by an entry typed in and a row imported. Each
 * puts what is wrong into {@code errors} by field ({@code date}, {@code standard}, {@code
 * claims[i].competency}, {@code claims[i].level}); what a field says about itself is the
 * constraints' of {@link EntryInput}.
 */
final class EntryRules {

  private EntryRules() {}

  /** The entry's date: {@code date}, or today when none is given; never after today. */
  static LocalDate date(LocalDate date, LocalDate today, Map<String, String> errors) {
    LocalDate chosen = date == null ? today : date;
    if (chosen.isAfter(today)) {
      errors.put("date", Messages.format("portfolio.date_future", today));
    }
    return chosen;
  }

  /** That a standard, when one is named, is one of the framework's code of practice. */
  static void standard(
      Optional<FrameworkSnapshot> framework, String standard, Map<String, String> errors) {
    if (standard == null) {
      return;
    }
    boolean known =
        framework
            .map(f -> f.outline().codeOfPractice())
            .map(cop -> cop.standards().stream().anyMatch(s -> s.code().equals(standard)))
            .orElse(false);
    if (!known) {
      errors.put("standard", Messages.format("portfolio.standard_unknown", standard));
    }
  }

  /** The claims as the entry keeps them: each a competency of the framework, once, at a level. */
  static List<Claim> claims(
      Optional<FrameworkSnapshot> framework,
      List<EntryInput.ClaimInput> inputs,
      Map<String, String> errors) {
    List<Claim> claims = new ArrayList<>();
    Set<String> claimed = new HashSet<>();
    for (int i = 0; i < inputs.size(); i++) {
      EntryInput.ClaimInput claim = inputs.get(i);
      String at = "claims[" + i + "]";
      if (framework.isEmpty()) {
        errors.put(at + ".competency", Messages.format("portfolio.no_framework"));
        continue;
      }
      FrameworkSnapshot f = framework.get();
      Optional<CompetencyView> competency = f.competency(claim.competency());
      if (competency.isEmpty()) {
        errors.put(
            at + ".competency",
            Messages.format(
                "catalogue.competency_unknown", claim.competency(), f.code(), f.version()));
      } else if (!claimed.add(competency.get().id())) {
        errors.put(
            at + ".competency", Messages.format("portfolio.claimed_twice", claim.competency()));
      }
      if (!f.hasLevel(claim.level())) {
        errors.put(
            at + ".level",
            Messages.format(
                "catalogue.level_outside", String.valueOf(claim.level()), f.code(), f.topLevel()));
      }
      if (competency.isPresent() && f.hasLevel(claim.level())) {
        claims.add(new Claim(competency.get().id(), competency.get().code(), claim.level()));
      }
    }
    return claims;
  }

  /** The reflection as the entry keeps it (an empty one when none is given). */
  static Reflection reflection(EntryInput.ReflectionInput r) {
    return r == null
        ? new Reflection(null, null, null)
        : new Reflection(r.what(), r.learned(), r.change());
  }
}
