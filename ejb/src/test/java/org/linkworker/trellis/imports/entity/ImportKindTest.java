package org.linkworker.trellis.imports.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportKindTest {

  /** A restored import is restarted by its kind's job: each kind names a job the EJB jar holds. */
  @Test
  void everyKindNamesABatchJobOfTheApplication() {
    for (ImportKind kind : ImportKind.values()) {
      assertThat(ImportKindTest.class.getResource("/META-INF/batch-jobs/" + kind.job() + ".xml"))
          .as(kind.name())
          .isNotNull();
    }
  }
}
