package dev.burstgrid.compiler.syntax;

import static dev.burstgrid.compiler.syntax.TokenType.*;

import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.lang.value.NumberRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over the expression grammar of the spec, one method per rule; templates
 * are delegated to {@link TemplateParser}. Binary operators use precedence climbing
 * (left-associative within a level). Nesting depth is capped so hostile input gets a
 * diagnostic instead of a StackOverflowError. A syntax error is reported once and unwinds
 * with {@link ParseError} to the caller's recovery point.
 */
final class ExpressionParser {
  /** Deeper nesting than this is reported instead of risking the Java stack. */
  static final int MAX_DEPTH = 256;

  private final TokenCursor in;
  private final TemplateParser templates;
  private int depth;

  ExpressionParser(TokenCursor in) {
    this.in = in;
    this.templates = new TemplateParser(in, this);
  }

  /** The parser for quoted labels and templates sharing this parser's state. */
  TemplateParser templates() {
    return templates;
  }

  int depth() {
    return depth;
  }

  void restoreDepth(int saved) {
    depth = saved;
  }

  /** {@code Expression = ExprTerm | Operation | Conditional}. */
  Expr parseExpression() {
    enter(in.peek());
    try {
      return parseConditional();
    } finally {
      depth--;
    }
  }

  private void enter(Token at) {
    if (++depth > MAX_DEPTH) {
      throw in.fail(at, "syntax/too-deep", "Expression nested too deeply",
          "Expressions may nest at most " + MAX_DEPTH + " levels deep. Split this expression"
              + " into smaller parts, for example with locals.");
    }
  }

  /** {@code Conditional = Expression "?" Expression ":" Expression}. */
  private Expr parseConditional() {
    Expr condition = parseBinary(1);
    if (!in.match(QUESTION)) {
      return condition;
    }
    Expr whenTrue = parseExpression();
    Token colon = in.peek();
    if (colon.type() != COLON) {
      throw in.fail(colon, "syntax/unexpected-token", "Missing false expression in conditional",
          "The conditional operator (...?...:...) requires a false expression, delimited by a"
              + " colon. Found " + in.describe(colon) + " instead.");
    }
    in.advance();
    Expr whenFalse = parseExpression();
    return new Expr.Conditional(condition, whenTrue, whenFalse,
        condition.range().to(whenFalse.range()));
  }

  /** {@code binaryOp = ExprTerm binaryOperator ExprTerm}, by precedence climbing. */
  private Expr parseBinary(int minPrecedence) {
    Expr left = parseUnary();
    while (true) {
      Token opToken = in.peek();
      Operator op = binaryOperator(opToken.type());
      if (op == null || op.precedence() < minPrecedence) {
        return left;
      }
      in.advance();
      Expr right = parseBinary(op.precedence() + 1);
      left = new Expr.Binary(op, left, right, in.range(opToken), left.range().to(right.range()));
    }
  }

  private static Operator binaryOperator(TokenType type) {
    switch (type) {
      case OR:
        return Operator.OR;
      case AND:
        return Operator.AND;
      case EQUAL_EQUAL:
        return Operator.EQUAL;
      case NOT_EQUAL:
        return Operator.NOT_EQUAL;
      case GREATER:
        return Operator.GREATER;
      case GREATER_EQUAL:
        return Operator.GREATER_OR_EQUAL;
      case LESS:
        return Operator.LESS;
      case LESS_EQUAL:
        return Operator.LESS_OR_EQUAL;
      case PLUS:
        return Operator.ADD;
      case MINUS:
        return Operator.SUBTRACT;
      case STAR:
        return Operator.MULTIPLY;
      case SLASH:
        return Operator.DIVIDE;
      case PERCENT:
        return Operator.MODULO;
      default:
        return null;
    }
  }

  /** {@code unaryOp = ("-" | "!") ExprTerm}. */
  private Expr parseUnary() {
    Token t = in.peek();
    if (t.type() != MINUS && t.type() != BANG) {
      return parseTerm();
    }
    in.advance();
    enter(t);
    try {
      Expr operand = parseUnary();
      Operator op = t.type() == MINUS ? Operator.NEGATE : Operator.NOT;
      return new Expr.Unary(op, operand, in.range(t), in.range(t).to(operand.range()));
    } finally {
      depth--;
    }
  }

