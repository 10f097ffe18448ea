package org.linkworker.trellis.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ExceptionMappersTest {

  @Test
  void aResourcesOwnNotFoundMessageBecomesTheDetail() {
    Problem problem =
        WebApplicationExceptionMapper.problem(404, "There is no framework X version 9.");

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.title()).isEqualTo("Not Found");
    assertThat(problem.detail()).isEqualTo("There is no framework X version 9.");
  }

  @Test
  void theRuntimesBareStatusMessageIsReplacedByAStandardSentence() {
    Problem problem = WebApplicationExceptionMapper.problem(404, "HTTP 404 Not Found");

    assertThat(problem.detail()).doesNotStartWith("HTTP").contains("/openapi");
    assertThat(WebApplicationExceptionMapper.problem(409, null).detail())
        .isEqualTo("The request could not be served.");
  }

  @Test
  void aServerErrorNeverRepeatsItsMessage() {
    Problem problem =
        WebApplicationExceptionMapper.problem(503, "pool jdbc/trellis exhausted at 10.0.0.7");

    assertThat(problem.title()).isEqualTo("Service Unavailable");
    assertThat(problem.detail())
        .isEqualTo("The server could not complete the request. Please try again later.");
  }

  @Test
  void anUnknownStatusStillGetsATitle() {
    assertThat(WebApplicationExceptionMapper.problem(499, "x").title()).isEqualTo("HTTP error 499");
  }

  @Test
  void anUnexpectedFailureIsLoggedWithTheReferenceTheGeneric500Quotes() {
    List<LogRecord> records = new ArrayList<>();
    Logger logger = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(capture);
    logger.setUseParentHandlers(false);
    try {
      IllegalStateException failure = new IllegalStateException("secret table TRELLIS_ACCOUNT");
      Problem problem = UnexpectedExceptionMapper.problem(failure);

      assertThat(problem.status()).isEqualTo(500);
      assertThat(problem.detail()).doesNotContain("TRELLIS_ACCOUNT").doesNotContain("IllegalState");
      assertThat(records).hasSize(1);
      String reference = (String) records.get(0).getParameters()[0];
      assertThat(problem.detail()).contains(reference);
      assertThat(records.get(0).getThrown()).isSameAs(failure);
    } finally {
      logger.removeHandler(capture);
      logger.setUseParentHandlers(true);
    }
  }

  @Test
  void aValidationFailureWrappedByTheEjbContainerIsFoundUnderTheWrappers() {
    ConstraintViolationException violation = new ConstraintViolationException("invalid", Set.of());
    EJBException wrapped = new EJBException(new EJBException(violation));

    assertThat(EJBExceptionMapper.rootOf(wrapped)).isSameAs(violation);
  }

  @Test
  void anEjbExceptionWithoutCauseIsItsOwnRoot() {
    EJBException bare = new EJBException("no cause");

    assertThat(EJBExceptionMapper.rootOf(bare)).isSameAs(bare);
  }
}
