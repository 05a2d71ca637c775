package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.burstgrid.compiler.codegen.expr.ExprWriter;
import dev.burstgrid.compiler.codegen.expr.JavaLiterals;
import dev.burstgrid.compiler.schema.FieldSchema;
import dev.burstgrid.compiler.schema.RecordSchema;
import dev.burstgrid.compiler.schema.RecordSchemas;
import dev.burstgrid.compiler.schema.SchemaException;
import dev.burstgrid.lang.GridValues;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes conversions between HCL values and the Java types of record components: run-time
 * conversions ({@code GridValues.toStr(v)}), compile-time constants as Java literals, and
 * record outputs back to values. Nested records get one helper method each in the generated
 * class.
 */
final class Conversions {
  static final ClassName GRID_VALUES = ClassName.get(GridValues.class);
  static final ClassName VALUE = ClassName.get(Value.class);
  /** Collections larger than this are written as one JSON constant converted at run time. */
  private static final int MAX_LITERAL_ELEMENTS = 32;

  private final NameAllocator names;
  private final Map<Object, String> helperNames = new LinkedHashMap<>();
  private final List<MethodSpec> helpers = new ArrayList<>();
  private int lambdaDepth;

  Conversions(NameAllocator names) {
    this.names = names;
  }

  /** Helper methods written so far (for nested records and outputs). */
  List<MethodSpec> helpers() {
    return helpers;
  }

  // ---- run time: Value → Java ----

  // GridValues.toStr(v) · GridValues.toList(v, e0 -> GridValues.toStr(e0)) · toBasicAuth(v)
  CodeBlock fromValue(CodeBlock v, java.lang.reflect.Type t) {
    if (t instanceof Class<?> k) {
      String scalar = scalarFrom(k);
      if (scalar != null) {
        return CodeBlock.of("$T.$L($L)", GRID_VALUES, scalar, v);
      }
      if (k == Value.class) {
        return v;
      }
      if (k.isRecord()) {
        return CodeBlock.of("$N($L)", recordFromValue(k), v);
      }
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      java.lang.reflect.Type[] args = p.getActualTypeArguments();
      String method = raw == List.class ? "toList" : raw == Set.class ? "toSet" : raw == Map.class ? "toMap" : null;
      if (method != null) {
        String e = "e" + lambdaDepth++;
        CodeBlock each = fromValue(CodeBlock.of("$N", e), args[args.length - 1]);
        lambdaDepth--;
        return CodeBlock.of("$T.$L($L, $N -> $L)", GRID_VALUES, method, v, e, each);
      }
    }
    throw new IllegalArgumentException("no conversion to " + t.getTypeName());
  }

  private static String scalarFrom(Class<?> k) {
    if (k == String.class) {
      return "toStr";
    } else if (k == Duration.class) {
      return "toDuration";
    } else if (k == int.class) {
      return "toInt";
    } else if (k == Integer.class) {
      return "toIntOrNull";
    } else if (k == long.class) {
      return "toLong";
    } else if (k == Long.class) {
      return "toLongOrNull";
    } else if (k == double.class) {
      return "toDouble";
    } else if (k == Double.class) {
      return "toDoubleOrNull";
    } else if (k == boolean.class) {
      return "toBool";
    } else if (k == Boolean.class) {
      return "toBoolOrNull";
    } else if (k == BigDecimal.class) {
      return "toBigDecimal";
    } else if (k == BigInteger.class) {
      return "toBigInteger";
    }
    return null;
  }

