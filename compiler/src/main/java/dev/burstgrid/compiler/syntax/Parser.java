package dev.burstgrid.compiler.syntax;

import static dev.burstgrid.compiler.syntax.TokenType.*;

import dev.burstgrid.compiler.source.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over the structural grammar: bodies, attributes and blocks, one method
 * per rule; expressions are delegated to {@link ExpressionParser}. Newlines end attributes
 * and blocks. After a syntax error in one body item the parser skips to the end of that item
 * (its line, jumping over bracketed spans) and carries on, so independent errors in other
 * items are all reported.
 */
final class Parser {
  private final TokenCursor in;
  private final ExpressionParser expressions;
  private int blockDepth;

  Parser(TokenCursor in) {
    this.in = in;
    this.expressions = new ExpressionParser(in);
  }

  /** {@code ConfigFile = Body}. */
  Body parseFile() {
    return parseBody(null);
  }

  /** Parses the whole input as one expression; null if it is not one. */
  /** A template file's content as one template; null after a syntax error. */
  Expr parseTemplateFile() {
    try {
      return expressions.templates().parseTemplateFile();
    } catch (ParseError e) {
      return null;
    }
  }

  Expr parseWholeExpression() {
    Expr expr;
    try {
      expr = expressions.parseExpression();
    } catch (ParseError e) {
      return null;
    }
    Token t = in.peek();
    if (t.type() != EOF) {
      in.fail(t, "syntax/extra-characters", "Extra characters after expression",
          "An expression was successfully parsed, but extra characters were found after it,"
              + " starting with " + in.describe(t) + ".");
    }
    return expr;
  }

  /** {@code Body = (Attribute | Block | OneLineBlock)*}, up to EOF or the block's "}". */
  private Body parseBody(Token openBrace) {
    List<Attribute> attributes = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    while (true) {
      Token t = in.peek();
      if (t.type() == NEWLINE) {
        in.advance();
        continue;
      }
      if (t.type() == EOF || (t.type() == RBRACE && openBrace != null)) {
        int start = openBrace == null ? 0 : openBrace.end();
        int end = openBrace == null ? t.end() : t.start();
        return new Body(attributes, blocks, in.range(start, Math.max(start, end)));
      }
      parseBodyItemRecovering(attributes, blocks);
    }
  }

  private void parseBodyItemRecovering(List<Attribute> attributes, List<Block> blocks) {
    int start = in.position();
    int newlines = in.newlinesDepth();
    int depth = expressions.depth();
    int savedBlockDepth = blockDepth;
    try {
      parseBodyItem(attributes, blocks);
    } catch (ParseError e) {
      in.restoreNewlines(newlines);
      expressions.restoreDepth(depth);
      blockDepth = savedBlockDepth;
      skipRestOfItem(start);
    }
  }

  /**
   * Moves to the newline (or enclosing "}") that ends the item starting at {@code start},
   * jumping over paired brackets so a multi-line value is skipped whole. If that point lies
   * before the error (unpaired brackets), skips to the end of the error's line instead.
   */
  private void skipRestOfItem(int start) {
    int errorAt = in.position();
    int i = start;
    while (true) {
      TokenType type = in.tokenAt(i).type();
      if (type == NEWLINE || type == EOF || type == RBRACE) {
        break;
      }
      int partner = in.partnerOf(i);
      i = partner > i ? partner + 1 : i + 1;
    }
    if (i < errorAt) {
      i = errorAt;
      while (in.tokenAt(i).type() != NEWLINE && in.tokenAt(i).type() != EOF) {
        i++;
      }
    }
    if (i == start && in.tokenAt(i).type() != EOF) {
      i++; // always make progress, e.g. past a stray "}"
    }
    in.seek(i);
  }

  private void parseBodyItem(List<Attribute> attributes, List<Block> blocks) {
    Token name = in.peek();
    if (name.type() != IDENT) {
      throw notAnItem(name);
    }
    in.advance();
    Token next = in.peek();
    if (next.type() == EQUAL) {
      attributes.add(parseAttribute(name));
      expectItemEnd("argument");
    } else if (next.type() == IDENT || next.type() == OPEN_QUOTE || next.type() == LBRACE) {
      blocks.add(parseBlock(name));
      expectItemEnd("block definition");
    } else {
      throw in.fail(next, "syntax/unexpected-token", "Argument or block definition required",
          "An argument or block definition is required here. To set an argument, use the"
              + " equals sign \"=\" to introduce the argument value; found " + in.describe(next)
              + ".");
    }
  }

  private ParseError notAnItem(Token t) {
    if (t.type() == RBRACE) {
      return in.fail(t, "syntax/unexpected-token", "Unexpected closing brace",
          "This closing brace has no matching opening brace. Remove it, or check the braces"
              + " above it.");
    }
    String hint = t.type() == OPEN_QUOTE ? " Argument names and block types are not quoted." : "";
    return in.fail(t, "syntax/unexpected-token", "Argument or block definition required",
        "An argument or block definition is required here, starting with a name; found "
            + in.describe(t) + "." + hint);
  }

  /** Every argument and block ends with a newline (or the end of the file). */
  private void expectItemEnd(String what) {
    Token t = in.peek();
    if (t.type() == NEWLINE) {
      in.advance();
    } else if (t.type() != EOF) {
      throw in.fail(t, "syntax/missing-newline", "Missing newline after " + what,
          "Each " + what + " must end with a newline; put the next one on its own line. Found "
              + in.describe(t) + ".");
    }
  }

