package org.linkworker.trellis.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.StaleVersionException;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.rest.problem.Problem.FieldError;

class TrellisExceptionMapperTest {

  @Test
  void somethingNotVisibleIs404WhetherOrNotItExists() {
    Problem problem = TrellisExceptionMapper.problem(new NotVisibleException("person"));

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.title()).isEqualTo("Not Found");
    assertThat(problem.detail()).isEqualTo("No such person.");
  }

  @Test
  void aRefusalWhereExistenceIsNoSecretIs403() {
    assertThat(TrellisExceptionMapper.problem(new AccessDeniedException("access_denied")).status())
        .isEqualTo(403);
  }

  @Test
  void aStaleVersionIs409() {
    Problem problem = TrellisExceptionMapper.problem(new StaleVersionException("person"));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.detail()).contains("changed by someone else");
  }

  @Test
  void invalidInputIs400WithOneErrorPerFieldInFieldOrder() {
    Problem problem =
        TrellisExceptionMapper.problem(
            new InvalidInputException(
                Map.of(
                    "username", "is taken",
                    "displayName", "must not be blank")));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.title()).isEqualTo("Invalid request");
    assertThat(problem.errors())
        .containsExactly(
            new FieldError("displayName", "must not be blank"),
            new FieldError("username", "is taken"));
  }

  @Test
  void anyOtherBusinessRuleIs400WithItsMessage() {
    Problem problem =
        TrellisExceptionMapper.problem(new TrellisException("framework.not_draft", "X", "1", "X"));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.detail()).startsWith("Framework X version 1");
  }

  @Test
  void aBusinessExceptionWrappedByTheContainerIsFoundUnderTheWrapper() {
    NotVisibleException refusal = new NotVisibleException("person");

    assertThat(EJBExceptionMapper.rootOf(new EJBException(refusal))).isSameAs(refusal);
  }
}