  // private static BasicAuth toBasicAuth(Value v) throws Exception {
  //   Map<String, Value> a = GridValues.attributes(v);
  //   if (a == null) return null;
  //   return new BasicAuth(GridValues.toStr(GridValues.attribute(a, "username")), …);
  // }
  private String recordFromValue(Class<?> record) {
    String name = helperNames.get(record);
    if (name != null) {
      return name;
    }
    name = names.newName("to" + record.getSimpleName(), new Object());
    helperNames.put(record, name);
    RecordSchema schema = schemaOf(record);
    CodeBlock.Builder args = CodeBlock.builder();
    String sep = "";
    for (FieldSchema f : schema.fields()) {
      CodeBlock field = JavaLiterals.string(f.name());
      CodeBlock attr = CodeBlock.of("$T.attribute(a, $L)", GRID_VALUES, field);
      CodeBlock conv = fromValue(attr, f.javaType());
      CodeBlock absent = absentField(f);
      args.add(sep);
      if (absent != null) {
        args.add("a.get($L) == null || a.get($L).isNull() ? $L : $L", field, field, absent, conv);
      } else {
        args.add("$L", conv);
      }
      sep = ",\n";
    }
    helpers.add(MethodSpec.methodBuilder(name)
        .addModifiers(javax.lang.model.element.Modifier.PRIVATE, javax.lang.model.element.Modifier.STATIC)
        .returns(ClassName.get(record))
        .addParameter(VALUE, "v")
        .addException(Exception.class)
        .addStatement("$T<$T, $T> a = $T.attributes(v)", Map.class, String.class, VALUE, GRID_VALUES)
        .beginControlFlow("if (a == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("return new $T(\n$>$>$L$<$<)", ClassName.get(record), args.build())
        .build());
    return name;
  }

  // HttpRequestRunner.Input.DEFAULTS.method()
  /** What an absent argument becomes: its default, or null when optional; null if required. */
  CodeBlock absentField(FieldSchema f) {
    if (f.hasDefault()) {
      return CodeBlock.of("$T.DEFAULTS.$N()", ClassName.get(f.record()), f.javaName());
    }
    if (!f.required() && !(f.javaType() instanceof Class<?> c && c.isPrimitive())) {
      return CodeBlock.of("null");
    }
    return null;
  }

  // Objects.requireNonNullElse(GridValues.toStr(v), HttpRequestRunner.Input.DEFAULTS.method())
  /** A run-time conversion for a component with a default, which a null value stands for. */
  CodeBlock orDefault(CodeBlock v, FieldSchema f) {
    java.lang.reflect.Type t = f.javaType() instanceof Class<?> k && k.isPrimitive() ? boxed(k) : f.javaType();
    return CodeBlock.of("$T.requireNonNullElse($L, $L)", Objects.class, fromValue(v, t), absentField(f));
  }

  private static Class<?> boxed(Class<?> primitive) {
    return primitive == int.class ? Integer.class : primitive == long.class ? Long.class
        : primitive == double.class ? Double.class : primitive == boolean.class ? Boolean.class : primitive;
  }

  // ---- run time: Java → Value ----

  // GridValues.of(o.body()) · GridValues.ofMap(o.headers(), Type.STRING, e0 -> GridValues.of(e0))
  CodeBlock toValue(CodeBlock j, java.lang.reflect.Type t) {
    if (t instanceof Class<?> k) {
      if (scalarFrom(k) != null || k == Value.class) {
        return CodeBlock.of("$T.of($L)", GRID_VALUES, j);
      }
      if (k.isRecord()) {
        return CodeBlock.of("$N($L)", recordToValue(k), j);
      }
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      java.lang.reflect.Type[] args = p.getActualTypeArguments();
      java.lang.reflect.Type element = args[args.length - 1];
      String method = raw == List.class ? "ofList" : raw == Set.class ? "ofSet" : raw == Map.class ? "ofMap" : null;
      if (method != null) {
        String e = "e" + lambdaDepth++;
        CodeBlock each = toValue(CodeBlock.of("$N", e), element);
        lambdaDepth--;
        return CodeBlock.of("$T.$L($L, $L, $N -> $L)", GRID_VALUES, method, j, ExprWriter.typeCode(hclType(element)), e, each);
      }
    }
    throw new IllegalArgumentException("no conversion from " + t.getTypeName());
  }

  // Value.sensitive(<value>) for a field marked @Sensitive, else <value>
  /** {@code value}, the value of field {@code f}, marked when the field is sensitive. */
  CodeBlock sensitiveIf(FieldSchema f, CodeBlock value) {
    return f.sensitive() ? CodeBlock.of("$T.sensitive($L)", VALUE, value) : value;
  }

  // private static Value valueOfOutput(HttpRequestRunner.Output r) {
  //   if (r == null) return Value.nullOf(Type.ANY);
  //   return GridValues.object(new String[] {"status_code", …}, GridValues.of(r.status_code()), …);
  // }
  String recordToValue(Class<?> record) {
    Object key = List.of("toValue", record);
    String name = helperNames.get(key);
    if (name != null) {
      return name;
    }
    name = names.newName("valueOf" + record.getSimpleName(), new Object());
    helperNames.put(key, name);
    RecordSchema schema = schemaOf(record);
    CodeBlock names = schema.fields().stream().map(f -> JavaLiterals.string(f.name())).collect(CodeBlock.joining(", "));
    CodeBlock.Builder values = CodeBlock.builder();
    for (FieldSchema f : schema.fields()) {
      values.add(",\n$L", sensitiveIf(f, toValue(CodeBlock.of("r.$N()", f.javaName()), f.javaType())));
    }
    helpers.add(MethodSpec.methodBuilder(name)
        .addModifiers(javax.lang.model.element.Modifier.PRIVATE, javax.lang.model.element.Modifier.STATIC)
        .returns(VALUE)
        .addParameter(ClassName.get(record), "r")
        .beginControlFlow("if (r == null)")
        .addStatement("return $T.nullOf($T.ANY)", VALUE, ClassName.get(Type.class))
        .endControlFlow()
        .addStatement("return $T.object(new String[] {$L}$>$>$L$<$<)", GRID_VALUES, names, values.build())
        .build());
    return name;
  }

  // ---- compile time: constants ----

  /** A known value as a Java expression of type {@code t}. */
  CodeBlock literal(Value v, java.lang.reflect.Type t) {
    if (v.isNull()) {
      if (t == Value.class) {
        return CodeBlock.of("$T.nullOf($L)", VALUE, ExprWriter.typeCode(v.type()));
      }
      return CodeBlock.of("null");
    }
    if (t instanceof Class<?> k) {
      CodeBlock scalar = scalarLiteral(v, k);
      if (scalar != null) {
        return scalar;
      }
      if (k == Value.class) {
        return valueLiteral(v);
      }
      if (k.isRecord() && v instanceof Value.ObjectValue o) {
        return recordLiteral(o, k);
      }
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && elementCount(v) <= MAX_LITERAL_ELEMENTS) {
      java.lang.reflect.Type[] args = p.getActualTypeArguments();
      java.lang.reflect.Type element = args[args.length - 1];
      if ((raw == List.class || raw == Set.class) && elements(v) != null && noNulls(elements(v))) {
        CodeBlock items = elements(v).stream().map(e -> literal(e, element)).collect(CodeBlock.joining(", "));
        return CodeBlock.of("$T.of($L)", raw, items);
      }
      if (raw == Map.class && entries(v) != null && noNulls(entries(v).values())) {
        if (entries(v).isEmpty()) {
          return CodeBlock.of("$T.of()", Map.class);
        }
        if (entries(v).size() <= 10) {
          // Map.of(k, v, …): one call for javac to infer, where ofEntries(entry(…), …) has one per entry.
          CodeBlock pairs = entries(v).entrySet().stream()
              .map(e -> CodeBlock.of("$L, $L", JavaLiterals.string(e.getKey()), literal(e.getValue(), element)))
              .collect(CodeBlock.joining(", "));
          return CodeBlock.of("$T.of($L)", Map.class, pairs);
        }
        CodeBlock items = entries(v).entrySet().stream()
            .map(e -> CodeBlock.of("$T.entry($L, $L)", Map.class, JavaLiterals.string(e.getKey()),
                literal(e.getValue(), element)))
            .collect(CodeBlock.joining(", "));
        return CodeBlock.of("$T.ofEntries($L)", Map.class, items);
      }
    }
    return fromValue(valueLiteral(v), t);
  }

  private CodeBlock recordLiteral(Value.ObjectValue o, Class<?> record) {
    RecordSchema schema = schemaOf(record);
    List<CodeBlock> args = new ArrayList<>();
    for (FieldSchema f : schema.fields()) {
      Value a = o.attributes().get(f.name());
      CodeBlock absent = absentField(f);
      args.add(a == null || (a.isNull() && absent != null) ? (absent == null ? CodeBlock.of("null") : absent)
          : literal(a, f.javaType()));
    }
    return CodeBlock.of("new $T($L)", ClassName.get(record), CodeBlock.join(args, ", "));
  }

  private static CodeBlock scalarLiteral(Value v, Class<?> k) {
    try {
      if (k == String.class) {
        return JavaLiterals.string(dev.burstgrid.lang.GridValues.toStr(v));
      }
      if (k == Duration.class) {
        return durationLiteral(dev.burstgrid.lang.GridValues.toDuration(v));
      }
      if (k == int.class || k == Integer.class) {
        return CodeBlock.of("$L", dev.burstgrid.lang.GridValues.toInt(v));
      }
      if (k == long.class || k == Long.class) {
        return CodeBlock.of("$LL", dev.burstgrid.lang.GridValues.toLong(v));
      }
      if (k == double.class || k == Double.class) {
        double d = dev.burstgrid.lang.GridValues.toDouble(v);
        return Double.isFinite(d) ? CodeBlock.of("$L", Double.toString(d)) : null;
      }
      if (k == boolean.class || k == Boolean.class) {
        return CodeBlock.of("$L", dev.burstgrid.lang.GridValues.toBool(v));
      }
      if (k == BigDecimal.class) {
        return CodeBlock.of("new $T($L)", BigDecimal.class,
            JavaLiterals.string(dev.burstgrid.lang.GridValues.toBigDecimal(v).toPlainString()));
      }
      if (k == BigInteger.class) {
        return CodeBlock.of("new $T($L)", BigInteger.class,
            JavaLiterals.string(dev.burstgrid.lang.GridValues.toBigInteger(v).toString()));
      }
    } catch (Exception e) {
      return null; // Not representable as a literal: convert at run time, which reports it.
    }
    return null;
  }

  // Duration.ofSeconds(45) · Duration.ofMillis(1500) · Duration.ofNanos(7)
  private static CodeBlock durationLiteral(Duration d) {
    if (d.getNano() == 0) {
      return CodeBlock.of("$T.ofSeconds($LL)", Duration.class, d.getSeconds());
    }
    if (d.getNano() % 1_000_000 == 0 && d.toMillis() < Long.MAX_VALUE / 2) {
      return CodeBlock.of("$T.ofMillis($LL)", Duration.class, d.toMillis());
    }
    return CodeBlock.of("$T.ofSeconds($LL, $LL)", Duration.class, d.getSeconds(), d.getNano());
  }

  // Value.string("x") · Value.number(3) · Value.TRUE · GridValues.constant("[1,2]", <type>)
  CodeBlock valueLiteral(Value v) {
    if (v instanceof Value.Str s) {
      return CodeBlock.of("$T.string($L)", VALUE, JavaLiterals.string(s.value()));
    }
    if (v instanceof Value.Num n) {
      BigDecimal d = n.value();
      if (d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) < 0) {
        return CodeBlock.of("$T.number($LL)", VALUE, d.longValueExact());
      }
      return CodeBlock.of("$T.number(new $T($L))", VALUE, BigDecimal.class, JavaLiterals.string(d.toString()));
    }
    if (v instanceof Value.Bool b) {
      return CodeBlock.of("$T.$L", VALUE, b.value() ? "TRUE" : "FALSE");
    }
    if (v.isNull()) {
      return CodeBlock.of("$T.nullOf($L)", VALUE, ExprWriter.typeCode(v.type()));
    }
    return CodeBlock.of("$T.constant($L, $L)", GRID_VALUES, JavaLiterals.string(Json.encode(v)), ExprWriter.typeCode(v.type()));
  }

