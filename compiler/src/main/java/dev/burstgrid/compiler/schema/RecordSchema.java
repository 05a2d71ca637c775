package dev.burstgrid.compiler.schema;

import dev.burstgrid.lang.value.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schema a record stands for: its components, in declaration order, by HCL name. */
public record RecordSchema(Class<?> recordClass, String doc, List<FieldSchema> fields) {

  public RecordSchema {
    fields = List.copyOf(fields);
  }

  public FieldSchema field(String name) {
    for (FieldSchema f : fields) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  public List<String> names() {
    return fields.stream().map(FieldSchema::name).toList();
  }

  /** The HCL object type of the whole record. */
  public Type.ObjectOf objectType() {
    Map<String, Type> attrs = new LinkedHashMap<>();
    java.util.Set<String> optional = new java.util.TreeSet<>();
    for (FieldSchema f : fields) {
      attrs.put(f.name(), f.type());
      if (!f.required()) {
        optional.add(f.name());
      }
    }
    return new Type.ObjectOf(attrs, optional);
  }
}
