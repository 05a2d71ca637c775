package dev.burstgrid.compiler.codegen.expr;

import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.BIG_DECIMAL;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.CONSTS;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.TYPE;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.VALUE;
import static dev.burstgrid.compiler.codegen.expr.RuntimeNames.VALUE_ARRAY;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Java code that rebuilds a compile-time value or type. Small constants are written inline; larger
 * ones become one {@code static final} field each (equal constants share it), built by helper
 * methods of bounded size so no method nears the 64 KB limit.
 */
final class ConstWriter {
  /** Constants of at most this many nodes are written inline. */
  static final int INLINE_NODES = 12;

  /** Nodes one builder method writes before splitting children into further methods. */
  static final int METHOD_NODES = 200;

  /** Elements written in one argument list before splitting into arrays. */
  static final int GROUP = 64;

  private final StaticMembers members;
  private final Map<String, String> fields = new HashMap<>();

  ConstWriter(StaticMembers members) {
    this.members = members;
  }

  /** A Java expression of type Value equal to {@code v}. */
  CodeBlock value(Value v) {
    if (size(v, INLINE_NODES + 1) <= INLINE_NODES) {
      return build(v, new int[] {0});
    }
    // Records print numbers with their scale and every type, so equal text is an exact match.
    String key = v.toString();
    String name = fields.get(key);
    if (name == null) {
      name = members.newName("Const");
      CodeBlock init = builderMethod(v);
      members.add(
          FieldSpec.builder(VALUE, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(init)
              .build());
      fields.put(key, name);
    }
    return CodeBlock.of("$N", name);
  }

  /** A call of a new no-argument method that returns {@code v}. */
  private CodeBlock builderMethod(Value v) {
    String name = members.newName("const");
    CodeBlock body = build(v, new int[] {0});
    members.add(
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(VALUE)
            .addStatement("return $L", body)
            .build());
    return CodeBlock.of("$N()", name);
  }

  private CodeBlock build(Value v, int[] budget) {
    budget[0]++;
    if (v instanceof Value.Sensitive marked) {
      return CodeBlock.of("$T.sensitive($L)", VALUE, build(marked.value(), budget));
    }
    if (v instanceof Value.Str s) {
      return CodeBlock.of("$T.string($L)", VALUE, JavaLiterals.string(s.value()));
    }
    if (v instanceof Value.Num n) {
      return number(n.value());
    }
    if (v instanceof Value.Bool b) {
      return CodeBlock.of("$T.$L", VALUE, b.value() ? "TRUE" : "FALSE");
    }
    if (v instanceof Value.Null n) {
      return CodeBlock.of("$T.nullOf($L)", VALUE, type(n.type()));
    }
    if (v instanceof Value.Unknown u) {
      return CodeBlock.of("$T.unknown($L)", VALUE, type(u.type()));
    }
    if (v instanceof Value.ListValue l) {
      return CodeBlock.of(
          "$T.list($L$L)", CONSTS, type(l.elementType()), more(items(l.elements(), budget)));
    }
    if (v instanceof Value.SetValue s) {
      return CodeBlock.of(
          "$T.set($L$L)", CONSTS, type(s.elementType()), more(items(s.elements(), budget)));
    }
    if (v instanceof Value.TupleValue t) {
      return CodeBlock.of("$T.tuple($L)", CONSTS, items(t.elements(), budget));
    }
    if (v instanceof Value.MapValue m) {
      return CodeBlock.of(
          "$T.map($L$L)", CONSTS, type(m.elementType()), more(keyed(m.entries(), budget)));
    }
    Value.ObjectValue o = (Value.ObjectValue) v;
    return CodeBlock.of("$T.object($L)", CONSTS, keyed(o.attributes(), budget));
  }

  private static CodeBlock number(BigDecimal n) {
    if (n.scale() == 0 && n.unscaledValue().bitLength() < 63) {
      return CodeBlock.of("$T.number($LL)", VALUE, n.longValueExact());
    }
    return CodeBlock.of(
        "$T.number(new $T($L))", VALUE, BIG_DECIMAL, JavaLiterals.string(n.toString()));
  }

  /** {@code ", items"}, or nothing for no items. */
  private static CodeBlock more(CodeBlock items) {
    return items.isEmpty() ? items : CodeBlock.of(", $L", items);
  }

  private CodeBlock keyed(Map<String, Value> entries, int[] budget) {
    List<Value> flat = new ArrayList<>();
    entries.forEach(
        (k, x) -> {
          flat.add(Value.string(k));
          flat.add(x);
        });
    return items(flat, budget);
  }

  /** Elements as varargs: inline when few, else arrays built by helper methods. */
  private CodeBlock items(List<Value> items, int[] budget) {
    if (items.size() <= GROUP) {
      List<CodeBlock> codes = new ArrayList<>();
      for (Value x : items) {
        codes.add(element(x, budget));
      }
      return CodeBlock.join(codes, ", ");
    }
    List<CodeBlock> groups = new ArrayList<>();
    for (int from = 0; from < items.size(); from += GROUP) {
      List<Value> group = items.subList(from, Math.min(items.size(), from + GROUP));
      String name = members.newName("consts");
      int[] own = {0};
      List<CodeBlock> codes = new ArrayList<>();
      for (Value x : group) {
        codes.add(element(x, own));
      }
      members.add(
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(VALUE_ARRAY)
              .addStatement("return new $T[] {$L}", VALUE, CodeBlock.join(codes, ", "))
              .build());
      groups.add(CodeBlock.of("$N()", name));
    }
    return CodeBlock.of("$T.concat($L)", CONSTS, CodeBlock.join(groups, ", "));
  }

  /** One element: inline while this method's budget lasts, else its own method. */
  private CodeBlock element(Value x, int[] budget) {
    if (budget[0] + size(x, METHOD_NODES) > METHOD_NODES
        && size(x, INLINE_NODES + 1) > INLINE_NODES) {
      return builderMethod(x);
    }
    return build(x, budget);
  }

  /** A Java expression of type Type equal to {@code t}. */
  static CodeBlock type(Type t) {
    if (t == Type.STRING) {
      return CodeBlock.of("$T.STRING", TYPE);
    }
    if (t == Type.NUMBER) {
      return CodeBlock.of("$T.NUMBER", TYPE);
    }
    if (t == Type.BOOL) {
      return CodeBlock.of("$T.BOOL", TYPE);
    }
    if (t == Type.ANY) {
      return CodeBlock.of("$T.ANY", TYPE);
    }
    if (t instanceof Type.ListOf l) {
      return CodeBlock.of("new $T.ListOf($L)", TYPE, type(l.element()));
    }
    if (t instanceof Type.SetOf s) {
      return CodeBlock.of("new $T.SetOf($L)", TYPE, type(s.element()));
    }
    if (t instanceof Type.MapOf m) {
      return CodeBlock.of("new $T.MapOf($L)", TYPE, type(m.element()));
    }
    if (t instanceof Type.TupleOf tu) {
      List<CodeBlock> codes = new ArrayList<>();
      tu.elements().forEach(e -> codes.add(type(e)));
      return CodeBlock.of("$T.tupleType($L)", CONSTS, CodeBlock.join(codes, ", "));
    }
    Type.ObjectOf o = (Type.ObjectOf) t;
    List<CodeBlock> names = new ArrayList<>();
    List<CodeBlock> types = new ArrayList<>();
    o.attributes()
        .forEach(
            (k, x) -> {
              names.add(JavaLiterals.string(k));
              types.add(type(x));
            });
    List<CodeBlock> optional = new ArrayList<>();
    o.optional().forEach(k -> optional.add(JavaLiterals.string(k)));
    if (!o.defaults().isEmpty()) {
      // Consts.objectType(names, types, optional, defaultNames, defaultJson): optional(T, default)
      List<CodeBlock> defaultNames = new ArrayList<>();
      List<CodeBlock> defaultJson = new ArrayList<>();
      o.defaults().forEach((k, v) -> {
        defaultNames.add(JavaLiterals.string(k));
        defaultJson.add(JavaLiterals.string(dev.burstgrid.lang.value.Json.encode(v)));
      });
      return CodeBlock.of("$T.objectType(new String[] {$L}, new $T[] {$L}, new String[] {$L}, new String[] {$L},"
              + " new String[] {$L})", CONSTS, CodeBlock.join(names, ", "), TYPE, CodeBlock.join(types, ", "),
          CodeBlock.join(optional, ", "), CodeBlock.join(defaultNames, ", "), CodeBlock.join(defaultJson, ", "));
    }
    CodeBlock opt =
        optional.isEmpty()
            ? CodeBlock.of("")
            : CodeBlock.of(", $L", CodeBlock.join(optional, ", "));
    return CodeBlock.of(
        "$T.objectType(new String[] {$L}, new $T[] {$L}$L)",
        CONSTS,
        CodeBlock.join(names, ", "),
        TYPE,
        CodeBlock.join(types, ", "),
        opt);
  }

  /** The number of nodes in {@code v}, counting no further than {@code limit}. */
  static int size(Value v, int limit) {
    int n = 1;
    for (Value c : children(v)) {
      if (n > limit) {
        return n;
      }
      n += size(c, limit - n);
    }
    return n;
  }

  private static List<Value> children(Value v) {
    return new ArrayList<>(v.parts());
  }
}
