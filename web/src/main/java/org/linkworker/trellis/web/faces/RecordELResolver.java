package org.linkworker.trellis.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lets pages read record components as properties ({@code #{competency.code}}).
 *
 * <p>The boundary hands out records, but Jakarta EL 5 (EE 10) only knows JavaBeans getters; EL 6
 * brings its own record resolver, and this one can go when we move to EE 11. Records are read-only,
 * so writing a component is refused.
 */
public class RecordELResolver extends ELResolver {

  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          return Arrays.stream(type.getRecordComponents())
              .collect(
                  Collectors.toUnmodifiableMap(
                      RecordComponent::getName, RecordComponent::getAccessor));
        }
      };

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return accessor.invoke(base);
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (accessor(base, property) != null) {
      context.setPropertyResolved(base, property);
    }
    // Null tells EL the property cannot be written.
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      context.setPropertyResolved(base, property);
      throw new PropertyNotWritableException(
          base.getClass().getSimpleName() + "." + property + " is a record component");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) != null) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  private static Method accessor(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return null;
    }
    Method accessor = ACCESSORS.get(base.getClass()).get(property.toString());
    if (accessor != null && !accessor.canAccess(base)) {
      // A record that is not public (nested in a package-private type, say) still has public
      // accessors; reflection needs to be told it may call them.
      accessor.trySetAccessible();
    }
    return accessor;
  }
}
