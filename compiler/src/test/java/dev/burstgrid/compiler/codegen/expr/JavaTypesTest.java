package dev.burstgrid.compiler.codegen.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.burstgrid.compiler.codegen.expr.JavaTypesFixtures.Inner;
import dev.burstgrid.compiler.codegen.expr.JavaTypesFixtures.Sample;
import dev.burstgrid.compiler.schema.RecordSchemas;
import dev.burstgrid.lang.expr.ExprException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JavaTypesTest {
  private static final String JSON =
      "{\"url\": \"http://x\", \"n\": 45, \"maybe\": null, \"ratio\": 0.5, \"flag\": true, \"dec\":"
          + " 1.25, \"big\": 123456789012345678901234567890, \"timeout\": \"1m30s\", \"tags\":"
          + " [\"a\", \"b\"], \"ids\": [3, 1], \"limits\": {\"x\": 1, \"y\": 2}, \"any\": {\"k\":"
          + " [1, \"two\"]}, \"inner\": {\"name\": \"in\", \"port\": 8080}, \"inners\": [{\"name\":"
          + " \"a\", \"port\": 1}]}";

  private static Class<?> generated;
  private static Value input;

  @BeforeAll
  static void generate() throws Exception {
    Type sampleType = RecordSchemas.hclType(Sample.class);
    input = Convert.to(Json.decode(JSON), sampleType);
    ExprWriter writer = new ExprWriter("hcl");
    JavaTypes types = new JavaTypes(writer);
    TypeSpec.Builder cls = TypeSpec.classBuilder("Conversions").addModifiers(Modifier.PUBLIC);
    cls.addMethod(
        MethodSpec.methodBuilder("toJava")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Sample.class)
            .addParameter(Value.class, "v")
            .addStatement("return $L", types.toJava(Sample.class, CodeBlock.of("v"), "t.hcl:1:1"))
            .build());
    cls.addMethod(
        MethodSpec.methodBuilder("toValue")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Value.class)
            .addParameter(Sample.class, "s")
            .addStatement("return $L", types.toValue(Sample.class, CodeBlock.of("s")))
            .build());
    cls.addMethod(
        MethodSpec.methodBuilder("literal")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Sample.class)
            .addStatement("return $L", types.literal(Sample.class, input, "t.hcl:2:1"))
            .build());
    cls.addMethod(
        MethodSpec.methodBuilder("fraction")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(long.class)
            .addStatement(
                "return $L",
                types.literal(long.class, Value.number(new BigDecimal("2.5")), "t.hcl:3:7"))
            .build());
    writer.addMembersTo(cls);
    String source = JavaFile.builder("gen", cls.build()).build().toString();
    generated = InMemoryJavac.compile("gen.Conversions", source, Sample.class);
  }

  private static Object call(String name, Object... args) throws Exception {
    for (var m : generated.getMethods()) {
      if (m.getName().equals(name)) {
        try {
          return m.invoke(null, args);
        } catch (InvocationTargetException e) {
          throw (Exception) e.getCause();
        }
      }
    }
    throw new AssertionError("no method " + name);
  }

  private static Sample expectedSample() throws Exception {
    return new Sample(
        "http://x",
        45L,
        null,
        0.5,
        true,
        new BigDecimal("1.25"),
        new BigInteger("123456789012345678901234567890"),
        Duration.ofSeconds(90),
        List.of("a", "b"),
        Set.of(1L, 3L),
        Map.of("x", 1, "y", 2),
        input instanceof Value.ObjectValue o ? o.attributes().get("any") : null,
        new Inner("in", 8080),
        List.of(new Inner("a", 1)));
  }

  @Test
  void convertsValuesToEveryJavaType() throws Exception {
    assertThat(call("toJava", input)).isEqualTo(expectedSample());
  }

  @Test
  void writesConstantsAsJavaLiterals() throws Exception {
    assertThat(call("literal")).isEqualTo(expectedSample());
  }

  @Test
  void convertsRecordsBackToTheSameValue() throws Exception {
    Value back = (Value) call("toValue", expectedSample());
    assertThat(Json.encode(back)).isEqualTo(Json.encode(input));
    assertThat(back.type()).isEqualTo(input.type());
  }

  @Test
  void aFractionForALongFailsAtItsLocation() {
    assertThatThrownBy(() -> call("fraction"))
        .isInstanceOf(ExprException.class)
        .extracting(e -> ((ExprException) e).describe())
        .isEqualTo("t.hcl:3:7: Invalid value; A whole number is required, not 2.5.");
  }

  @Test
  void argumentsConvertToTheFieldTypeFirst() {
    JavaTypes types = new JavaTypes(new ExprWriter("x"));
    var range = dev.burstgrid.compiler.source.SourceFile.of("a.hcl", "\"45\"").range(0, 4);
    var constant = new dev.burstgrid.compiler.plan.expr.PlanExpr.Const(Value.string("45"), range);
    assertThat(
            types.argument(long.class, Type.NUMBER, constant, ExprWriterOutputTest.ENV).toString())
        .isEqualTo("45L");
    var variable = new dev.burstgrid.compiler.plan.expr.PlanExpr.VarRoot("n", range);
    assertThat(
            types.argument(long.class, Type.NUMBER, variable, ExprWriterOutputTest.ENV).toString())
        .isEqualTo(
            "dev.burstgrid.lang.expr.JavaValues.toLong(dev.burstgrid.lang.expr.JavaValues"
                + ".convert(vars.get(\"n\"), dev.burstgrid.lang.value.Type.NUMBER,"
                + " \"a.hcl:1:1\"), \"a.hcl:1:1\")");
  }

  @Test
  void durationLiteralsAreJavaCalls() {
    JavaTypes types = new JavaTypes(new ExprWriter("x"));
    assertThat(types.literal(Duration.class, Value.string("45s"), "a").toString())
        .isEqualTo("java.time.Duration.ofSeconds(45L)");
    assertThat(types.literal(long.class, Value.number(45), "a").toString()).isEqualTo("45L");
    assertThat(types.literal(String.class, Value.string("http://x\u2028\"y"), "a").toString())
        .isEqualTo("\"http://x\\u2028\\\"y\"");
  }
}
