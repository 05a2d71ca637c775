package dev.burstgrid.lang.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.lang.value.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionsTest {
  private static final Type STRINGS = new Type.ListOf(Type.STRING);

  @Test
  void registryHoldsTheLibraryWithRunTimeFunctionsMarkedImpure() {
    Map<String, Function> all = Functions.standard();
    assertThat(all)
        .containsKeys(
            "abs", "ceil", "floor", "log", "max", "min", "parseint", "pow", "signum",
            "chomp", "endswith", "format", "formatlist", "indent", "join", "lower", "regex",
            "regexall", "replace", "split", "startswith", "strcontains", "strrev", "substr",
            "title", "trim", "trimprefix", "trimsuffix", "trimspace", "upper",
            "alltrue", "anytrue", "chunklist", "coalesce", "coalescelist", "compact", "concat",
            "contains", "distinct", "element", "flatten", "index", "keys", "length", "lookup",
            "matchkeys", "merge", "one", "range", "reverse", "setintersection", "setproduct",
            "setsubtract", "setunion", "slice", "sort", "sum", "transpose", "values", "zipmap",
            "base64decode", "base64encode", "base64gzip", "csvdecode", "jsondecode", "jsonencode",
            "textdecodebase64", "textencodebase64", "urlencode",
            "tobool", "tolist", "tomap", "tonumber", "toset", "tostring",
            "md5", "sha1", "sha256", "sha512", "base64sha256", "base64sha512", "uuidv5",
            "formatdate", "timeadd", "timecmp",
            "cidrhost", "cidrnetmask", "cidrsubnet", "cidrsubnets");
    assertThat(all).doesNotContainKeys("bcrypt", "file", "templatefile", "fileexists", "try", "can");
    assertThat(all.values().stream().filter(Function::isImpure).map(Function::name))
        .containsExactlyInAnyOrder("uuid", "timestamp", "random_int", "random_string");
    assertThat(all).containsKeys("sensitive", "nonsensitive");
    assertThatThrownBy(() -> all.put("x", null)).isInstanceOf(UnsupportedOperationException.class);
    all.forEach((name, f) -> assertThat(f.name()).isEqualTo(name));
  }

  @Test
  void resultTypesArePreciseWhereTheArgumentTypesDecide() throws Exception {
    assertThat(type("upper", Type.STRING)).isEqualTo(Type.STRING);
    assertThat(type("length", STRINGS)).isEqualTo(Type.NUMBER);
    assertThat(type("concat", STRINGS, new Type.ListOf(Type.NUMBER))).isEqualTo(STRINGS);
    assertThat(type("concat", tuple(Type.STRING), tuple(Type.NUMBER)))
        .isEqualTo(tuple(Type.STRING, Type.NUMBER));
    assertThat(type("merge", new Type.MapOf(Type.NUMBER), new Type.MapOf(Type.NUMBER)))
        .isEqualTo(new Type.MapOf(Type.NUMBER));
    assertThat(
            type(
                "merge",
                Type.ObjectOf.of(Map.of("a", Type.STRING)),
                Type.ObjectOf.of(Map.of("b", Type.NUMBER))))
        .isEqualTo(Type.ObjectOf.of(Map.of("a", Type.STRING, "b", Type.NUMBER)));
    assertThat(type("keys", new Type.MapOf(Type.NUMBER))).isEqualTo(STRINGS);
    assertThat(type("values", new Type.MapOf(Type.NUMBER))).isEqualTo(new Type.ListOf(Type.NUMBER));
    assertThat(type("element", STRINGS, Type.NUMBER)).isEqualTo(Type.STRING);
    assertThat(type("lookup", new Type.MapOf(Type.BOOL), Type.STRING, Type.BOOL)).isEqualTo(Type.BOOL);
    assertThat(type("lookup", new Type.MapOf(Type.STRING), Type.STRING, Type.NUMBER))
        .isEqualTo(Type.STRING);
    assertThat(type("one", new Type.SetOf(Type.NUMBER))).isEqualTo(Type.NUMBER);
    assertThat(type("coalesce", Type.NUMBER, Type.STRING)).isEqualTo(Type.STRING);
    assertThat(type("setunion", new Type.SetOf(Type.STRING), new Type.SetOf(Type.STRING)))
        .isEqualTo(new Type.SetOf(Type.STRING));
    assertThat(type("split", Type.STRING, Type.STRING)).isEqualTo(STRINGS);
    assertThat(type("range", Type.NUMBER)).isEqualTo(new Type.ListOf(Type.NUMBER));
    assertThat(type("jsondecode", Type.STRING)).isEqualTo(Type.ANY);
  }

  @Test
  void typeRulesRejectWrongKinds() {
    assertThatThrownBy(() -> type("keys", Type.STRING))
        .hasMessage("Invalid value for \"inputMap\" parameter: must have map or object type");
    assertThatThrownBy(() -> type("length", Type.BOOL)).isInstanceOf(FunctionException.class);
    assertThatThrownBy(() -> type("upper"))
        .hasMessageContaining("Missing value for \"str\"");
  }

  private static Type tuple(Type... elements) {
    return new Type.TupleOf(List.of(elements));
  }

  private static Type type(String name, Type... args) throws FunctionException {
    return FunctionCalls.returnType(Functions.standard().get(name), List.of(args));
  }
}
