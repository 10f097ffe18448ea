package org.linkworker.trellis.framework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.control.CasePackage.Association;
import org.linkworker.trellis.framework.control.CasePackage.Document;
import org.linkworker.trellis.framework.control.CasePackage.Item;
import org.linkworker.trellis.framework.control.CasePackage.Link;
import org.linkworker.trellis.platform.data.DataFileException;

/**
 * The tree both framework and code of practice packages are read through: which items it takes,
 * where it hangs them, and in what order, on packages built in memory so each case shows only what
 * it is about.
 */
class CaseItemTreeTest {

  private static final String FILE = "tree.case.json";
  private static final String PARENT = "Domain";
  private static final String CHILD = "Competency";
  private static final List<String> KINDS = List.of(PARENT, CHILD);
  private static final Instant CHANGED = Instant.parse("2026-01-15T09:30:00Z");
  private static final String DOCUMENT = id(999);

  private final List<Item> items = new ArrayList<>();
  private final List<Association> associations = new ArrayList<>();

  @Test
  void ordersSiblingsBySequenceNumberThenListEnumerationThenFileOrder() {
    String domain = domain(1, "D");
    child(2, "seq-2", domain, 2, "0");
    child(3, "enum-1", domain, null, " 1 ");
    child(4, "enum-not-a-number", domain, null, "first");
    child(5, "nothing", domain, null, null);
    child(6, "seq-1", domain, 1, null);

    CaseItemTree tree = tree();
    List<Item> children =
        tree.childrenOf(tree.childrenOfTheDocument(PARENT), PARENT, CHILD).get(domain);

    assertThat(tree.ordered(children))
        .extracting(Item::humanCodingScheme)
        .containsExactly("enum-1", "seq-1", "seq-2", "enum-not-a-number", "nothing");
  }

  @Test
  void sortsItemsByKindWhateverTheCaseAndSpacesOfTheirType() {
    items.add(item(1, "D", " domain "));
    placeUnder(1, DOCUMENT, null);
    items.add(item(2, "D.1", "COMPETENCY"));
    placeUnder(2, id(1), null);

    CaseItemTree tree = tree();

    assertThat(tree.items(PARENT)).extracting(Item::humanCodingScheme).containsExactly("D");
    assertThat(tree.items(CHILD)).extracting(Item::humanCodingScheme).containsExactly("D.1");
  }

  @Test
  void anItemOfAnotherKindIsRefusedRatherThanDropped() {
    items.add(item(1, "S", "Standard"));

    assertThat(refusal(this::tree))
        .isEqualTo(
            "CFItem "
                + id(1)
                + "/S: CFItemType \"Standard\" is not understood; this package may hold Domain and"
                + " Competency items");
  }

  @Test
  void anItemWithoutACodeIsRefused() {
    items.add(item(1, null, PARENT));

    assertThat(refusal(this::tree))
        .isEqualTo("CFItem " + id(1) + ": humanCodingScheme (the Domain's code) is missing");
  }

  @Test
  void anItemIsPlacedOnceOnly() {
    String domain = domain(1, "D");
    child(2, "D.1", domain, null, null);
    associations.add(association(50, CasePackage.IS_CHILD_OF, id(2), DOCUMENT, null));

    assertThat(refusal(this::tree))
        .isEqualTo(
            "CFAssociation "
                + id(1050)
                + ": item "
                + id(2)
                + " already has a parent through CFAssociation "
                + id(1002)
                + "; Trellis places each item once");
  }

  @Test
  void aChildOfTheDocumentMustHangOffTheDocument() {
    String first = domain(1, "D");
    items.add(item(2, "E", PARENT));
    placeUnder(2, first, null);

    CaseItemTree tree = tree();

    assertThat(refusal(() -> tree.childrenOfTheDocument(PARENT)))
        .isEqualTo(
            "CFItem "
                + id(2)
                + "/E: a Domain must be the child (isChildOf) of the CFDocument "
                + DOCUMENT);
  }

