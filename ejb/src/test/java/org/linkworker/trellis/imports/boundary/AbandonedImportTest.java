package org.linkworker.trellis.imports.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A server killed while an import runs leaves its execution STARTED in the batch runtime, which
 * never ends it: an execution still running is abandoned when the boot that ran it is no longer
 * live (the import shows FAILED and a restart starts a new execution), and, for an import from
 * before runners were recorded, when it was created before this deployment loaded the service.
 */
class AbandonedImportTest {

  private static JobExecution execution(BatchStatus status, Instant created) {
    return new JobExecution() {
      @Override
      public long getExecutionId() {
        return 1;
      }

      @Override
      public String getJobName() {
        return "cpd-import";
      }

      @Override
      public BatchStatus getBatchStatus() {
        return status;
      }

      @Override
      public Date getStartTime() {
        return Date.from(created);
      }

      @Override
      public Date getEndTime() {
        return null;
      }

      @Override
      public String getExitStatus() {
        return null;
      }

      @Override
      public Date getCreateTime() {
        return Date.from(created);
      }

      @Override
      public Date getLastUpdatedTime() {
        return Date.from(created);
      }

      @Override
      public Properties getJobParameters() {
        return new Properties();
      }
    };
  }

  private static final Instant BEFORE = Instant.now().minusSeconds(3600);

  private static final java.util.function.Supplier<java.util.Set<String>> NO_BOOTS =
      java.util.Set::of;

  @Test
  void aRunningExecutionWhoseServerIsStillThereIsNotAbandonedHoweverOld() {
    assertThat(
            ImportService.abandoned(
                execution(BatchStatus.STARTED, BEFORE), "boot-a", () -> java.util.Set.of("boot-a")))
        .isFalse();
  }

  @Test
  void aRunningExecutionWhoseServerHasGoneIsAbandonedHoweverNew() {
    Instant now = Instant.now().plusSeconds(1);
    assertThat(
            ImportService.abandoned(
                execution(BatchStatus.STARTED, now), "boot-a", () -> java.util.Set.of("boot-b")))
        .isTrue();
  }

  @Test
  void aRunningExecutionFromBeforeThisDeploymentIsAbandoned() {
    assertThat(ImportService.abandoned(execution(BatchStatus.STARTED, BEFORE), null, NO_BOOTS))
        .isTrue();
    assertThat(ImportService.abandoned(execution(BatchStatus.STARTING, BEFORE), null, NO_BOOTS))
        .isTrue();
    assertThat(ImportService.abandoned(execution(BatchStatus.STOPPING, BEFORE), null, NO_BOOTS))
        .isTrue();
  }

  @Test
  void anExecutionOfThisDeploymentOrOneThatEndedIsNot() {
    Instant now = Instant.now().plusSeconds(1);
    assertThat(ImportService.abandoned(execution(BatchStatus.STARTED, now), null, NO_BOOTS))
        .isFalse();
    for (BatchStatus ended :
        new BatchStatus[] {
          BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED
        }) {
      assertThat(ImportService.abandoned(execution(ended, BEFORE), "gone", NO_BOOTS))
          .as(ended.name())
          .isFalse();
    }
  }
}
