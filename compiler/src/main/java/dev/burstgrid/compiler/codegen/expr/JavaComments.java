package dev.burstgrid.compiler.codegen.expr;

/**
 * Grid text (addresses, file names, locations) made safe for a {@code //} comment or a Javadoc
 * of generated code. javac translates {@code \}{@code u} escapes before it reads comments, so a
 * grid could otherwise end a comment with an escaped line feed and write code after it. Here
 * every backslash is doubled (no unicode escape survives), every character outside printable
 * ASCII (line terminators, U+2028 and U+2029 included) becomes {@code <U+XXXX>}, and {@code *}{@code /}
 * is broken up so a block comment cannot end early.
 */
public final class JavaComments {
  private JavaComments() {}

  /** {@code text} as it may stand in a comment of generated code. */
  public static String safe(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\\') {
        sb.append("\\\\");
      } else if (c == '/' && sb.length() > 0 && sb.charAt(sb.length() - 1) == '*') {
        sb.append("\\/");
      } else if (c < 0x20 || c > 0x7e) {
        sb.append(String.format("<U+%04X>", c));
      } else {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }
}
