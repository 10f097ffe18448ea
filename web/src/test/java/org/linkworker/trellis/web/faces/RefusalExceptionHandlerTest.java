package org.linkworker.trellis.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.StaleVersionException;

class RefusalExceptionHandlerTest {

  @Test
  void somethingNotVisibleUnderFacesWrappersIsTheNotFoundPage() {
    Throwable thrown = new FacesException(new ELException(new NotVisibleException("organisation")));

    assertThat(RefusalExceptionHandler.statusFor(thrown)).hasValue(404);
  }

  @Test
  void anAccessRefusalIsTheForbiddenPage() {
    assertThat(RefusalExceptionHandler.statusFor(new AccessDeniedException("access_denied")))
        .hasValue(403);
  }

  @Test
  void anythingElseIsLeftToTheDefaultHandling() {
    assertThat(RefusalExceptionHandler.statusFor(new StaleVersionException("person"))).isEmpty();
    assertThat(RefusalExceptionHandler.statusFor(new IllegalStateException("boom"))).isEmpty();
  }
}
