package dev.burstgrid.compiler.codegen.expr;

import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.CONSTS;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.JAVA_VALUES;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.VALUE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.burstgrid.compiler.plan.expr.PlanExpr;
import dev.burstgrid.compiler.schema.FieldSchema;
import dev.burstgrid.compiler.schema.RecordSchema;
import dev.burstgrid.compiler.schema.RecordSchemas;
import dev.burstgrid.compiler.schema.SchemaException;
import dev.burstgrid.runtime.value.ConversionException;
import dev.burstgrid.runtime.value.Convert;
import dev.burstgrid.runtime.value.Durations;
import dev.burstgrid.runtime.value.Value;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Code that converts between HCL values and the Java types of record components (String, long/Long,
 * int/Integer, double/Double, BigDecimal, BigInteger, boolean/Boolean, Duration, List/Set/Map of
 * those, Value, nested records), through {@code JavaValues} at run time, or as a Java literal when
 * the value is a compile-time constant. Nested records get one static helper method per record
 * class and direction, added through the {@link ExprWriter}.
 */
public final class JavaTypes {
  /** Constant lists up to this size are written as {@code List.of(...)} literals. */
  static final int LITERAL_LIST = 32;

  private final ExprWriter writer;
  private final Map<Class<?>, String> toRecord = new HashMap<>();
  private final Map<Class<?>, String> fromRecord = new HashMap<>();
  private int next;

  /**
   * @param writer whose static members also receive this class's helper methods
   */
  public JavaTypes(ExprWriter writer) {
    this.writer = writer;
  }

  /** The JavaPoet name of a component's generic Java type. */
  public static TypeName typeName(Type javaType) {
    if (javaType instanceof Class<?> k) {
      return TypeName.get(k);
    }
    ParameterizedType p = (ParameterizedType) javaType;
    TypeName[] args = new TypeName[p.getActualTypeArguments().length];
    for (int i = 0; i < args.length; i++) {
      args[i] = typeName(p.getActualTypeArguments()[i]);
    }
    return ParameterizedTypeName.get(ClassName.get((Class<?>) p.getRawType()), args);
  }

  /**
   * A Java expression of type {@code javaType} from {@code value}, a Java expression of type Value
   * already converted to the component's HCL type; {@code at} ({@code file:line:col}) locates
   * failures (a fraction for a {@code long}, a bad duration, null for a primitive).
   */
  public CodeBlock toJava(Type javaType, CodeBlock value, String at) {
    return toJava(javaType, value, JavaLiterals.string(at));
  }

  private CodeBlock toJava(Type jt, CodeBlock value, CodeBlock at) {
    if (jt instanceof Class<?> k) {
      if (k == Value.class) {
        return value;
      }
      String method = scalarToJava(k);
      if (method != null) {
        return CodeBlock.of("$T.$L($L, $L)", JAVA_VALUES, method, value, at);
      }
      if (k.isRecord()) {
        return CodeBlock.of("$N($L, $L)", toRecordMethod(k), value, at);
      }
    }
    if (jt instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type element = p.getActualTypeArguments()[raw == Map.class ? 1 : 0];
      String x = "j$" + next++;
      CodeBlock each = toJava(element, CodeBlock.of("$N", x), at);
      String method = raw == List.class ? "toList" : raw == Set.class ? "toSet" : "toMap";
      return CodeBlock.of(
          "$T.<$T>$L($L, $N -> $L, $L)",
          JAVA_VALUES,
          typeName(element),
          method,
          value,
          x,
          each,
          at);
    }
    throw new IllegalArgumentException("unsupported component type " + jt.getTypeName());
  }

  private static String scalarToJava(Class<?> k) {
    if (k == String.class) {
      return "toStr";
    }
    if (k == long.class) {
      return "toLong";
    }
    if (k == Long.class) {
      return "toLongBoxed";
    }
    if (k == int.class) {
      return "toInt";
    }
    if (k == Integer.class) {
      return "toIntBoxed";
    }
    if (k == double.class) {
      return "toDouble";
    }
    if (k == Double.class) {
      return "toDoubleBoxed";
    }
    if (k == boolean.class) {
      return "toBool";
    }
    if (k == Boolean.class) {
      return "toBoolBoxed";
    }
    if (k == BigDecimal.class) {
      return "toBigDecimal";
    }
    if (k == BigInteger.class) {
      return "toBigInteger";
    }
    if (k == Duration.class) {
      return "toDuration";
    }
    return null;
  }

