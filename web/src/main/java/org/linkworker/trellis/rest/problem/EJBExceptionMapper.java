package org.linkworker.trellis.rest.problem;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.linkworker.trellis.platform.TrellisException;

/**
 * Unwraps what the EJB container wrapped. A service method whose parameters fail Bean Validation
 * throws a {@link ConstraintViolationException}, which the container turns into an {@link
 * EJBException}; left alone, a person's bad input would come back as a 500. Business exceptions
 * reach the caller unwrapped, but one that a bean raised outside its business method may still be
 * wrapped, and is mapped as if it were not.
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

  private final ConstraintViolationExceptionMapper violations =
      new ConstraintViolationExceptionMapper();
  private final WebApplicationExceptionMapper httpErrors = new WebApplicationExceptionMapper();
  private final TrellisExceptionMapper refusals = new TrellisExceptionMapper();

  @Override
  public Response toResponse(EJBException exception) {
    Throwable cause = rootOf(exception);
    if (cause instanceof ConstraintViolationException violation) {
      return violations.toResponse(violation);
    }
    if (cause instanceof WebApplicationException httpError) {
      return httpErrors.toResponse(httpError);
    }
    if (cause instanceof TrellisException refusal) {
      return refusals.toResponse(refusal);
    }
    return UnexpectedExceptionMapper.problem(exception).toResponse();
  }

  /** The first cause that is not itself an EJB wrapper. */
  static Throwable rootOf(EJBException exception) {
    Throwable cause = exception;
    while (cause instanceof EJBException wrapper && wrapper.getCause() != null) {
      cause = wrapper.getCause();
    }
    return cause;
  }
}
