package dev.burstgrid.compiler.syntax;

import static dev.burstgrid.compiler.syntax.TokenType.*;

import dev.burstgrid.compiler.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * The template sub-language inside quoted strings and heredocs: literals, {@code ${...}}
 * interpolations and {@code %{...}} directives, read into flat {@link TemplateItem}s (strip
 * markers applied on the way) and handed to {@link TemplateAssembler} for nesting. Also
 * parses quoted block labels, which allow escapes but no templates.
 */
final class TemplateParser {
  private final TokenCursor in;
  private final ExpressionParser expressions;
  private final StringDecoder decoder;
  private final TemplateAssembler assembler;

  TemplateParser(TokenCursor in, ExpressionParser expressions) {
    this.in = in;
    this.expressions = expressions;
    this.decoder = new StringDecoder(in.index(), in.diags());
    this.assembler = new TemplateAssembler(in.index(), in.diags());
  }

  /** {@code quotedTemplate}: {@code "} parts {@code "}. */
  Expr parseQuotedTemplate() {
    Token open = in.advance();
    in.pushNewlines(true);
    List<TemplateItem> items = parseTemplateItems(open, CLOSE_QUOTE, true);
    Token close = in.advance();
    in.popNewlines();
    return new Expr.Template(assembler.assemble(items), false, in.range(open, close));
  }

  /** A whole file as one template: its content up to the zero-width closer at the end. */
  Expr parseTemplateFile() {
    Token start = in.peek();
    in.pushNewlines(true);
    List<TemplateItem> items = parseTemplateItems(start, CLOSE_HEREDOC, false);
    Token close = in.advance();
    in.popNewlines();
    return new Expr.Template(assembler.assemble(items), true, in.range(start, close));
  }

  /** {@code heredocTemplate = ("<<" | "<<-") Identifier Newline content Identifier}. */
  Expr parseHeredoc() {
    Token open = in.advance();
    in.pushNewlines(true);
    List<TemplateItem> items = parseTemplateItems(open, CLOSE_HEREDOC, false);
    Token close = in.advance();
    in.popNewlines();
    if (open.flag()) {
      TemplateAssembler.flush(items);
    }
    return new Expr.Template(assembler.assemble(items), true, in.range(open, close));
  }

  /**
   * Reads literals, interpolations and directive markers up to (not including) {@code end},
   * applying strip markers to neighbouring literals as it goes.
   */
  private List<TemplateItem> parseTemplateItems(Token open, TokenType end, boolean quoted) {
    List<TemplateItem> items = new ArrayList<>();
    boolean stripNext = false;
    while (true) {
      Token t = in.peek();
      if (t.type() == end) {
        return items;
      }
      boolean strip = stripNext;
      stripNext = false;
      switch (t.type()) {
        case TEMPLATE_LITERAL:
          in.advance();
          String text = decoder.decode(t, quoted);
          items.add(new TemplateItem.Literal(
              strip ? UnicodeChars.trimLeadingSpace(text) : text, t.start(), t.end()));
          break;
        case TEMPLATE_INTERP:
          stripPrevious(items, t);
          stripNext = parseInterpolation(items, quoted);
          break;
        case TEMPLATE_CONTROL:
          stripPrevious(items, t);
          stripNext = parseDirective(items);
          break;
        default:
          throw unterminatedTemplate(open, t, quoted);
      }
    }
  }

  private ParseError unterminatedTemplate(Token open, Token at, boolean quoted) {
    if (quoted) {
      if (!(at.type() == EOF && at.flag())) {
        in.diags().add(Diagnostic.error("syntax/unclosed-string", in.range(at),
            "Unterminated template string", "The string started at " + in.range(open).start()
                + " has no closing quote (\") on its line. Add one; to continue a string on"
                + " another line, use \\n or a heredoc.").withContext(in.range(open, at)));
      }
      return ParseError.INSTANCE;
    }
    String marker = in.text(open).replaceFirst("^<<-?", "").trim();
    return in.fail(open, "syntax/unclosed-heredoc", "Unterminated heredoc",
        "This heredoc has no closing line \"" + marker + "\" before the end of the file. Add"
            + " a line holding only " + marker + ".");
  }

  /** A {@code ${~} or {@code %{~} strips trailing white space from the literal before it. */
  private static void stripPrevious(List<TemplateItem> items, Token opener) {
    if (opener.flag() && !items.isEmpty()
        && items.get(items.size() - 1) instanceof TemplateItem.Literal lit) {
      lit.text = UnicodeChars.trimTrailingSpace(lit.text);
    }
  }