  /** {@code ExprTerm} with its trailing index, attribute and splat operators. */
  private Expr parseTerm() {
    return parseTraversals(parsePrimary());
  }

  // ---- primaries ----

  private Expr parsePrimary() {
    Token t = in.peek();
    switch (t.type()) {
      case NUMBER:
        in.advance();
        return parseNumber(t);
      case IDENT:
        return parseIdentifierTerm();
      case LPAREN:
        return parseParens();
      case OPEN_QUOTE:
        return templates.parseQuotedTemplate();
      case OPEN_HEREDOC:
        return templates.parseHeredoc();
      case LBRACK:
        return parseTupleOrFor();
      case LBRACE:
        return parseObjectOrFor();
      default:
        throw missingExpression(t);
    }
  }

  private ParseError missingExpression(Token t) {
    boolean missing = t.type() == EOF || t.type() == NEWLINE || t.type() == RBRACE
        || t.type() == RBRACK || t.type() == RPAREN || t.type() == TEMPLATE_SEQ_END
        || t.type() == COMMA || t.type() == CLOSE_QUOTE;
    if (missing) {
      return in.fail(t, "syntax/missing-expression", "Missing expression",
          "Expected the start of an expression, but found " + in.describe(t) + ".");
    }
    String hint = t.type() == DOT && isDigitAt(t.end())
        ? " A number needs a digit before its decimal point, like 0.5."
        : "";
    return in.fail(t, "syntax/invalid-expression", "Invalid expression",
        "Expected the start of an expression, but found " + in.describe(t) + "." + hint);
  }

  private boolean isDigitAt(int offset) {
    String text = in.index().file().text();
    return offset < text.length() && Character.isDigit(text.charAt(offset));
  }