  static Type hclType(java.lang.reflect.Type t) {
    try {
      return RecordSchemas.hclType(t);
    } catch (SchemaException e) {
      return Type.ANY;
    }
  }

  private static RecordSchema schemaOf(Class<?> record) {
    try {
      return RecordSchemas.read(record);
    } catch (SchemaException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static boolean noNulls(java.util.Collection<Value> values) {
    return values.stream().noneMatch(Value::isNull);
  }

  private static int elementCount(Value v) {
    List<Value> e = elements(v);
    if (e != null) {
      return e.size();
    }
    Map<String, Value> m = entries(v);
    return m == null ? 0 : m.size();
  }

  private static List<Value> elements(Value v) {
    if (v instanceof Value.ListValue l) {
      return l.elements();
    }
    if (v instanceof Value.TupleValue t) {
      return t.elements();
    }
    if (v instanceof Value.SetValue s) {
      return s.elements();
    }
    return null;
  }

  private static Map<String, Value> entries(Value v) {
    if (v instanceof Value.MapValue m) {
      return m.entries();
    }
    if (v instanceof Value.ObjectValue o) {
      return o.attributes();
    }
    return null;
  }

  static boolean isPublic(Class<?> k) {
    return Modifier.isPublic(k.getModifiers());
  }

  static TypeName typeName(java.lang.reflect.Type t) {
    return TypeName.get(t);
  }
}