  /** {@code Attribute = Identifier "=" Expression Newline}. */
  private Attribute parseAttribute(Token name) {
    Token equals = in.advance();
    Expr value = expressions.parseExpression();
    return new Attribute(in.text(name), in.range(name), in.range(equals), value,
        in.range(name).to(value.range()));
  }

  /** {@code Block = Identifier (StringLit|Identifier)* "{" Newline Body "}" Newline}. */
  private Block parseBlock(Token type) {
    List<Block.Label> labels = new ArrayList<>();
    while (true) {
      Token t = in.peek();
      if (t.type() == LBRACE) {
        break;
      }
      if (t.type() == IDENT) {
        in.advance();
        labels.add(new Block.Label(in.text(t), false, in.range(t)));
      } else if (t.type() == OPEN_QUOTE) {
        String value = expressions.templates().parseStringLabel();
        labels.add(new Block.Label(value, true, in.range(t.start(), in.tokenAt(
            in.position() - 1).end())));
      } else {
        throw in.fail(t, "syntax/invalid-block", "Invalid block definition",
            "Either a quoted string block label or an opening brace (\"{\") is expected here;"
                + " found " + in.describe(t) + ".");
      }
    }
    int openIndex = in.position();
    Token open = in.advance();
    enterBlock(open);
    try {
      if (in.check(NEWLINE)) {
        return finishMultiLineBlock(type, labels, open);
      }
      return finishOneLineBlock(type, labels, open, openIndex);
    } finally {
      blockDepth--;
    }
  }

  private void enterBlock(Token open) {
    if (++blockDepth > ExpressionParser.MAX_DEPTH) {
      throw in.fail(open, "syntax/too-deep", "Blocks nested too deeply",
          "Blocks may nest at most " + ExpressionParser.MAX_DEPTH + " levels deep.");
    }
  }

  private Block finishMultiLineBlock(Token type, List<Block.Label> labels, Token open) {
    Body body = parseBody(open);
    Token close = in.peek();
    if (close.type() != RBRACE) {
      unclosedBlock(open);
      return block(type, labels, body, open, close);
    }
    in.advance();
    return block(type, labels, body, open, close);
  }

  /**
   * {@code OneLineBlock = Identifier (StringLit|Identifier)* "{" (Identifier "=" Expression)?
   * "}" Newline}: at most one argument, no nested block, closing brace on the same line.
   */
  private Block finishOneLineBlock(Token type, List<Block.Label> labels, Token open,
      int openIndex) {
    List<Attribute> attributes = new ArrayList<>();
    Token t = in.peek();
    if (t.type() == IDENT) {
      in.advance();
      Token next = in.peek();
      if (next.type() == EQUAL) {
        attributes.add(parseAttribute(t));
        t = in.peek();
      } else if (next.type() == IDENT || next.type() == OPEN_QUOTE || next.type() == LBRACE) {
        return invalidOneLine(in.range(t, next), "A single-line block definition cannot"
            + " contain another block definition. Put the nested block on its own line.",
            type, labels, attributes, open, openIndex);
      } else {
        throw in.fail(next, "syntax/unexpected-token", "Argument or block definition required",
            "An argument definition (name = value) is required here; found "
                + in.describe(next) + ".");
      }
    }
    Body body = new Body(attributes, List.of(), in.range(open.end(), Math.max(open.end(),
        t.start())));
    switch (t.type()) {
      case RBRACE:
        in.advance();
        return block(type, labels, body, open, t);
      case EOF:
        unclosedBlock(open);
        return block(type, labels, body, open, t);
      case NEWLINE:
        return invalidOneLine(in.range(t), "A single-line block definition must end with a"
            + " closing brace immediately after its single argument definition. Put the"
            + " argument on its own line after the \"{\" for a multi-line block.", type, labels,
            attributes, open, openIndex);
      default:
        if (attributes.isEmpty()) {
          throw notAnItem(t);
        }
        return invalidOneLine(in.range(t), "Only one argument is allowed in a single-line block"
            + " definition. Put each argument on its own line in a multi-line block.", type,
            labels, attributes, open, openIndex);
    }
  }

  /** Reports a broken single-line block and resumes after its matching "}". */
  private Block invalidOneLine(Range subject, String detail, Token type, List<Block.Label> labels,
      List<Attribute> attributes, Token open, int openIndex) {
    in.error(subject, "syntax/invalid-oneline-block", "Invalid single-argument block definition",
        detail);
    int closeIndex = in.partnerOf(openIndex);
    if (closeIndex < 0) {
      throw ParseError.INSTANCE;
    }
    in.seek(closeIndex + 1);
    Token close = in.tokenAt(closeIndex);
    Body body = new Body(attributes, List.of(), in.range(open.end(), close.start()));
    return block(type, labels, body, open, close);
  }

  private void unclosedBlock(Token open) {
    in.error(in.range(open), "syntax/unclosed-brace", "Unclosed configuration block",
        "There is no closing brace for this block before the end of the file. This may be"
            + " caused by incorrect brace nesting elsewhere in this file.");
  }

  private Block block(Token type, List<Block.Label> labels, Body body, Token open, Token close) {
    return new Block(in.text(type), in.range(type), labels, body, in.range(open),
        in.range(close), in.range(type, close));
  }
}
