package dev.burstgrid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaLinesTest {

  /** Lines over the limit that no single string literal accounts for. */
  static List<String> tooLong(String source) {
    List<String> out = new ArrayList<>();
    for (String line : source.split("\n", -1)) {
      if (line.length() > JavaLines.LIMIT && longestLiteral(line) < line.length() - JavaLines.LIMIT) {
        out.add(line);
      }
    }
    return out;
  }

  private static int longestLiteral(String line) {
    int longest = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '"') {
        int j = i + 1;
        while (j < line.length() && line.charAt(j) != '"') {
          j += line.charAt(j) == '\\' ? 2 : 1;
        }
        longest = Math.max(longest, j - i + 1);
        i = j;
      }
    }
    return longest;
  }

  @Test
  void breaksAfterCommasAndBeforePlusOutsideLiterals() {
    String arg = "argumentNumber";
    StringBuilder call = new StringBuilder("    Value v = f(");
    for (int i = 0; i < 20; i++) {
      call.append(i == 0 ? "" : ", ").append(arg).append(i);
    }
    call.append(") + \"a, b + c\" + g(\"x, y\");");
    String wrapped = JavaLines.wrap("class A {\n" + call + "\n}\n");
    assertThat(tooLong(wrapped)).isEmpty();
    assertThat(wrapped.lines().filter(l -> l.startsWith("            ")).count()).isGreaterThan(1);
    assertThat(wrapped.replaceAll("\\s+", " ")).isEqualTo(("class A { " + call + " }").replaceAll("\\s+", " ") + " ");
    assertThat(wrapped).contains("\"a, b + c\"");
  }

  @Test
  void breaksBeforeConditionalOperatorsAndAfterParenthesesOfNestedCalls() {
    String ternary = "            a.get(\"max\") == null || a.get(\"max\").isNull() ? TestEchoRunner.Limits.DEFAULTS.max()"
        + " : GridValues.toInt(GridValues.attribute(a, \"max\")),";
    String nested = "      Value input = Traversals.attr(Traversals.attr(Traversals.index(GridValues.keyedGroup(printDynamic"
        + "Keyed.keys().join(), x), y), z);";
    for (String line : new String[] {ternary, nested}) {
      String wrapped = JavaLines.wrap(line);
      assertThat(tooLong(wrapped)).as(wrapped).isEmpty();
      assertThat(wrapped.lines().count()).as(wrapped).isGreaterThan(1);
      assertThat(wrapped.replaceAll("\\s+", "")).isEqualTo(line.replaceAll("\\s+", ""));
    }
    assertThat(JavaLines.wrap(ternary)).contains("\n                    : GridValues.toInt(");
  }

  @Test
  void leavesShortLinesCommentsAndLongLiteralsAlone() {
    String literal = "\"" + "x".repeat(200) + "\"";
    String source = "  // " + "y, ".repeat(60) + "\n  String s = " + literal + ";\n  int a = 1;";
    assertThat(JavaLines.wrap(source)).isEqualTo(source);
    assertThat(tooLong("  String s = " + literal + ";")).isEmpty();
  }

  @Test
  void isIdempotent() {
    String line = "    return call(" + "alpha, ".repeat(40) + "omega);";
    String once = JavaLines.wrap(line);
    assertThat(JavaLines.wrap(once)).isEqualTo(once);
    assertThat(once.lines().count()).isGreaterThan(2);
  }
}
