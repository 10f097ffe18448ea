package org.linkworker.trellis.rest.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.linkworker.trellis.rest.ApiTexts;

/**
 * A request body that cannot be read (not JSON at all, a key given twice, or a body that JSON-B
 * binds and cannot fit) is the client's mistake: 400, not the 500 that a {@link
 * ProcessingException} would otherwise become. A payload record whose values are of the wrong type
 * never gets here: {@code rest.json.PayloadReader} refuses it naming each field.
 *
 * <p>An interceptor rather than an exception mapper, because it wraps exactly the reading of a
 * request body; the same exception types raised anywhere else (writing a response, say) are still
 * the server's fault and stay 500.
 */
@Provider
public class UnreadableBodyInterceptor implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (JsonbException | JsonException | ProcessingException unreadable) {
      throw new BadRequestException(ApiTexts.text("api.problem.body.unreadable"), unreadable);
    }
  }
}
