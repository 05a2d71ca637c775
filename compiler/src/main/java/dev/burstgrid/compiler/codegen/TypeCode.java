package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.burstgrid.runtime.value.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes an HCL {@link Type} as the Java expression that builds it. */
final class TypeCode {
  static final ClassName TYPE = ClassName.get(Type.class);

  private TypeCode() {}

  // Type.STRING · new Type.ListOf(Type.NUMBER) · new Type.ObjectOf(Map.of("a", Type.BOOL), Set.of())
  static CodeBlock of(Type t) {
    if (t == Type.STRING) {
      return CodeBlock.of("$T.STRING", TYPE);
    }
    if (t == Type.NUMBER) {
      return CodeBlock.of("$T.NUMBER", TYPE);
    }
    if (t == Type.BOOL) {
      return CodeBlock.of("$T.BOOL", TYPE);
    }
    if (t instanceof Type.ListOf l) {
      return CodeBlock.of("new $T.ListOf($L)", TYPE, of(l.element()));
    }
    if (t instanceof Type.SetOf s) {
      return CodeBlock.of("new $T.SetOf($L)", TYPE, of(s.element()));
    }
    if (t instanceof Type.MapOf m) {
      return CodeBlock.of("new $T.MapOf($L)", TYPE, of(m.element()));
    }
    if (t instanceof Type.TupleOf tu) {
      return CodeBlock.of("new $T.TupleOf($T.of($L))", TYPE, List.class,
          tu.elements().stream().map(TypeCode::of).collect(CodeBlock.joining(", ")));
    }
    if (t instanceof Type.ObjectOf o) {
      CodeBlock.Builder attrs = CodeBlock.builder();
      String sep = "";
      for (Map.Entry<String, Type> e : o.attributes().entrySet()) {
        attrs.add("$L$T.entry($S, $L)", sep, Map.class, e.getKey(), of(e.getValue()));
        sep = ", ";
      }
      CodeBlock optional = o.optional().stream().map(n -> CodeBlock.of("$S", n)).collect(CodeBlock.joining(", "));
      return CodeBlock.of("new $T.ObjectOf($T.ofEntries($L), $T.of($L))", TYPE, Map.class, attrs.build(), Set.class,
          optional);
    }
    return CodeBlock.of("$T.ANY", TYPE);
  }
}