  private Expr parseNumber(Token t) {
    try {
      BigDecimal n = new BigDecimal(in.text(t));
      if (!NumberRange.contains(n)) {
        throw new ArithmeticException("out of range");
      }
      return new Expr.NumberLiteral(n, in.range(t));
    } catch (NumberFormatException | ArithmeticException e) {
      String text = in.text(t);
      boolean wellFormed = text.matches("[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
      in.error(in.range(t), "syntax/invalid-number", "Invalid number literal", wellFormed
          ? "The number " + text + " cannot be represented: bggo computes with numbers between 1e-"
              + NumberRange.MAX_EXPONENT + " and 1e" + NumberRange.MAX_EXPONENT + " in magnitude."
          : text + " is not a valid number; write numbers like 12, 1.5 or 1.5e3, and use"
              + " [i][j] to index twice.");
      return new Expr.NumberLiteral(BigDecimal.ZERO, in.range(t));
    }
  }

  /** A variable, {@code true}/{@code false}/{@code null}, or a function call. */
  private Expr parseIdentifierTerm() {
    Token name = in.advance();
    TokenType next = in.peek().type();
    if (next == LPAREN || next == DOUBLE_COLON) {
      return parseFunctionCall(name);
    }
    String text = in.text(name);
    switch (text) {
      case "true":
        return new Expr.BoolLiteral(true, in.range(name));
      case "false":
        return new Expr.BoolLiteral(false, in.range(name));
      case "null":
        return new Expr.NullLiteral(in.range(name));
      default:
        return new Expr.Variable(text, in.range(name));
    }
  }

  /** {@code "(" Expression ")"}. */
  private Expr parseParens() {
    Token open = in.advance();
    in.pushNewlines(false);
    Expr inner = parseExpression();
    Token close = in.peek();
    if (close.type() != RPAREN) {
      throw in.fail(close, "syntax/unclosed-paren", "Unbalanced parentheses",
          "Expected a closing parenthesis to end the expression started at "
              + in.range(open).start() + ", but found " + in.describe(close) + ".");
    }
    in.advance();
    in.popNewlines();
    return new Expr.Parens(inner, in.range(open, close));
  }

  /** {@code FunctionCall = Identifier ("::" Identifier)* "(" Arguments ")"}. */
  private Expr parseFunctionCall(Token first) {
    StringBuilder name = new StringBuilder(in.text(first));
    Token last = first;
    while (in.match(DOUBLE_COLON)) {
      Token part = in.peek();
      if (part.type() != IDENT) {
        throw in.fail(part, "syntax/unexpected-token", "Missing function name",
            "The namespace separator \"::\" must be followed by a name, like ns::f(...).");
      }
      in.advance();
      name.append("::").append(in.text(part));
      last = part;
    }
    Token open = in.peek();
    if (open.type() != LPAREN) {
      throw in.fail(open, "syntax/unexpected-token", "Missing function call",
          "A namespaced name like \"" + name + "\" can only be called as a function; add its"
              + " arguments in parentheses: " + name + "(...).");
    }
    in.advance();
    in.pushNewlines(false);
    List<Expr> args = new ArrayList<>();
    boolean expand = false;
    while (!in.check(RPAREN)) {
      args.add(parseExpression());
      if (in.match(ELLIPSIS)) {
        expand = true;
        if (!in.check(RPAREN)) {
          throw in.fail(in.peek(), "syntax/unexpected-token", "Missing closing parenthesis",
              "An expanded function argument (with ...) must be immediately followed by the"
                  + " closing parenthesis.");
        }
        break;
      }
      if (in.match(COMMA)) {
        continue;
      }
      Token t = in.peek();
      if (t.type() == RPAREN) {
        break;
      }
      if (t.type() == EOF) {
        throw in.fail(in.range(first, open), false, "syntax/unclosed-paren",
            "Unterminated function call", "There is no closing parenthesis for this function"
                + " call before the end of the file. Add \")\" after its last argument.");
      }
      throw in.fail(t, "syntax/unexpected-token", "Missing argument separator",
          "A comma is required to separate each function argument from the next; found "
              + in.describe(t) + ".");
    }
    Token close = in.advance();
    in.popNewlines();
    return new Expr.FunctionCall(name.toString(), in.range(first, last), args, expand,
        in.range(open), in.range(close), in.range(first, close));
  }

  // ---- collections ----

  /** {@code tuple = "[" (Expression ("," Expression)* ","?)? "]"}, or a for expression. */
  private Expr parseTupleOrFor() {
    Token open = in.advance();
    in.pushNewlines(false);
    if (in.checkKeyword("for")) {
      return parseFor(open, false);
    }
    List<Expr> items = new ArrayList<>();
    while (!in.check(RBRACK)) {
      items.add(parseExpression());
      if (in.match(COMMA)) {
        continue;
      }
      Token t = in.peek();
      if (t.type() == RBRACK) {
        break;
      }
      if (t.type() == EOF) {
        throw in.fail(open, "syntax/unclosed-bracket", "Unterminated tuple constructor expression",
            "There is no corresponding closing bracket before the end of the file. This may be"
                + " caused by incorrect bracket nesting elsewhere in this file.");
      }
      throw in.fail(t, "syntax/unexpected-token", "Missing item separator",
          "Expected a comma to mark the beginning of the next item; found " + in.describe(t)
              + ".");
    }
    Token close = in.advance();
    in.popNewlines();
    return new Expr.Tuple(items, in.range(open, close));
  }

  /**
   * {@code object = "{" (objectelem ("," objectelem)* ","?)? "}"} where newlines also separate
   * elements, or a for expression.
   */
  private Expr parseObjectOrFor() {
    Token open = in.advance();
    in.pushNewlines(false);
    if (in.checkKeyword("for")) {
      return parseFor(open, true);
    }
    in.popNewlines();
    in.pushNewlines(true);
    List<Expr.ObjectItem> items = new ArrayList<>();
    while (true) {
      Token t = in.peek();
      if (t.type() == NEWLINE) {
        in.advance();
        continue;
      }
      if (t.type() == RBRACE) {
        break;
      }
      items.add(parseObjectItem(open));
      Token sep = in.peek();
      if (sep.type() == RBRACE) {
        break;
      }
      if (sep.type() == COMMA || sep.type() == NEWLINE) {
        in.advance();
        continue;
      }
      if (sep.type() == EOF) {
        throw unterminatedObject(open);
      }
      throw in.fail(sep, "syntax/unexpected-token", "Missing attribute separator",
          "Expected a newline or comma to mark the beginning of the next attribute; found "
              + in.describe(sep) + ".");
    }
    Token close = in.advance();
    in.popNewlines();
    return new Expr.ObjectCons(items, in.range(open, close));
  }

  /** {@code objectelem = (Identifier | Expression) ("=" | ":") Expression}. */
  private Expr.ObjectItem parseObjectItem(Token open) {
    Expr key = parseExpression();
    Token sep = in.peek();
    if (sep.type() != EQUAL && sep.type() != COLON) {
      switch (sep.type()) {
        case EOF:
          throw unterminatedObject(open);
        case NEWLINE:
        case COMMA:
        case RBRACE:
          throw in.fail(sep, "syntax/unexpected-token", "Missing attribute value",
              "Expected an attribute value, introduced by an equals sign (\"=\").");
        default:
          throw in.fail(sep, "syntax/unexpected-token", "Missing key/value separator",
              "Expected an equals sign (\"=\") to mark the beginning of the attribute value."
                  + " If you meant an attribute name containing periods or spaces, write the"
                  + " name in quotes.");
      }
    }
    in.advance();
    Expr value = parseExpression();
    return new Expr.ObjectItem(key, value, key.range().to(value.range()));
  }

  private ParseError unterminatedObject(Token open) {
    return in.fail(open, "syntax/unclosed-brace", "Unterminated object constructor expression",
        "There is no corresponding closing brace before the end of the file. This may be caused"
            + " by incorrect brace nesting elsewhere in this file.");
  }

  /**
   * {@code forTupleExpr = "[" forIntro Expression forCond? "]"} and {@code forObjectExpr = "{"
   * forIntro Expression "=>" Expression "..."? forCond? "}"}. Newlines are already ignored.
   */
  private Expr parseFor(Token open, boolean object) {
    in.advance(); // "for"
    Token first = expectName("For expression requires a variable name after 'for'.");
    String keyVar = null;
    String valueVar = in.text(first);
    if (in.match(COMMA)) {
      keyVar = valueVar;
      valueVar = in.text(expectName("For expression requires a value variable name after the"
          + " comma."));
    }
    if (!in.checkKeyword("in")) {
      throw invalidFor(in.peek(), "For expression requires the 'in' keyword after its variable"
          + " names.");
    }
    in.advance();
    Expr collection = parseExpression();
    if (!in.match(COLON)) {
      throw invalidFor(in.peek(), "For expression requires a colon after the collection"
          + " expression.");
    }
    Expr keyExpr = null;
    Expr valueExpr = parseExpression();
    boolean grouping = false;
    if (object) {
      if (!in.match(FAT_ARROW)) {
        throw invalidFor(in.peek(), "Key expression is required when building an object: write"
            + " {for ... : key => value}.");
      }
      keyExpr = valueExpr;
      valueExpr = parseExpression();
      grouping = in.match(ELLIPSIS);
    } else if (in.check(FAT_ARROW)) {
      throw invalidFor(in.peek(), "Key expression is not valid when building a tuple; use"
          + " braces {for ...} to build an object.");
    } else if (in.check(ELLIPSIS)) {
      throw invalidFor(in.peek(), "Grouping ellipsis (...) cannot be used when building a"
          + " tuple.");
    }
    Expr condition = null;
    if (in.checkKeyword("if")) {
      in.advance();
      condition = parseExpression();
    }
    Token close = in.peek();
    if (close.type() != (object ? RBRACE : RBRACK)) {
      if (close.type() == EOF) {
        throw in.fail(open, "syntax/unclosed-bracket", "Unterminated for expression",
            "There is no closing " + (object ? "brace" : "bracket") + " for this for"
                + " expression before the end of the file.");
      }
      throw invalidFor(close, "Extra characters after the end of the 'for' expression; expected"
          + " \"" + (object ? "}" : "]") + "\", found " + in.describe(close) + ".");
    }
    in.advance();
    in.popNewlines();
    return new Expr.For(keyVar, valueVar, collection, keyExpr, valueExpr, condition, grouping,
        in.range(open, close));
  }

  private Token expectName(String detail) {
    Token t = in.peek();
    if (t.type() != IDENT) {
      throw invalidFor(t, detail);
    }
    return in.advance();
  }

  private ParseError invalidFor(Token at, String detail) {
    return in.fail(at, "syntax/invalid-for", "Invalid 'for' expression", detail);
  }

  // ---- traversals ----

  /** {@code (Index | GetAttr | LegacyIndex | Splat)*} after a term. */
  private Expr parseTraversals(Expr target) {
    while (true) {
      Token t = in.peek();
      if (t.type() == DOT) {
        in.advance();
        Token name = in.peek();
        if (name.type() == STAR) {
          in.advance();
          target = parseLegacySplat(target, in.range(t, name));
        } else {
          target = parseDotStep(target, t, name);
        }
      } else if (t.type() == LBRACK) {
        if (in.peekSecond().type() == STAR) {
          return parseFullSplat(target);
        }
        target = parseIndex(target);
      } else {
        return target;
      }
    }
  }

  /** {@code GetAttr = "." Identifier} or {@code LegacyIndex = "." digit+}. */
  private Expr parseDotStep(Expr target, Token dot, Token name) {
    if (name.type() == IDENT) {
      in.advance();
      return new Expr.GetAttr(target, in.text(name), in.range(name),
          target.range().to(in.range(name)));
    }
    if (name.type() == NUMBER) {
      in.advance();
      String text = in.text(name);
      if (text.contains(".")) {
        String[] halves = text.split("\\.", 2);
        in.error(in.range(name), "syntax/legacy-index", "Invalid legacy index syntax",
            "When using the legacy index syntax, chaining two indexes together is not"
                + " permitted. Use the proper index syntax instead, like [" + halves[0] + "]["
                + halves[1] + "].");
      }
      Expr key = parseNumber(name);
      return new Expr.Index(target, key, in.range(dot, name), target.range().to(in.range(name)));
    }
    throw in.fail(name, "syntax/unexpected-token", "Invalid attribute name",
        "An attribute name is required after a dot; found " + in.describe(name) + ".");
  }

  /** {@code Index = "[" Expression "]"}. */
  private Expr parseIndex(Expr target) {
    Token open = in.advance();
    in.pushNewlines(false);
    Expr key = parseExpression();
    Token close = in.peek();
    if (close.type() != RBRACK) {
      throw in.fail(close, "syntax/unclosed-bracket", "Missing close bracket on index",
          "The index operator must end with a closing bracket (\"]\"); found "
              + in.describe(close) + ".");
    }
    in.advance();
    in.popNewlines();
    return new Expr.Index(target, key, in.range(open, close), target.range().to(in.range(close)));
  }

  /** {@code fullSplat = "[" "*" "]" (GetAttr | Index)*}: every later step applies per item. */
  private Expr parseFullSplat(Expr source) {
    Token open = in.advance();
    in.advance(); // "*"
    Token close = in.peek();
    if (close.type() != RBRACK) {
      throw in.fail(close, "syntax/unexpected-token", "Missing close bracket on splat index",
          "The star for a full splat operator must be immediately followed by a closing"
              + " bracket (\"]\").");
    }
    in.advance();
    Range marker = in.range(open, close);
    enter(open);
    try {
      Expr each = parseTraversals(new Expr.SplatItem(marker));
      return new Expr.Splat(source, each, false, marker,
          source.range().to(marker).to(each.range()));
    } finally {
      depth--;
    }
  }

  /** {@code attrSplat = "." "*" GetAttr*} (legacy index steps {@code .0} allowed as in HCL). */
  private Expr parseLegacySplat(Expr source, Range marker) {
    Expr each = new Expr.SplatItem(marker);
    while (in.check(DOT)) {
      Token dot = in.advance();
      Token name = in.peek();
      if (name.type() == STAR) {
        throw in.fail(name, "syntax/nested-splat", "Nested splat expression not allowed",
            "A splat expression (*) cannot be used inside another attribute-only splat"
                + " expression. Use the full splat form [*] instead.");
      }
      each = parseDotStep(each, dot, name);
    }
    return new Expr.Splat(source, each, true, marker, source.range().to(marker).to(each.range()));
  }
}
