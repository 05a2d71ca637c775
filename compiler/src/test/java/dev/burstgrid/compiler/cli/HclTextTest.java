package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HclTextTest {
  @Test
  void stringsEscapeQuotesControlCharactersAndTemplateSequences() {
    assertThat(HclText.quote("a \"b\" \\ ${x} %{if} $5 \n\t\b")).isEqualTo(
        "\"a \\\"b\\\" \\\\ $${x} %%{if} $5 \\n\\t\\u0008\"");
  }

  @Test
  void valuesAreWrittenAsExpressionsThatEvaluateBackToThem() {
    TreeMap<String, Value> attrs = new TreeMap<>(Map.of("plain", Value.number(1), "x-kind", Value.string("${no}"),
        "null", Value.TRUE));
    List<Value> values = List.of(
        Value.string("tab\tquote\" ${x}"),
        new Value.ListValue(Type.NUMBER, List.of(Value.number(1), Value.number(2))),
        new Value.SetValue(Type.STRING, List.of(Value.string("a"))),
        new Value.MapValue(Type.STRING, new TreeMap<>()),
        new Value.ObjectValue(attrs));
    assertThat(HclText.literal(values.get(4))).isEqualTo("{ \"null\" = true, plain = 1, \"x-kind\" = \"$${no}\" }");
    for (Value v : values) {
      CliResult r = Cli.run("eval", HclText.literal(v));
      assertThat(r.exitCode()).as(HclText.literal(v) + ": " + r).isZero();
      assertThat(r.out().strip()).as(HclText.literal(v)).isEqualTo(Json.encode(v));
    }
  }
}