  /** {@code private static R toR(Value v, String at)}: null for null, else the record. */
  private String toRecordMethod(Class<?> record) {
    String name = toRecord.get(record);
    if (name != null) {
      return name;
    }
    name = writer.members().newName("to" + record.getSimpleName());
    toRecord.put(record, name);
    RecordSchema schema = schema(record);
    List<CodeBlock> args = new ArrayList<>();
    for (FieldSchema f : schema.fields()) {
      CodeBlock field =
          CodeBlock.of("$T.field(v, $L, at)", JAVA_VALUES, JavaLiterals.string(f.name()));
      args.add(toJava(f.javaType(), field, CodeBlock.of("at")));
    }
    writer
        .members()
        .add(
            MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ClassName.get(record))
                .addParameter(VALUE, "v")
                .addParameter(String.class, "at")
                .beginControlFlow("if (v.isNull())")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("return new $T($L)", record, CodeBlock.join(args, ", "))
                .build());
    return name;
  }

  /** A Java expression of type Value from {@code java}, an expression of {@code javaType}. */
  public CodeBlock toValue(Type javaType, CodeBlock java) {
    if (javaType instanceof Class<?> k) {
      if (k == Value.class) {
        return CodeBlock.of("$T.fromValue($L)", JAVA_VALUES, java);
      }
      String method = scalarToValue(k);
      if (method != null) {
        return CodeBlock.of("$T.$L($L)", JAVA_VALUES, method, java);
      }
      if (k.isRecord()) {
        return CodeBlock.of("$N($L)", fromRecordMethod(k), java);
      }
    }
    if (javaType instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type element = p.getActualTypeArguments()[raw == Map.class ? 1 : 0];
      String x = "j$" + next++;
      CodeBlock each = toValue(element, CodeBlock.of("$N", x));
      String method = raw == List.class ? "fromList" : raw == Set.class ? "fromSet" : "fromMap";
      return CodeBlock.of(
          "$T.$L($L, $L, ($T $N) -> $L)",
          JAVA_VALUES,
          method,
          java,
          writer.type(hclType(element)),
          typeName(element),
          x,
          each);
    }
    throw new IllegalArgumentException("unsupported component type " + javaType.getTypeName());
  }

  private static String scalarToValue(Class<?> k) {
    if (k == String.class) {
      return "fromStr";
    }
    if (k == long.class || k == Long.class) {
      return "fromLong";
    }
    if (k == int.class || k == Integer.class) {
      return "fromInt";
    }
    if (k == double.class || k == Double.class) {
      return "fromDouble";
    }
    if (k == boolean.class || k == Boolean.class) {
      return "fromBool";
    }
    if (k == BigDecimal.class) {
      return "fromBigDecimal";
    }
    if (k == BigInteger.class) {
      return "fromBigInteger";
    }
    if (k == Duration.class) {
      return "fromDuration";
    }
    return null;
  }

  /** {@code private static Value fromR(R r)}: the record as an object value. */
  private String fromRecordMethod(Class<?> record) {
    String name = fromRecord.get(record);
    if (name != null) {
      return name;
    }
    name = writer.members().newName("from" + record.getSimpleName());
    fromRecord.put(record, name);
    RecordSchema schema = schema(record);
    List<CodeBlock> args = new ArrayList<>();
    for (FieldSchema f : schema.fields()) {
      args.add(CodeBlock.of("$T.string($L)", VALUE, JavaLiterals.string(f.name())));
      args.add(toValue(f.javaType(), CodeBlock.of("r.$N()", f.javaName())));
    }
    writer
        .members()
        .add(
            MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(VALUE)
                .addParameter(ClassName.get(record), "r")
                .beginControlFlow("if (r == null)")
                .addStatement("return $T.nullOf($L)", VALUE, writer.type(schema.objectType()))
                .endControlFlow()
                .addStatement("return $T.object($L)", CONSTS, CodeBlock.join(args, ", "))
                .build());
    return name;
  }

  /**
   * A Java expression of type {@code javaType} for an argument: the expression's value converted to
   * {@code hclType} and then to the Java type; a constant becomes a Java literal when it converts
   * at compile time. Failures name the expression's location.
   */
  public CodeBlock argument(
      Type javaType, dev.burstgrid.runtime.value.Type hclType, PlanExpr expr, ExprEnv env) {
    String at = expr.range().gridLocation();
    if (expr instanceof PlanExpr.Const c) {
      try {
        return literal(javaType, Convert.to(c.value(), hclType), at);
      } catch (ConversionException e) {
        // Left to run time, which reports it with the location.
      }
    }
    CodeBlock converted =
        CodeBlock.of(
            "$T.convert($L, $L, $L)",
            JAVA_VALUES,
            writer.write(expr, env),
            writer.type(hclType),
            JavaLiterals.string(at));
    return toJava(javaType, converted, at);
  }

  /**
   * A Java expression of type {@code javaType} for a compile-time constant (already converted to
   * the component's HCL type): a literal where Java has one ({@code "http://x"}, {@code 45L},
   * {@code java.time.Duration.ofSeconds(45)}, {@code java.util.List.of(...)}, {@code new R(...)}),
   * else the run-time conversion of the constant (which also reports a value that does not fit,
   * such as a fraction for a {@code long}, at {@code at}).
   */
  public CodeBlock literal(Type javaType, Value constant, String at) {
    CodeBlock lit = literalOrNull(javaType, constant);
    return lit != null ? lit : toJava(javaType, writer.constant(constant), at);
  }

  private CodeBlock literalOrNull(Type jt, Value v) {
    if (jt == Value.class) {
      return writer.constant(v);
    }
    boolean primitive = jt instanceof Class<?> k && k.isPrimitive();
    if (v.isNull()) {
      return primitive ? null : CodeBlock.of("null");
    }
    if (jt == String.class) {
      return v instanceof Value.Str s ? JavaLiterals.string(s.value()) : null;
    }
    if (jt == boolean.class || jt == Boolean.class) {
      return v instanceof Value.Bool b ? CodeBlock.of("$L", b.value()) : null;
    }
    if (jt == Duration.class) {
      return v instanceof Value.Str s ? duration(s.value()) : null;
    }
    if (v instanceof Value.Num n && jt instanceof Class<?> k) {
      return number(k, n.value());
    }
    if (jt instanceof ParameterizedType p
        && p.getRawType() == List.class
        && v instanceof Value.ListValue l
        && l.elements().size() <= LITERAL_LIST) {
      List<CodeBlock> items = new ArrayList<>();
      for (Value x : l.elements()) {
        CodeBlock item = x.isNull() ? null : literalOrNull(p.getActualTypeArguments()[0], x);
        if (item == null) {
          return null;
        }
        items.add(item);
      }
      return CodeBlock.of(
          "$T.<$T>of($L)",
          List.class,
          typeName(p.getActualTypeArguments()[0]),
          CodeBlock.join(items, ", "));
    }
    if (jt instanceof Class<?> k && k.isRecord() && v instanceof Value.ObjectValue o) {
      List<CodeBlock> args = new ArrayList<>();
      for (FieldSchema f : schema(k).fields()) {
        Value field = o.attributes().get(f.name());
        CodeBlock arg = literalOrNull(f.javaType(), field == null ? Value.nullOf(f.type()) : field);
        if (arg == null) {
          return null;
        }
        args.add(arg);
      }
      return CodeBlock.of("new $T($L)", k, CodeBlock.join(args, ", "));
    }
    return null;
  }

  private static CodeBlock number(Class<?> k, BigDecimal n) {
    if (k == BigDecimal.class) {
      return CodeBlock.of("new $T($L)", BigDecimal.class, JavaLiterals.string(n.toString()));
    }
    if (k == double.class || k == Double.class) {
      double d = n.doubleValue();
      return Double.isInfinite(d) ? null : CodeBlock.of("$L", Double.toString(d));
    }
    BigInteger whole;
    try {
      whole = n.toBigIntegerExact();
    } catch (ArithmeticException fraction) {
      return null;
    }
    if (k == BigInteger.class) {
      return CodeBlock.of("new $T($L)", BigInteger.class, JavaLiterals.string(whole.toString()));
    }
    if ((k == long.class || k == Long.class) && whole.bitLength() < 64) {
      return CodeBlock.of("$LL", whole.longValue());
    }
    if ((k == int.class || k == Integer.class) && whole.bitLength() < 32) {
      return CodeBlock.of("$L", whole.intValue());
    }
    return null;
  }

  private static CodeBlock duration(String text) {
    Duration d;
    try {
      d = Durations.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (d.getNano() == 0) {
      return CodeBlock.of("$T.ofSeconds($LL)", Duration.class, d.getSeconds());
    }
    if (d.getNano() % 1_000_000 == 0
        && d.getSeconds() < Long.MAX_VALUE / 1000
        && d.getSeconds() > Long.MIN_VALUE / 1000) {
      return CodeBlock.of("$T.ofMillis($LL)", Duration.class, d.toMillis());
    }
    return CodeBlock.of(
        "$T.ofSeconds($LL, $LL)", Duration.class, d.getSeconds(), (long) d.getNano());
  }

  private static RecordSchema schema(Class<?> record) {
    try {
      return RecordSchemas.read(record);
    } catch (SchemaException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static dev.burstgrid.runtime.value.Type hclType(Type jt) {
    try {
      return RecordSchemas.hclType(jt);
    } catch (SchemaException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
