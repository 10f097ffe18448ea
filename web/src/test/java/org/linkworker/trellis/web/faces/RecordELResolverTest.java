package org.linkworker.trellis.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  public record Level(int number, String name) {}

  private final RecordELResolver resolver = new RecordELResolver();

  @Test
  void readsARecordComponentAsAProperty() {
    ELContext context = new BareContext(resolver);

    Object value = resolver.getValue(context, new Level(2, "Practitioner"), "name");

    assertThat(value).isEqualTo("Practitioner");
    assertThat(context.isPropertyResolved()).isTrue();
  }

  @Test
  void leavesWhatIsNotARecordComponentToTheNextResolver() {
    ELContext context = new BareContext(resolver);

    resolver.getValue(context, new Level(2, "Practitioner"), "required");
    assertThat(context.isPropertyResolved()).isFalse();

    resolver.getValue(context, "a string", "bytes");
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void recordComponentsAreReadOnly() {
    ELContext context = new BareContext(resolver);

    assertThat(resolver.isReadOnly(context, new Level(1, "Foundation"), "number")).isTrue();
    assertThatThrownBy(() -> resolver.setValue(context, new Level(1, "Foundation"), "number", 3))
        .isInstanceOf(PropertyNotWritableException.class);
  }

  /** Just enough of an EL context to watch the resolved flag. */
  private static final class BareContext extends ELContext {
    private final ELResolver resolver;

    BareContext(ELResolver resolver) {
      this.resolver = resolver;
    }

    @Override
    public ELResolver getELResolver() {
      return resolver;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
