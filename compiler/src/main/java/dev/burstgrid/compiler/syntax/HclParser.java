package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.SourceFile;
import java.util.List;

/**
 * Entry points of the HCL native-syntax front end. Both run in time linear in the input,
 * never throw for bad input, and report every syntax error as a {@code syntax/...}
 * diagnostic in {@code diags}.
 */
public final class HclParser {
  private HclParser() {}

  /**
   * Parses a whole file as a config body. Never throws for bad input; recovers after each
   * error and reports every independent one. The returned tree holds whatever parsed.
   */
  public static ConfigFile parseConfig(SourceFile file, Diagnostics diags) {
    PositionIndex index = new PositionIndex(file);
    List<Token> tokens = new Lexer(index, diags).tokenize();
    Parser parser = new Parser(new TokenCursor(tokens, index, diags, true));
    return new ConfigFile(file, parser.parseFile());
  }

  /**
   * Parses the whole text as one expression; anything after it is an error. Newlines are not
   * significant. Returns null when no expression could be parsed (see {@code diags}).
   */
  public static Expr parseExpression(SourceFile file, Diagnostics diags) {
    PositionIndex index = new PositionIndex(file);
    List<Token> tokens = new Lexer(index, diags).tokenize();
    Parser parser = new Parser(new TokenCursor(tokens, index, diags, false));
    return parser.parseWholeExpression();
  }

  /**
   * Parses a whole file as one template, as {@code templatefile} reads it: literal text with
   * {@code ${…}} interpolations and {@code %{…}} directives. Returns null after a syntax error.
   */
  public static Expr parseTemplate(SourceFile file, Diagnostics diags) {
    PositionIndex index = new PositionIndex(file);
    List<Token> tokens = Lexer.forTemplate(index, diags).tokenize();
    return new Parser(new TokenCursor(tokens, index, diags, false)).parseTemplateFile();
  }

  /**
   * Whether {@code name} is an HCL identifier: a letter or underscore, then letters, digits,
   * underscores and dashes (Unicode letters and digits included).
   */
  public static boolean isIdentifier(String name) {
    if (name.isEmpty() || !UnicodeChars.isIdentStart(name.codePointAt(0))) {
      return false;
    }
    return name.codePoints().skip(1).allMatch(UnicodeChars::isIdentPart);
  }
}
