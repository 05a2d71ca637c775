package dev.burstgrid.compiler.schema;

import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.Sensitive;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a record class as a schema, mapping each component's Java type to an HCL type. */
public final class RecordSchemas {
  private static final int MAX_NESTING = 16;

  private RecordSchemas() {}

  public static RecordSchema read(Class<?> recordClass) throws SchemaException {
    return read(recordClass, 0);
  }

  /**
   * Reads a runner's uses record: its components are asset instances, not HCL values, so
   * only names, docs and optionality are read ({@code type} is {@code any}).
   */
  static RecordSchema readUses(Class<?> usesClass) throws SchemaException {
    if (!usesClass.isRecord()) {
      throw new SchemaException(usesClass.getName() + " is not a record");
    }
    List<FieldSchema> fields = new ArrayList<>();
    for (RecordComponent c : usesClass.getRecordComponents()) {
      Doc doc = c.getAnnotation(Doc.class);
      fields.add(
          new FieldSchema(
              Names.snakeCase(c.getName()), c.getName(), usesClass, c.getGenericType(), Type.ANY,
              !c.isAnnotationPresent(OptionalArg.class), null, doc == null ? "" : doc.value(),
              false, null));
    }
    checkDistinctNames(usesClass, fields);
    return new RecordSchema(usesClass, "", fields);
  }

  private static RecordSchema read(Class<?> recordClass, int depth) throws SchemaException {
    if (!recordClass.isRecord()) {
      throw new SchemaException(recordClass.getName() + " is not a record");
    }
    if (depth > MAX_NESTING) {
      throw new SchemaException(recordClass.getName() + " nests records too deeply");
    }
    RecordDefaults defaults = RecordDefaults.of(recordClass);
    List<FieldSchema> fields = new ArrayList<>();
    for (RecordComponent c : recordClass.getRecordComponents()) {
      fields.add(field(recordClass, c, defaults, depth));
    }
    checkDistinctNames(recordClass, fields);
    Doc doc = recordClass.getAnnotation(Doc.class);
    return new RecordSchema(recordClass, doc == null ? "" : doc.value(), fields);
  }

  private static FieldSchema field(Class<?> owner, RecordComponent c, RecordDefaults defaults, int depth)
      throws SchemaException {
    String where = Names.ofClass(owner) + "." + c.getName();
    java.lang.reflect.Type jt = c.getGenericType();
    Type type;
    try {
      type = hclType(jt, depth);
    } catch (SchemaException e) {
      throw new SchemaException(where + ": " + e.getMessage());
    }
    RecordSchema nested = null;
    if (jt instanceof Class<?> k && k.isRecord()) {
      nested = read(k, depth + 1);
    }
    boolean optional = c.isAnnotationPresent(OptionalArg.class);
    if (c.getType().isPrimitive() && optional) {
      throw new SchemaException(where + ": @OptionalArg on a primitive; use a boxed type, or give it a value in "
          + RecordDefaults.FIELD);
    }
    Object javaDefault = defaults.component(c);
    if (optional && javaDefault != null) {
      throw new SchemaException(where + " is @OptionalArg but " + defaults.where(c)
          + " gives it a default; keep one of the two");
    }
    Value defaultValue = javaDefault == null ? null : JavaValue.of(javaDefault, jt, type, defaults.where(c));
    Doc doc = c.getAnnotation(Doc.class);
    return new FieldSchema(
        Names.snakeCase(c.getName()),
        c.getName(),
        owner,
        jt,
        type,
        defaultValue == null && !optional,
        defaultValue,
        doc == null ? "" : doc.value(),
        c.isAnnotationPresent(Sensitive.class),
        nested);
  }

  /** Two components the grid would see under one name ({@code maxConn} and {@code max_conn}). */
  private static void checkDistinctNames(Class<?> record, List<FieldSchema> fields) throws SchemaException {
    Map<String, String> javaNames = new HashMap<>();
    for (FieldSchema f : fields) {
      String other = javaNames.putIfAbsent(f.name(), f.javaName());
      if (other != null) {
        throw new SchemaException(Names.ofClass(record) + ": components " + other + " and "
            + f.javaName() + " are both \"" + f.name() + "\" in HCL; rename one");
      }
    }
  }

  /** The HCL type a Java component type stands for. */
  public static Type hclType(java.lang.reflect.Type jt) throws SchemaException {
    return hclType(jt, 0);
  }

  private static Type hclType(java.lang.reflect.Type jt, int depth) throws SchemaException {
    if (jt instanceof Class<?> k) {
      if (k == String.class || k == Duration.class) {
        return Type.STRING;
      }
      if (k == boolean.class || k == Boolean.class) {
        return Type.BOOL;
      }
      if (k == long.class || k == Long.class || k == int.class || k == Integer.class
          || k == double.class || k == Double.class || k == BigDecimal.class
          || k == BigInteger.class) {
        return Type.NUMBER;
      }
      if (k == Value.class) {
        return Type.ANY;
      }
      if (k.isRecord()) {
        return read(k, depth + 1).objectType();
      }
      throw new SchemaException("unsupported type " + k.getName());
    }
    if (jt instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      java.lang.reflect.Type[] args = p.getActualTypeArguments();
      if (raw == List.class) {
        return new Type.ListOf(hclType(args[0], depth));
      }
      if (raw == Set.class) {
        return new Type.SetOf(hclType(args[0], depth));
      }
      if (raw == Map.class) {
        if (args[0] != String.class) {
          throw new SchemaException("map keys must be String, not " + args[0].getTypeName());
        }
        return new Type.MapOf(hclType(args[1], depth));
      }
    }
    throw new SchemaException("unsupported type " + jt.getTypeName());
  }
}
