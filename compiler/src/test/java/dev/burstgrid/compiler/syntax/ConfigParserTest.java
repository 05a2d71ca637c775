package dev.burstgrid.compiler.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.SourceFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigParserTest {

  static ConfigFile parse(String text) {
    Diagnostics diags = new Diagnostics();
    ConfigFile file = HclParser.parseConfig(SourceFile.of("t.hcl", text), diags);
    assertThat(diags.all()).as("diagnostics for %s", text).isEmpty();
    return file;
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("", "(body)"),
        Arguments.of("\n\n", "(body)"),
        Arguments.of("a = 1", "(body (= a 1))"),
        Arguments.of("a = 1\nb = \"x\"\n", "(body (= a 1) (= b (tmpl \"x\")))"),
        Arguments.of("a = 1 # c\n// d\n/* e\n f */ b = 2", "(body (= a 1) (= b 2))"),
        Arguments.of("a = 1\r\nb = 2\r\n", "(body (= a 1) (= b 2))"),
        Arguments.of("block {}", "(body (block block (body)))"),
        Arguments.of("a {}\nb {}\n", "(body (block a (body)) (block b (body)))"),
        Arguments.of("block \"foo\" bar {\n}\n", "(body (block block \"foo\" bar (body)))"),
        Arguments.of("block \"f\\n\" {}", "(body (block block \"f\\n\" (body)))"),
        Arguments.of("a { b = \"foo\" }", "(body (block a (body (= b (tmpl \"foo\")))))"),
        Arguments.of("step \"http\" \"x\" {\n  count = 2\n  arguments {\n    url = \"u\"\n  }\n}\n",
            "(body (block step \"http\" \"x\" (body (= count 2) (block arguments (body (= url"
                + " (tmpl \"u\")))))))"),
        Arguments.of("a = {\n  b = 1\n  c = [\n    1,\n  ]\n}\n", "(body (= a {(b 1) (c [1])}))"),
        Arguments.of("a = <<EOT\nHello\nEOT\nb = \"Hi\"",
            "(body (= a (heredoc \"Hello\\n\")) (= b (tmpl \"Hi\")))"),
        Arguments.of("a = (\n  1 +\n  2\n)\n", "(body (= a (paren (+ 1 2))))"),
        Arguments.of("true = 1\nnull = 2", "(body (= true 1) (= null 2))"),
        Arguments.of("a = x # comment with { and \"\n", "(body (= a x))"),
        Arguments.of("a { # comment\n}\n", "(body (block a (body)))"),
        Arguments.of("\t", "(body)"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("shapes")
  void parsesToShape(String source, String expected) {
    assertThat(SExpr.of(parse(source))).isEqualTo(expected);
  }

  @Test
  void blockRangesCoverEveryPart() {
    Block b = parse("\nstep \"http\" fan {\n  a = 1\n}\n").body().blocks().get(0);
    assertThat(b.typeRange().text()).isEqualTo("step");
    assertThat(b.labels().get(0).range().text()).isEqualTo("\"http\"");
    assertThat(b.labels().get(1).range().text()).isEqualTo("fan");
    assertThat(b.headerRange().text()).isEqualTo("step \"http\" fan");
    assertThat(b.openBrace().start().line()).isEqualTo(2);
    assertThat(b.openBrace().start().column()).isEqualTo(17);
    assertThat(b.closeBrace().start().line()).isEqualTo(4);
    assertThat(b.range().text()).isEqualTo("step \"http\" fan {\n  a = 1\n}");
    Attribute a = b.body().attributes().get(0);
    assertThat(a.nameRange().text()).isEqualTo("a");
    assertThat(a.equalsRange().text()).isEqualTo("=");
    assertThat(a.range().text()).isEqualTo("a = 1");
    assertThat(a.range().location()).isEqualTo("t.hcl:3:3");
  }

  @Test
  void recoversAndKeepsGoodItems() {
    Diagnostics diags = new Diagnostics();
    ConfigFile f = HclParser.parseConfig(SourceFile.of("t.hcl",
        "a = 1 +\nb = 2\nc { d = }\ne = [1,\n 2]\nf = 3"), diags);
    assertThat(diags.errorCount()).isEqualTo(2);
    assertThat(f.body().attributes()).extracting(Attribute::name).containsExactly("b", "e", "f");
    assertThat(f.body().blocks()).isEmpty();
  }

  @Test
  void unclosedBlockKeepsItsContents() {
    Diagnostics diags = new Diagnostics();
    ConfigFile f = HclParser.parseConfig(SourceFile.of("t.hcl", "a {\n  b = 1\n"), diags);
    assertThat(diags.all()).hasSize(1);
    assertThat(SExpr.of(f)).isEqualTo("(body (block a (body (= b 1))))");
  }
}
