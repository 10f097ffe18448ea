package org.linkworker.trellis.framework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.json;
import static org.linkworker.trellis.testing.TestData.shipped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.control.CasePackage.Association;
import org.linkworker.trellis.framework.control.CasePackage.Criterion;
import org.linkworker.trellis.framework.control.CasePackage.CriterionLevel;
import org.linkworker.trellis.framework.control.CasePackage.Item;
import org.linkworker.trellis.framework.control.CasePackage.Link;
import org.linkworker.trellis.framework.control.CasePackage.Rubric;
import org.linkworker.trellis.framework.control.FrameworkDefinition.CompetencyDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DomainDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.LevelDefinition;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.testing.CaseRequiredFields;
import org.linkworker.trellis.testing.TestData;

/**
 * Version 2 of the Link Worker Competency Framework as framework-data ships it (written by {@code
 * framework-data/tools/lwcf-2.py}): a framework the strict reader accepts, with the changes from
 * version 1 recorded as CASE associations to version 1's items.
 */
class LwcfVersionTwoTest {

  private static final String LWCF_2 = "lwcf-2.case.json";
  private static final String EXACT_MATCH_OF = "exactMatchOf";
  private static final String REPLACED_BY = "replacedBy";

  /** The competencies version 2 changes; every other one is version 1's, carried over. */
  private static final Set<String> CHANGED = Set.of("CR.3", "CR.7", "DI.1", "DI.7", "LY.6");

  private static CasePackage v1;
  private static CasePackage v2;
  private static FrameworkDefinition first;
  private static FrameworkDefinition second;

  @BeforeAll
  static void read() {
    v1 = new CasePackageReader().read(shipped(LWCF_PACKAGE));
    v2 = new CasePackageReader().read(shipped(LWCF_2));
    first = new CaseFrameworkReader().readFramework(shipped(LWCF_PACKAGE));
    second = new CaseFrameworkReader().readFramework(shipped(LWCF_2));
  }

  @Test
  void isADraftVersionTwoOfTheSameFramework() {
    assertThat(second.document().title()).isEqualTo(first.document().title());
    assertThat(second.document().version()).isEqualTo("2");
    assertThat(second.document().status()).isEqualTo(FrameworkStatus.DRAFT);
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(second.document().lastChange()).isAfter(first.document().lastChange());
  }

  @Test
  void hasTheEightDomainsAndAsManyCompetenciesAsVersionOne() {
    assertThat(second.domains())
        .extracting(DomainDefinition::code)
        .containsExactly("PC", "CR", "CC", "HI", "SE", "TS", "DI", "LY");
    // two new (CR.7, DI.7), one gone by merge (DI.6), one retired (CC.5); TS.6 moved to LY.6
    assertThat(second.competencies().count())
        .isEqualTo(first.competencies().count() - 2 + 2)
        .isEqualTo(46);
  }

  @Test
  void addsCrSevenDiSevenAndLySixAndDropsDiSixCcFiveAndTsSix() {
    Set<String> codes = codes(second);
    assertThat(codes).contains("CR.7", "DI.7", "LY.6").doesNotContain("DI.6", "CC.5", "TS.6");
    assertThat(domainOf("CR.7")).isEqualTo("CR");
    assertThat(domainOf("DI.7")).isEqualTo("DI");
    assertThat(domainOf("LY.6")).isEqualTo("LY");
  }

  @Test
  void everyCompetencyHasADescriptorAtEachOfTheFourLevels() {
    assertThat(second.levels())
        .extracting(LevelDefinition::name)
        .containsExactly("Foundation", "Practitioner", "Experienced", "Leading");
    assertThat(second.competencies())
        .allSatisfy(
            competency -> {
              assertThat(competency.descriptors()).as(competency.code()).hasSize(4);
              assertThat(competency.descriptorTexts().keySet())
                  .as(competency.code())
                  .containsExactly(1, 2, 3, 4);
              assertThat(competency.descriptorTexts().values())
                  .allSatisfy(text -> assertThat(text).isNotBlank());
            });
  }

  @Test
  void crThreeIsSplitIntoCrThreeAndCrSevenBothMatchingVersionOnesCrThree() {
    String oldCr3 = v1Item("CR.3").identifier();

    assertThat(linksFrom(v2Item("CR.3"), EXACT_MATCH_OF)).containsExactly(oldCr3);
    assertThat(linksFrom(v2Item("CR.7"), EXACT_MATCH_OF)).containsExactly(oldCr3);
    assertThat(v2Item("CR.3").fullStatement()).isNotEqualTo(v1Item("CR.3").fullStatement());
  }

  @Test
  void diOneAndDiSixAreMergedIntoDiOneMatchingBoth() {
    assertThat(linksFrom(v2Item("DI.1"), EXACT_MATCH_OF))
        .containsExactlyInAnyOrder(v1Item("DI.1").identifier(), v1Item("DI.6").identifier());
  }

  @Test
  void tsSixIsReplacedByLySix() {
    List<Association> replaced = crossVersion(REPLACED_BY);

    assertThat(replaced).hasSize(1);
    Association association = replaced.get(0);
    Item oldTs6 = v1Item("TS.6");
    assertThat(association.origin()).isEqualTo(new Link("TS.6", oldTs6.identifier(), oldTs6.uri()));
    assertThat(association.destination().identifier()).isEqualTo(v2Item("LY.6").identifier());
    assertThat(linksFrom(v2Item("LY.6"), EXACT_MATCH_OF)).isEmpty();
  }

