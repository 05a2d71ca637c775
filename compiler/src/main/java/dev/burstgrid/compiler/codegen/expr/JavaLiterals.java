package dev.burstgrid.compiler.codegen.expr;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Java string literals for text from a grid, in pure ASCII: quotes and backslashes escaped, control
 * characters as octal escapes, everything outside ASCII as {@code \}{@code uXXXX}. JavaPoet's
 * {@code $S} keeps non-ASCII characters raw, and some (U+2028, U+0085) break the emitted line; text
 * from a grid must never change the shape of the code.
 */
public final class JavaLiterals {
  private JavaLiterals() {}

  /** Characters per literal: a class-file constant holds at most 65,535 bytes (3 per char). */
  static final int CHUNK = 20_000;

  /**
   * A Java expression of type String for {@code s} ({@code null} gives the {@code null} literal):
   * one literal, or for very long text {@code String.join("", …)} of several (javac would fold
   * {@code "a" + "b"} back into one oversized constant).
   */
  public static CodeBlock string(String s) {
    if (s == null || s.length() <= CHUNK) {
      return CodeBlock.of("$L", quote(s));
    }
    return CodeBlock.of("$T.join(\"\", $L)", String.class, parts(s));
  }

  /**
   * {@code s} as comma-separated literals of at most {@link #CHUNK} characters each, for a
   * varargs call that joins them. A surrogate pair may be split: each half is escaped on its own
   * and joining restores the pair.
   */
  public static CodeBlock parts(String s) {
    List<CodeBlock> parts = new ArrayList<>();
    for (int from = 0; from < s.length() || from == 0; from += CHUNK) {
      parts.add(CodeBlock.of("$L", quote(s.substring(from, Math.min(s.length(), from + CHUNK)))));
    }
    return CodeBlock.join(parts, ", ");
  }

  /** The literal's source text. */
  public static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        // Octal, not a unicode escape: javac turns a unicode escape of a line feed into a real
        // line break before it reads the literal.
        sb.append('\\').append(Integer.toOctalString(c));
        if (i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
          // A following digit would extend a short octal escape; pad to three digits.
          int start = sb.lastIndexOf("\\") + 1;
          while (sb.length() - start < 3) {
            sb.insert(start, '0');
          }
        }
      } else if (c > 0x7e) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
