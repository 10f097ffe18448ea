package org.linkworker.trellis.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.linkworker.trellis.rest.ApiTexts;

/**
 * Whatever no other mapper claims: logged in full with a reference, answered with a generic 500
 * that carries only that reference, never a class name, message or stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    return problem(exception).toResponse();
  }

  /** Logs the failure under a fresh reference and returns the problem quoting it. */
  static Problem problem(Throwable exception) {
    String reference = UUID.randomUUID().toString();
    LogRecord record = new LogRecord(Level.SEVERE, "Unexpected failure in the API, reference {0}");
    record.setParameters(new Object[] {reference});
    record.setThrown(exception);
    record.setLoggerName(LOG.getName());
    LOG.log(record);
    return new Problem(
        Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(),
        ApiTexts.text("api.problem.unexpected.title"),
        ApiTexts.text("api.problem.unexpected.detail", reference),
        List.of());
  }
}
