package dev.burstgrid.compiler.codegen.expr;

import com.palantir.javapoet.CodeBlock;

/**
 * Java string literals for text from a grid, in pure ASCII: quotes and backslashes escaped, control
 * characters as octal escapes, everything outside ASCII as {@code \}{@code uXXXX}. JavaPoet's
 * {@code $S} keeps non-ASCII characters raw, and some (U+2028, U+0085) break the emitted line; text
 * from a grid must never change the shape of the code.
 */
public final class JavaLiterals {
  private JavaLiterals() {}

  /** The literal for {@code s} ({@code null} gives the {@code null} literal). */
  public static CodeBlock string(String s) {
    return CodeBlock.of("$L", quote(s));
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
