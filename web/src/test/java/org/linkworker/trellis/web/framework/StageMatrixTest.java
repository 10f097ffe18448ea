package org.linkworker.trellis.web.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.SampleFramework;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.web.framework.StageMatrix.Cell;
import org.linkworker.trellis.web.framework.StageMatrix.Row;

class StageMatrixTest {

  private final StageMatrix matrix = StageMatrix.of(SampleFramework.outline());

  @Test
  void columnsFollowTheStagesOrderNotTheirListOrder() {
    assertThat(matrix.stages())
        .extracting(StageView::code)
        .containsExactly("TRAINEE", "LINK_WORKER");
    assertThat(matrix.getColumnCount()).isEqualTo(3);
  }

  @Test
  void rowsAreGroupedByDomainInFrameworkOrder() {
    assertThat(matrix.groups())
        .extracting(group -> group.domain().code())
        .containsExactly("PC", "CC");
    assertThat(matrix.groups().get(0).headerId()).isEqualTo("stage-group-PC");
    assertThat(matrix.groups().get(0).rows())
        .extracting(row -> row.competency().code())
        .containsExactly("PC.1", "PC.10");
  }

  @Test
  void aCellShowsTheRequiredLevelAndItsName() {
    Row pc1 = matrix.groups().get(0).rows().get(0);
    assertThat(pc1.cells()).containsExactly(new Cell(1, "Foundation"), new Cell(2, "Practitioner"));
    assertThat(pc1.cells()).allMatch(Cell::isRequired);
    assertThat(pc1.elementId()).isEqualTo("stage-row-PC-1");
  }

  @Test
  void aCompetencyAStageLeavesOutIsNotRequiredThere() {
    Row pc10 = matrix.groups().get(0).rows().get(1);
    assertThat(pc10.cells().get(0).isRequired()).isFalse();
    assertThat(pc10.cells().get(1)).isEqualTo(new Cell(1, "Foundation"));
  }

  @Test
  void aFrameworkWithoutStagesGivesAnEmptyMatrix() {
    FrameworkOutline sample = SampleFramework.outline();
    FrameworkOutline withoutStages =
        new FrameworkOutline(
            sample.id(),
            sample.code(),
            sample.version(),
            sample.title(),
            sample.description(),
            sample.status(),
            sample.current(),
            sample.levels(),
            sample.domains(),
            List.of(),
            sample.codeOfPractice());
    assertThat(StageMatrix.of(withoutStages).isEmpty()).isTrue();
    assertThat(matrix.isEmpty()).isFalse();
  }
}
