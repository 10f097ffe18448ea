package org.linkworker.trellis.rest.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.platform.InvalidInputException;

class EvidenceUploadLimitTest {

  private static ContainerRequestContext declaring(String contentLength) {
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            ContainerRequestContext.class.getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("getHeaderString")
                  && "Content-Length".equalsIgnoreCase((String) arguments[0])) {
                return contentLength;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void anUploadDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new EvidenceUploadLimit().filter(declaring(String.valueOf(50L * 1024 * 1024))));

    assertThat(refused.fieldErrors()).containsOnlyKeys("file");
    assertThat(refused.fieldErrors().get("file")).contains("larger than 10 MB");
  }

  @Test
  void anUploadWithinTheLimitOrOfUnknownLengthGoesOnToBeCounted() {
    EvidenceUploadLimit limit = new EvidenceUploadLimit();
    assertThatCode(() -> limit.filter(declaring("10485760"))).doesNotThrowAnyException();
    assertThatCode(() -> limit.filter(declaring(null))).doesNotThrowAnyException();
    assertThatCode(() -> limit.filter(declaring("lots"))).doesNotThrowAnyException();
  }
}
