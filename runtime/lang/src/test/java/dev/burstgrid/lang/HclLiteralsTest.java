package dev.burstgrid.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.lang.value.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HclLiteralsTest {
  private static String json(String hcl) {
    return Json.encode(HclLiterals.value(hcl));
  }

  @Test
  void readsTheConstantsOfHcl() {
    assertThat(json("3")).isEqualTo("3");
    assertThat(json("-2.5e3")).isEqualTo("-2500");
    assertThat(json("true")).isEqualTo("true");
    assertThat(json("null")).isEqualTo("null");
    assertThat(json("\"a\\tb \\u00e9 $${x}\"")).isEqualTo("\"a\\tb é ${x}\"");
    assertThat(json("[1, \"two\", [],]")).isEqualTo("[1,\"two\",[]]");
    assertThat(json("{k = \"v\", \"q r\": 1\n  nested = { a = [true] } }"))
        .isEqualTo("{\"k\":\"v\",\"nested\":{\"a\":[true]},\"q r\":1}");
  }

  @Test
  void readsAssignmentsWithCommentsAndHeredocs() {
    Map<String, ?> values = HclLiterals.assignments("""
        # a comment
        a = 1 // another
        /* block */ b = <<-EOT
            indented
              more
            EOT
        c = {
          x = "y"
        }
        """);
    assertThat(values.keySet()).containsExactly("a", "b", "c");
    assertThat(Json.encode(HclLiterals.assignments("b = <<-EOT\n    indented\n      more\n    EOT\n").get("b")))
        .isEqualTo("\"indented\\n  more\\n\"");
  }

  @Test
  void sayWhereAndWhyTextIsNoConstant() {
    assertThatThrownBy(() -> HclLiterals.value("{k = v}")).hasMessageContaining("line 1, column 6")
        .hasMessageContaining("quote a string");
    assertThatThrownBy(() -> HclLiterals.value("\"${var.x}\"")).hasMessageContaining("templates");
    assertThatThrownBy(() -> HclLiterals.value("[1, 2")).hasMessageContaining("expected");
    assertThatThrownBy(() -> HclLiterals.assignments("a = 1 b = 2")).hasMessageContaining("new line");
    assertThatThrownBy(() -> HclLiterals.value("1e999999999")).hasMessageContaining("out of range");
  }
}
