/**
 * HCL native syntax: lexer, parser and syntax tree.
 *
 * <p>Entry points are {@link dev.burstgrid.compiler.syntax.HclParser#parseConfig} (a file
 * as a body) and {@link dev.burstgrid.compiler.syntax.HclParser#parseExpression} (text as
 * one expression). They follow hashicorp/hcl {@code hclsyntax/spec.md} and report every
 * syntax error as a {@code syntax/...} {@link dev.burstgrid.compiler.diag.Diagnostic};
 * they never throw for bad input.
 *
 * <p>Pipeline, each step linear in the input:
 *
 * <ol>
 *   <li>{@code Lexer}: one pass over the text producing {@code Token}s (kind + offsets). A
 *       mode stack says whether the next character is expression text (inside braces or an
 *       {@code ${...}}), a quoted template or a heredoc, so nested templates such as {@code
 *       "${ "${x}" }"} lex without backtracking. Invalid characters, bad encodings and
 *       unterminated comments are reported here (at most 50, then one summary).
 *   <li>{@code TokenCursor}: peek/advance/match helpers over the tokens, the
 *       newline-significance stack (newlines end attributes and separate object elements,
 *       but are ignored inside parentheses, brackets and interpolations), and each
 *       bracket's partner, precomputed for error recovery.
 *   <li>{@code Parser} (bodies, attributes, blocks, one-line blocks), {@code
 *       ExpressionParser} (expressions) and {@code TemplateParser} (quoted strings, heredocs,
 *       labels): recursive descent, one method per grammar rule; binary operators by
 *       precedence climbing. Template literals are decoded
 *       by {@code StringDecoder} (escapes, {@code $${}/{@code %%{}, NFC), strip markers are
 *       applied to neighbouring literals while reading, and {@code TemplateAssembler}
 *       applies flush-heredoc indentation and nests {@code %{if}}/{@code %{for}} with an
 *       explicit stack.
 * </ol>
 *
 * <p>Errors: a syntax error is reported once and unwinds ({@code ParseError}) to the body
 * item being parsed; the parser then skips to the end of that item (its line, jumping over
 * bracketed spans, or to the matching brace of a broken one-line block) and goes on, so
 * independent errors are all reported without cascades. Nesting deeper than 256 levels
 * (expressions or blocks) is a diagnostic, never a {@code StackOverflowError}. Positions
 * come from {@code PositionIndex} (binary search over line starts; columns count code
 * points).
 */
package dev.burstgrid.compiler.syntax;
