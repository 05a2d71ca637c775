package dev.burstgrid.compiler.schema;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;

/**
 * A record's {@code public static final R DEFAULTS = new R(…)} constant: the typed default of
 * each component, null where there is none. Generated code reads {@code R.DEFAULTS.x()} for an
 * argument a grid omits; the compiler reads the same values to type-check and show them.
 */
final class RecordDefaults {
  static final String FIELD = "DEFAULTS";

  private final Object defaults;
  private final String where;

  private RecordDefaults(Object defaults, String where) {
    this.defaults = defaults;
    this.where = where;
  }

  /** The record's defaults; none at all when it declares no {@code DEFAULTS}. */
  static RecordDefaults of(Class<?> record) throws SchemaException {
    String where = Names.ofClass(record) + "." + FIELD;
    Field field;
    try {
      field = record.getDeclaredField(FIELD);
    } catch (NoSuchFieldException none) {
      return new RecordDefaults(null, where);
    }
    int m = field.getModifiers();
    if (!Modifier.isPublic(m) || !Modifier.isStatic(m) || !Modifier.isFinal(m) || field.getType() != record) {
      String simple = record.getSimpleName();
      throw new SchemaException(where + " must be declared public static final " + simple + " " + FIELD
          + " = new " + simple + "(…), with null for the components that have no default");
    }
    Object value;
    try {
      field.setAccessible(true);
      value = field.get(null);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new SchemaException("cannot read " + where + ": " + e);
    } catch (LinkageError e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new SchemaException("cannot build " + where + ": " + cause);
    }
    if (value == null) {
      throw new SchemaException(where + " is null");
    }
    return new RecordDefaults(value, where);
  }

  /** The Java default of {@code c}, or null when it has none. */
  Object component(RecordComponent c) throws SchemaException {
    return defaults == null ? null : invoke(c, defaults, where);
  }

  /** Where the defaults of {@code c} are written, for errors: {@code Input.DEFAULTS.method}. */
  String where(RecordComponent c) {
    return where + "." + c.getName();
  }

  /** The value of component {@code c} of {@code record}. */
  static Object invoke(RecordComponent c, Object record, String where) throws SchemaException {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(record);
    } catch (InvocationTargetException e) {
      throw new SchemaException("cannot read " + where + "." + c.getName() + ": " + e.getCause());
    } catch (IllegalAccessException | RuntimeException e) {
      throw new SchemaException("cannot read " + where + "." + c.getName() + ": " + e);
    }
  }
}