  @Test
  void ccFiveIsRetiredWithoutAnyAssociation() {
    String oldCc5 = v1Item("CC.5").identifier();

    assertThat(v2.associations())
        .noneMatch(
            a ->
                a.origin().identifier().equals(oldCc5)
                    || a.destination().identifier().equals(oldCc5));
  }

  @Test
  void diSevenIsNewWithNoAssociationToVersionOne() {
    String di7 = v2Item("DI.7").identifier();

    assertThat(crossVersion(null))
        .noneMatch(
            a -> a.origin().identifier().equals(di7) || a.destination().identifier().equals(di7));
  }

  @Test
  void everyOtherCompetencyIsVersionOnesUnchangedAndAnExactMatchOfIt() {
    Map<String, CompetencyDefinition> before =
        first.competencies().collect(Collectors.toMap(CompetencyDefinition::code, c -> c));
    List<CompetencyDefinition> carried =
        second.competencies().filter(c -> !CHANGED.contains(c.code())).toList();

    assertThat(carried).hasSize(41);
    assertThat(carried)
        .allSatisfy(
            competency -> {
              CompetencyDefinition old = before.get(competency.code());
              assertThat(old).as(competency.code()).isNotNull();
              assertThat(competency.statement()).as(competency.code()).isEqualTo(old.statement());
              assertThat(competency.descriptorTexts())
                  .as(competency.code())
                  .isEqualTo(old.descriptorTexts());
              assertThat(linksFrom(v2Item(competency.code()), EXACT_MATCH_OF))
                  .as(competency.code())
                  .containsExactly(old.id());
            });
  }

  @Test
  void associationsToVersionOneNameItsItemsByIdentifierUriAndCode() {
    Map<String, Item> v1Items = byIdentifier(v1.items());
    Map<String, Item> v2Items = byIdentifier(v2.items());
    List<Association> crossVersion = crossVersion(null);

    assertThat(crossVersion).hasSize(46);
    assertThat(crossVersion)
        .allSatisfy(
            association -> {
              boolean forward = association.associationType().equals(EXACT_MATCH_OF);
              Link old = forward ? association.destination() : association.origin();
              Link current = forward ? association.origin() : association.destination();
              Item oldItem = v1Items.get(old.identifier());
              Item currentItem = v2Items.get(current.identifier());
              assertThat(oldItem).as(association.label()).isNotNull();
              assertThat(currentItem).as(association.label()).isNotNull();
              assertThat(old)
                  .isEqualTo(
                      new Link(oldItem.humanCodingScheme(), oldItem.identifier(), oldItem.uri()));
              assertThat(current.title()).isEqualTo(currentItem.humanCodingScheme());
              assertThat(association.uri()).endsWith("/CFAssociations/" + association.identifier());
            });
  }

  @Test
  void sharesNoIdentifierWithVersionOne() {
    List<String> mine = identifiers(v2);

    assertThat(mine).doesNotHaveDuplicates();
    assertThat(mine).doesNotContainAnyElementsOf(identifiers(v1));
  }

  @Test
  void caseRequiredFieldsArePresent() {
    assertThat(CaseRequiredFields.missingIn(json(shipped(LWCF_2)))).isEmpty();
  }

  @Test
  void isNotInTheDataSetManifestSoItIsNotLoadedAtStartUp() {
    String manifest =
        json(TestData.classPath("org/linkworker/trellis/data/manifest.json")).toString();

    assertThat(manifest).contains("lwcf-1.case.json").doesNotContain("lwcf-2");
  }

  // ---

  private static Set<String> codes(FrameworkDefinition framework) {
    return framework.competencies().map(CompetencyDefinition::code).collect(Collectors.toSet());
  }

  private static String domainOf(String code) {
    return second.domains().stream()
        .filter(d -> d.competencies().stream().anyMatch(c -> c.code().equals(code)))
        .map(DomainDefinition::code)
        .findFirst()
        .orElseThrow();
  }

  private static Item v1Item(String code) {
    return item(v1, code);
  }

  private static Item v2Item(String code) {
    return item(v2, code);
  }

  private static Item item(CasePackage pkg, String code) {
    return pkg.items().stream()
        .filter(i -> code.equals(i.humanCodingScheme()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " is not in " + pkg.fileName()));
  }

  /** The associations other than isChildOf (all of them when {@code type} is null). */
  private static List<Association> crossVersion(String type) {
    return v2.associations().stream()
        .filter(a -> !CasePackage.IS_CHILD_OF.equals(a.associationType()))
        .filter(a -> type == null || a.associationType().equals(type))
        .toList();
  }

  /** The destination identifiers of the {@code type} associations with {@code item} as origin. */
  private static List<String> linksFrom(Item item, String type) {
    return crossVersion(type).stream()
        .filter(a -> a.origin().identifier().equals(item.identifier()))
        .map(a -> a.destination().identifier())
        .toList();
  }

  private static Map<String, Item> byIdentifier(List<Item> items) {
    return items.stream().collect(Collectors.toMap(Item::identifier, Function.identity()));
  }

  /** Every identifier the package gives an object of its own. */
  private static List<String> identifiers(CasePackage pkg) {
    List<String> all = new ArrayList<>();
    all.add(pkg.document().identifier());
    pkg.items().forEach(i -> all.add(i.identifier()));
    pkg.associations().forEach(a -> all.add(a.identifier()));
    pkg.itemTypes().forEach(t -> all.add(t.identifier()));
    for (Rubric rubric : pkg.rubrics()) {
      all.add(rubric.identifier());
      for (Criterion criterion : rubric.criteria()) {
        all.add(criterion.identifier());
        criterion.levels().stream().map(CriterionLevel::identifier).forEach(all::add);
      }
    }
    return all;
  }
}