  @Test
  void aChildMustHangOffAnItemOfItsParentsKind() {
    domain(1, "D");
    items.add(item(2, "D.1", CHILD));
    placeUnder(2, DOCUMENT, null);

    CaseItemTree tree = tree();
    Map<String, Item> domains = tree.childrenOfTheDocument(PARENT);

    assertThat(refusal(() -> tree.childrenOf(domains, PARENT, CHILD)))
        .isEqualTo(
            "CFItem "
                + id(2)
                + "/D.1: a Competency must be the child (isChildOf) of a Domain item");
  }

  @Test
  void onlyIsChildOfPlacesAnItem() {
    items.add(item(1, "D", PARENT));
    associations.add(association(1, "isRelatedTo", id(1), DOCUMENT, null));

    CaseItemTree tree = tree();

    assertThat(refusal(() -> tree.childrenOfTheDocument(PARENT)))
        .contains("a Domain must be the child (isChildOf) of the CFDocument");
  }

  @Test
  void anAssociationMustJoinNodesOfThePackage() {
    domain(1, "D");
    associations.add(association(7, CasePackage.IS_CHILD_OF, id(8), DOCUMENT, null));

    assertThat(refusal(this::tree))
        .isEqualTo(
            "CFAssociation "
                + id(1007)
                + ": originNodeURI names "
                + id(8)
                + ", which is not an item of this package");

    associations.set(1, association(7, CasePackage.IS_CHILD_OF, id(1), id(8), null));

    assertThat(refusal(this::tree))
        .isEqualTo(
            "CFAssociation "
                + id(1007)
                + ": destinationNodeURI names "
                + id(8)
                + ", which is neither the CFDocument nor an item");
  }

  @Test
  void twoItemsOfOneCodeAreRefused() {
    String domain = domain(1, "D");
    child(2, "D.1", domain, null, null);
    child(3, "D.1", domain, null, null);

    CaseItemTree tree = tree();

    assertThat(refusal(() -> tree.requireUniqueCodes(tree.items(CHILD))))
        .isEqualTo(
            "CFItem "
                + id(3)
                + "/D.1: humanCodingScheme D.1 is also the code of CFItem "
                + id(2)
                + "/D.1; codes must be unique");
  }

  // --- a package in memory ---

  private CaseItemTree tree() {
    Document document =
        new Document(
            DOCUMENT,
            "https://example.org/d",
            "Tests",
            "Tree",
            CHANGED,
            "1",
            null,
            null,
            null,
            null,
            null);
    CasePackage pkg = new CasePackage(FILE, document, items, associations, List.of(), List.of());
    return CaseItemTree.of(pkg, new CaseChecks(FILE), KINDS);
  }

  private String domain(int n, String code) {
    items.add(item(n, code, PARENT));
    placeUnder(n, DOCUMENT, null);
    return id(n);
  }

  private void child(int n, String code, String parent, Integer sequence, String listEnumeration) {
    items.add(
        new Item(
            id(n),
            "https://example.org/" + n,
            "Statement " + n,
            code,
            CHILD,
            listEnumeration,
            null,
            null,
            CHANGED));
    placeUnder(n, parent, sequence);
  }

  private void placeUnder(int n, String parent, Integer sequence) {
    associations.add(association(n, CasePackage.IS_CHILD_OF, id(n), parent, sequence));
  }

  private static Item item(int n, String code, String type) {
    return new Item(
        id(n), "https://example.org/" + n, "Statement " + n, code, type, null, null, null, CHANGED);
  }

  /** Association n is numbered 1000 + n, so a message shows which one it names. */
  private static Association association(
      int n, String type, String origin, String destination, Integer sequence) {
    return new Association(
        id(1000 + n),
        "https://example.org/a/" + n,
        type,
        new Link("origin", origin, "https://example.org/" + origin),
        new Link("destination", destination, "https://example.org/" + destination),
        sequence,
        CHANGED);
  }

  private static String id(int n) {
    return String.format("00000000-0000-4000-8000-%012d", n);
  }

  /** What the refusal says after the file name. */
  private static String refusal(ThrowingCallable reading) {
    DataFileException refused = catchThrowableOfType(DataFileException.class, reading);
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.fileName()).isEqualTo(FILE);
    return refused.item() + ": " + refused.problem();
  }
}
