package dev.burstgrid.compiler.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.SourceFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionParserTest {

  static Expr parse(String text) {
    Diagnostics diags = new Diagnostics();
    Expr e = HclParser.parseExpression(SourceFile.of("t.hcl", text), diags);
    assertThat(diags.all()).as("diagnostics for %s", text).isEmpty();
    return e;
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        // literals
        Arguments.of("1", "1"),
        Arguments.of("1e3", "1E+3"),
        Arguments.of("1.5E-2", "0.015"),
        Arguments.of("12.25", "12.25"),
        Arguments.of("true", "true"),
        Arguments.of("false", "false"),
        Arguments.of("null", "null"),
        Arguments.of("foo", "foo"),
        Arguments.of("a-b", "a-b"),
        // operators and precedence
        Arguments.of("1 + 2 * 3", "(+ 1 (* 2 3))"),
        Arguments.of("10-1", "(- 10 1)"),
        Arguments.of("x / y * z", "(* (/ x y) z)"),
        Arguments.of("1 - 2 - 3", "(- (- 1 2) 3)"),
        Arguments.of("a || b && c == d", "(|| a (&& b (== c d)))"),
        Arguments.of("a < b == c >= d", "(== (< a b) (>= c d))"),
        Arguments.of("a != b", "(!= a b)"),
        Arguments.of("a <= b % 2", "(<= a (% b 2))"),
        Arguments.of("-a.b", "(neg (. a b))"),
        Arguments.of("!!x", "(! (! x))"),
        Arguments.of("-1 + 2", "(+ (neg 1) 2)"),
        Arguments.of("(1 + 2) * 3", "(* (paren (+ 1 2)) 3)"),
        Arguments.of("(\n1 +\n2\n)", "(paren (+ 1 2))"),
        // conditionals
        Arguments.of("a ? b : c", "(? a b c)"),
        Arguments.of("a ? b : c ? d : e", "(? a b (? c d e))"),
        Arguments.of("x > 1 ? \"big\" : \"small\"", "(? (> x 1) (tmpl \"big\") (tmpl \"small\"))"),
        // calls
        Arguments.of("f()", "(call f)"),
        Arguments.of("f(1, 2,)", "(call f 1 2)"),
        Arguments.of("f(\n  1,\n  2\n)", "(call f 1 2)"),
        Arguments.of("f(a, b...)", "(call f a b ...)"),
        Arguments.of("a::b::f(x)", "(call a::b::f x)"),
        Arguments.of("true(1)", "(call true 1)"),
        // traversals
        Arguments.of("a.b[0].c", "(. ([] (. a b) 0) c)"),
        Arguments.of("a.0", "([] a 0)"),
        Arguments.of("a.0.b", "(. ([] a 0) b)"),
        Arguments.of("a[\"k\"]", "([] a (tmpl \"k\"))"),
        Arguments.of("a[*]", "(splat a *)"),
        Arguments.of("a[*].b[0]", "(splat a ([] (. * b) 0))"),
        Arguments.of("a[*].b[*].c", "(splat a (splat (. * b) (. * c)))"),
        Arguments.of("a.*.b.c[0]", "([] (splat. a (. (. * b) c)) 0)"),
        Arguments.of("a.*", "(splat. a *)"),
        Arguments.of("a.*.b.0", "(splat. a ([] (. * b) 0))"),
        Arguments.of("f(x)[0]", "([] (call f x) 0)"),
        Arguments.of("[1][0]", "([] [1] 0)"),
        // collections
        Arguments.of("[]", "[]"),
        Arguments.of("[1, 2, 3,]", "[1 2 3]"),
        Arguments.of("[\n1,\n2\n]", "[1 2]"),
        Arguments.of("{}", "{}"),
        Arguments.of("{a = 1, b: 2}", "{(a 1) (b 2)}"),
        Arguments.of("{\n a = 1\n b = 2\n}", "{(a 1) (b 2)}"),
        Arguments.of("{\"k\" = 1}", "{((tmpl \"k\") 1)}"),
        Arguments.of("{(k) = 1}", "{((paren k) 1)}"),
        Arguments.of("{a = {b = 1}}", "{(a {(b 1)})}"),
        Arguments.of("{(for) = 1, baz = 2}", "{((paren for) 1) (baz 2)}"),
        Arguments.of("[(for), foo]", "[(paren for) foo]"),
        // for expressions
        Arguments.of("[for v in xs: v]", "(for[] _ v xs v)"),
        Arguments.of("[for i, v in xs: v if i < 2]", "(for[] i v xs v if (< i 2))"),
        Arguments.of("{for k, v in m: v => k}", "(for{} k v m v k)"),
        Arguments.of("{for k, v in m: v => k...}", "(for{} k v m v k ...)"),
        Arguments.of("{for k, v in m: k => v... if v}", "(for{} k v m k v ... if v)"),
        Arguments.of("[\n for v in xs :\n v\n ]", "(for[] _ v xs v)"),
        Arguments.of("[for v in a ? b : c: v ? 1 : 2]", "(for[] _ v (? a b c) (? v 1 2))"),
        // templates
        Arguments.of("\"\"", "(tmpl)"),
        Arguments.of("\"hello\"", "(tmpl \"hello\")"),
        Arguments.of("\"a\\n\\t\\r\\\"\\\\b\"", "(tmpl \"a\\n\\t\\r\\\"\\\\b\")"),
        Arguments.of("\"\\u00e9\\U0001F600\"", "(tmpl \"\u00e9\uD83D\uDE00\")"),
        Arguments.of("\"an\u0303os\"", "(tmpl \"a\u00f1os\")"),
        Arguments.of("\"$${x} %%{y} $ % $$\"", "(tmpl \"${x} %{y} $ % $$\")"),
        Arguments.of("\"hi ${name}!\"", "(tmpl \"hi \" ${name} \"!\")"),
        Arguments.of("\"${x}\"", "(tmpl ${x})"),
        Arguments.of("\"a ${~ b ~} c\"", "(tmpl \"a\" ${b} \"c\")"),
        Arguments.of("\" ${~ true ~} \"", "(tmpl \"\" ${true} \"\")"),
        Arguments.of("\"${\"${x}\"}\"", "(tmpl ${(tmpl ${x})})"),
        Arguments.of("\"%{if a}x%{else}y%{endif}\"", "(tmpl (if a (\"x\") (\"y\")))"),
        Arguments.of("\"%{ if true ~} hello %{~ endif }\"", "(tmpl (if true (\"hello\") ()))"),
        Arguments.of("\"%{for k, v in m}${k}%{endfor}\"", "(tmpl (for k v m (${k})))"),
        Arguments.of("\"%{for v in m}%{if v}${v}%{endif}%{endfor}\"",
            "(tmpl (for _ v m ((if v (${v}) ()))))"),
        Arguments.of("\"${\n  x\n}\"", "(tmpl ${x})"),
        // heredocs
        Arguments.of("<<EOT\nhello\n  world\nEOT\n", "(heredoc \"hello\\n  world\\n\")"),
        Arguments.of("<<EOT\na ${b} \\n\nEOT", "(heredoc \"a \" ${b} \" \\\\n\\n\")"),
        Arguments.of("<<-EOT\n    a\n      b\n    EOT\n", "(heredoc \"a\\n  b\\n\")"),
        Arguments.of("<<-EOT\n  a\n\n  b\n  EOT\n", "(heredoc \"a\\n\\nb\\n\")"),
        Arguments.of("<<EOT\r\nx\r\nEOT\r\n", "(heredoc \"x\\r\\n\")"),
        Arguments.of("<<EOT\nEOT\n", "(heredoc)"),
        Arguments.of("<<EOT\nx\n  EOT  \n", "(heredoc \"x\\n\")"),
        Arguments.of("[<<EOT\nx\nEOT\n, 1]", "[(heredoc \"x\\n\") 1]"),
        Arguments.of("<<EOT\n${x}\nEOT", "(heredoc ${x} \"\\n\")"),
        // comments
        Arguments.of("1 /* c */ + /* d */ 2 # e", "(+ 1 2)"),
        Arguments.of("\"# not a comment // nor /* this */\"",
            "(tmpl \"# not a comment // nor /* this */\")"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("shapes")
  void parsesToShape(String source, String expected) {
    assertThat(SExpr.of(parse(source))).isEqualTo(expected);
  }

  @Test
  void rangesAreExact() {
    Expr.Binary e = (Expr.Binary) parse("1 + foo.bar");
    assertThat(e.range().text()).isEqualTo("1 + foo.bar");
    assertThat(e.opRange().text()).isEqualTo("+");
    Expr.GetAttr g = (Expr.GetAttr) e.right();
    assertThat(g.range().text()).isEqualTo("foo.bar");
    assertThat(g.nameRange().text()).isEqualTo("bar");
    assertThat(g.nameRange().start().column()).isEqualTo(9);
  }

  @Test
  void rangesOfCallsSplatsAndTemplates() {
    Expr.FunctionCall f = (Expr.FunctionCall) parse("ns::f(a, b...)");
    assertThat(f.nameRange().text()).isEqualTo("ns::f");
    assertThat(f.openParen().text()).isEqualTo("(");
    assertThat(f.closeParen().start().column()).isEqualTo(14);
    Expr.Splat s = (Expr.Splat) parse("xs[*].id");
    assertThat(s.markerRange().text()).isEqualTo("[*]");
    assertThat(s.range().text()).isEqualTo("xs[*].id");
    Expr.Template t = (Expr.Template) parse("\"ab${c}\"");
    assertThat(t.range().text()).isEqualTo("\"ab${c}\"");
    assertThat(t.parts().get(0).range().text()).isEqualTo("ab");
    assertThat(t.parts().get(1).range().text()).isEqualTo("${c}");
    Expr.Index i = (Expr.Index) parse("a.0");
    assertThat(i.bracketRange().text()).isEqualTo(".0");
  }

  @Test
  void columnsCountCodePoints() {
    Expr.Binary e = (Expr.Binary) parse("\"\uD83D\uDE00\" + x");
    assertThat(e.right().range().start().column()).isEqualTo(7);
  }

  @Test
  void templateIfRangeSpansDirectives() {
    Expr.Template t = (Expr.Template) parse("\"%{if a}x%{endif}\"");
    assertThat(t.parts().get(0).range().text()).isEqualTo("%{if a}x%{endif}");
  }
}
