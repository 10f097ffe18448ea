package org.linkworker.trellis.framework.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.framework.control.CasePackage.Association;
import org.linkworker.trellis.framework.control.CasePackage.Item;
import org.linkworker.trellis.framework.control.CodeOfPracticeDefinition.BehaviourDefinition;
import org.linkworker.trellis.framework.control.CodeOfPracticeDefinition.StandardDefinition;
import org.linkworker.trellis.framework.entity.Lengths;

/**
 * Reads a code of practice from its CASE package: {@value #STANDARD} items (children of the
 * CFDocument) and {@value #BEHAVIOUR} items (children of a standard), each standard linked with
 * {@code isRelatedTo} to the competencies that evidence it, and the CFDocument to the framework's.
 * The framework is read first, so every link is checked against it.
 */
final class CaseCodeOfPracticeReader {

  static final String STANDARD = "Standard";
  static final String BEHAVIOUR = "Behaviour";

  private CaseCodeOfPracticeReader() {}

  static CodeOfPracticeDefinition read(CasePackage pkg, FrameworkDefinition framework) {
    CaseChecks check = new CaseChecks(pkg.fileName());
    DocumentDefinition document = CaseDocumentReader.read(pkg, check, false);
    CaseItemTree tree = CaseItemTree.of(pkg, check, List.of(STANDARD, BEHAVIOUR));

    Map<String, Item> standardsById = tree.childrenOfTheDocument(STANDARD);
    Map<String, List<Item>> behavioursByStandard =
        tree.childrenOf(standardsById, STANDARD, BEHAVIOUR);
    List<Item> codedItems = new ArrayList<>(tree.items(STANDARD));
    codedItems.addAll(tree.items(BEHAVIOUR));
    tree.requireUniqueCodes(codedItems);

    Map<String, List<String>> competenciesByStandard =
        relatedCompetencies(pkg, check, document, standardsById, framework);

    List<StandardDefinition> standards = new ArrayList<>();
    for (Item standard : tree.ordered(standardsById.values())) {
      List<BehaviourDefinition> behaviours = new ArrayList<>();
      for (Item behaviour :
          tree.ordered(behavioursByStandard.getOrDefault(standard.identifier(), List.of()))) {
        behaviours.add(
            new BehaviourDefinition(
                behaviour.identifier(),
                behaviour.uri(),
                behaviour.humanCodingScheme(),
                check.fits(
                    behaviour.label(), "fullStatement", behaviour.fullStatement(), Lengths.TEXT)));
      }
      standards.add(
          new StandardDefinition(
              standard.identifier(),
              standard.uri(),
              standard.humanCodingScheme(),
              check.fits(
                  standard.label(), "fullStatement", standard.fullStatement(), Lengths.TITLE),
              check.fits(standard.label(), "notes", standard.notes(), Lengths.TEXT),
              behaviours,
              competenciesByStandard.getOrDefault(standard.identifier(), List.of())));
    }
    return new CodeOfPracticeDefinition(document, standards);
  }

  /**
   * The isRelatedTo links of a code of practice: each standard to the competencies that evidence
   * it, and the code's document to its framework's.
   */
  private static Map<String, List<String>> relatedCompetencies(
      CasePackage pkg,
      CaseChecks check,
      DocumentDefinition document,
      Map<String, Item> standardsById,
      FrameworkDefinition framework) {
    Map<String, List<String>> result = new HashMap<>();
    for (Association association : pkg.associations()) {
      if (!CasePackage.IS_RELATED_TO.equals(association.associationType())) {
        continue;
      }
      String origin = association.origin().identifier();
      String destination = association.destination().identifier();
      if (origin.equals(document.id())) {
        if (!destination.equals(framework.id())) {
          throw check.fail(
              association.label(),
              "relates this code of practice to CFDocument "
                  + destination
                  + ", but the framework it is read with is "
                  + framework.id());
        }
      } else if (standardsById.containsKey(origin)) {
        Item standard = standardsById.get(origin);
        if (framework.findCompetencyById(destination).isEmpty()) {
          throw check.fail(
              association.label(),
              standard.label()
                  + " is related to "
                  + destination
                  + " (\""
                  + association.destination().title()
                  + "\"), which is not a competency of framework "
                  + framework.id());
        }
        List<String> competencies = result.computeIfAbsent(origin, id -> new ArrayList<>());
        if (competencies.contains(destination)) {
          throw check.fail(
              association.label(), standard.label() + " is related to " + destination + " twice");
        }
        competencies.add(destination);
      } else {
        throw check.fail(
            association.label(),
            "isRelatedTo from "
                + origin
                + " is not understood: a code of practice relates its standards to competencies"
                + " and its CFDocument to the framework's");
      }
    }
    return result;
  }
}