  /** {@code TemplateInterpolation = ("${" | "${~") Expression ("}" | "~}")}; true if ~}. */
  private boolean parseInterpolation(List<TemplateItem> items, boolean quoted) {
    Token open = in.advance();
    in.pushNewlines(false);
    Expr expr = expressions.parseExpression();
    Token close = in.peek();
    if (close.type() != TEMPLATE_SEQ_END) {
      boolean unclosed = close.type() == EOF
          || (quoted && (close.type() == OPEN_QUOTE || close.type() == CLOSE_QUOTE));
      if (unclosed) {
        throw in.fail(open, "syntax/unclosed-interpolation",
            "Unclosed template interpolation sequence",
            "There is no closing brace for this interpolation sequence before the end of the"
                + " " + (close.type() == EOF ? "file" : "quoted template") + ". Add \"}\" after"
                + " the expression.");
      }
      throw in.fail(close, "syntax/unexpected-token",
          "Extra characters after interpolation expression",
          "Expected a closing brace to end the interpolation expression, but found "
              + in.describe(close) + ". If this is meant literally (for example shell syntax),"
              + " escape the interpolation as \"$${\".");
    }
    in.advance();
    in.popNewlines();
    items.add(new TemplateItem.Interpolation(expr, open.start(), close.end()));
    return close.flag();
  }

  /** {@code %{ if ... }}, {@code %{ else }}, {@code %{ endif }}, {@code %{ for ... }}, {@code
   * %{ endfor }}; true if it ends with {@code ~}}. */
  private boolean parseDirective(List<TemplateItem> items) {
    Token open = in.advance();
    in.pushNewlines(false);
    Token keyword = in.peek();
    String word = keyword.type() == IDENT ? in.text(keyword) : "";
    in.advance();
    Expr condition = null;
    String keyVar = null;
    String valueVar = null;
    switch (word) {
      case "if":
        condition = expressions.parseExpression();
        break;
      case "for":
        valueVar = in.text(expectDirectiveName(open));
        if (in.match(COMMA)) {
          keyVar = valueVar;
          valueVar = in.text(expectDirectiveName(open));
        }
        if (!in.checkKeyword("in")) {
          throw in.fail(in.peek(), "syntax/invalid-directive", "Invalid 'for' directive",
              "A for directive requires the 'in' keyword after its variable names:"
                  + " %{ for v in list }.");
        }
        in.advance();
        condition = expressions.parseExpression();
        break;
      case "else":
      case "endif":
      case "endfor":
        break;
      default:
        throw in.fail(keyword, "syntax/invalid-directive", "Invalid template directive",
            "A template directive keyword (\"if\", \"else\", \"endif\", \"for\" or \"endfor\")"
                + " is expected at the beginning of a %{ sequence. To write \"%{\" literally,"
                + " escape it as \"%%{\".");
    }
    Token close = in.peek();
    if (close.type() != TEMPLATE_SEQ_END) {
      throw in.fail(close, "syntax/invalid-directive", "Invalid template directive",
          "Expected a closing brace (\"}\") to end the " + word + " directive, but found "
              + in.describe(close) + ".");
    }
    in.advance();
    in.popNewlines();
    if (word.equals("if")) {
      items.add(new TemplateItem.IfOpen(condition, open.start(), close.end()));
    } else if (word.equals("for")) {
      items.add(new TemplateItem.ForOpen(keyVar, valueVar, condition, open.start(), close.end()));
    } else {
      items.add(new TemplateItem.Marker(word, open.start(), close.end(), in.range(open, close)));
    }
    return close.flag();
  }

  private Token expectDirectiveName(Token open) {
    Token t = in.peek();
    if (t.type() != IDENT) {
      throw in.fail(t, "syntax/invalid-directive", "Invalid 'for' directive",
          "A for directive requires a variable name after 'for': %{ for v in list }.");
    }
    return in.advance();
  }

  /** Parses a block label written as a string: escapes allowed, interpolation not. */
  String parseStringLabel() {
    Token open = in.advance();
    in.pushNewlines(true);
    StringBuilder value = new StringBuilder();
    while (true) {
      Token t = in.peek();
      if (t.type() == CLOSE_QUOTE) {
        break;
      }
      if (t.type() == TEMPLATE_LITERAL) {
        in.advance();
        value.append(decoder.decode(t, true));
      } else if (t.type() == TEMPLATE_INTERP || t.type() == TEMPLATE_CONTROL) {
        in.error(in.range(t), "syntax/template-in-label", "Invalid string literal",
            "Template sequences are not allowed in a block label. To include a literal \""
                + in.text(t).charAt(0) + "{\", double the first character: \""
                + in.text(t).charAt(0) + in.text(t).charAt(0) + "{\".");
        skipToLabelEnd();
        break;
      } else {
        throw unterminatedTemplate(open, t, true);
      }
    }
    in.advance();
    in.popNewlines();
    return value.toString();
  }

  /** After an error inside a label, moves to its closing quote (or fails if there is none). */
  private void skipToLabelEnd() {
    int open = in.position();
    while (true) {
      Token t = in.tokenAt(open);
      if (t.type() == CLOSE_QUOTE) {
        in.seek(open);
        return;
      }
      if (t.type() == NEWLINE || t.type() == EOF) {
        in.seek(open);
        throw ParseError.INSTANCE;
      }
      int partner = in.partnerOf(open);
      open = partner > open ? partner + 1 : open + 1;
    }
  }
}
