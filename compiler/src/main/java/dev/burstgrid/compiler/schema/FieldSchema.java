package dev.burstgrid.compiler.schema;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;

/**
 * One record component as the grid sees it: an argument, a uses entry or an output.
 *
 * @param name the HCL name (snake_case of the Java component name)
 * @param javaName the record component's name, for generated code
 * @param record the record declaring the component
 * @param javaType the component's generic Java type
 * @param type the HCL type it accepts or produces
 * @param required whether a grid must set it (no default, no {@code @OptionalArg})
 * @param defaultValue the default from the record's {@code DEFAULTS}, as an HCL value; null
 *     when it has none
 * @param nested the schema of a nested record (HCL object), or null
 */
public record FieldSchema(
    String name,
    String javaName,
    Class<?> record,
    java.lang.reflect.Type javaType,
    Type type,
    boolean required,
    Value defaultValue,
    String doc,
    boolean sensitive,
    RecordSchema nested) {

  /** Java's {@code java.time.Duration}: written in grids as a string like {@code "45s"}. */
  public boolean isDuration() {
    return javaType == java.time.Duration.class;
  }

  public boolean hasDefault() {
    return defaultValue != null;
  }
}
