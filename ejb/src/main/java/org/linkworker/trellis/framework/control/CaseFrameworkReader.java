package org.linkworker.trellis.framework.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.framework.control.CasePackage.Criterion;
import org.linkworker.trellis.framework.control.CasePackage.Item;
import org.linkworker.trellis.framework.control.CaseRubricReader.ScoredRubric;
import org.linkworker.trellis.framework.control.FrameworkDefinition.CompetencyDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DomainDefinition;
import org.linkworker.trellis.framework.entity.Lengths;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;

/**
 * Reads a framework and its code of practice from CASE 1.1 packages, giving the items their Trellis
 * meaning and checking everything Trellis relies on before anything is stored.
 *
 * <p>A framework package holds {@value #DOMAIN} items (children of the CFDocument) and {@value
 * #COMPETENCY} items (children of a domain), with one CFRubric whose criteria score each competency
 * ({@link CaseRubricReader} reads it as the levels and descriptors). A code of practice package is
 * read by {@link CaseCodeOfPracticeReader}; the shape both share, a tree of two kinds of item and
 * their order, by {@link CaseItemTree}.
 *
 * <p>Identifiers must be UUIDs; codes ({@code humanCodingScheme}) must be unique. Any problem is a
 * {@link DataFileException} naming the file and the item.
 */
public class CaseFrameworkReader {

  public static final String DOMAIN = "Domain";
  public static final String COMPETENCY = "Competency";

  private final CasePackageReader packages = new CasePackageReader();
  private final FrameworkProfileReader profiles = new FrameworkProfileReader();

  /**
   * Reads the three files of one framework and checks them against each other.
   *
   * @param codeOfPractice may be null when the framework has no code of practice
   */
  public FrameworkBundle read(DataFile casePackage, DataFile codeOfPractice, DataFile profile) {
    FrameworkDefinition framework = readFramework(casePackage);
    CodeOfPracticeDefinition code =
        codeOfPractice == null ? null : readCodeOfPractice(codeOfPractice, framework);
    return new FrameworkBundle(framework, code, profiles.read(profile, framework, code));
  }

  /** Reads a framework package. */
  public FrameworkDefinition readFramework(DataFile file) {
    CasePackage pkg = packages.read(file);
    CaseChecks check = new CaseChecks(file.name());
    DocumentDefinition document = CaseDocumentReader.read(pkg, check, true);
    CaseItemTree tree = CaseItemTree.of(pkg, check, List.of(DOMAIN, COMPETENCY));

    Map<String, Item> domainsById = tree.childrenOfTheDocument(DOMAIN);
    Map<String, List<Item>> competenciesByDomain = tree.childrenOf(domainsById, DOMAIN, COMPETENCY);
    if (domainsById.isEmpty() || tree.items(COMPETENCY).isEmpty()) {
      throw check.fail(
          pkg.document().label(), "holds no Domain or no Competency items: it is not a framework");
    }
    tree.requireUniqueCodes(tree.items(DOMAIN));
    tree.requireUniqueCodes(tree.items(COMPETENCY));

    ScoredRubric scored = CaseRubricReader.read(pkg, check, tree.items(COMPETENCY));
    List<DomainDefinition> domains = new ArrayList<>();
    for (Item domain : tree.ordered(domainsById.values())) {
      List<CompetencyDefinition> competencies = new ArrayList<>();
      for (Item competency :
          tree.ordered(competenciesByDomain.getOrDefault(domain.identifier(), List.of()))) {
        Criterion criterion = scored.criteria().get(competency.identifier());
        competencies.add(
            new CompetencyDefinition(
                competency.identifier(),
                competency.uri(),
                competency.humanCodingScheme(),
                check.fits(
                    competency.label(), "fullStatement", competency.fullStatement(), Lengths.TEXT),
                criterion.identifier(),
                check.fits(criterion.label(), "uri", criterion.uri(), Lengths.URI),
                scored.descriptors().get(competency.identifier())));
      }
      domains.add(
          new DomainDefinition(
              domain.identifier(),
              domain.uri(),
              domain.humanCodingScheme(),
              check.fits(domain.label(), "fullStatement", domain.fullStatement(), Lengths.TITLE),
              competencies));
    }
    return new FrameworkDefinition(document, scored.rubric(), scored.levels(), domains);
  }

  /**
   * Reads a code of practice package; its standards must name competencies of {@code framework}.
   */
  public CodeOfPracticeDefinition readCodeOfPractice(DataFile file, FrameworkDefinition framework) {
    return CaseCodeOfPracticeReader.read(packages.read(file), framework);
  }
}
