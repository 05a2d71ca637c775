package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/** String literals of any length: a class file holds at most 65,535 bytes per constant. */
final class LongStrings {
  /** Chars per part; 3 bytes each at worst in the class file's modified UTF-8. */
  private static final int PART = 20_000;
  static final ClassName GRID_VALUES = ClassName.get("dev.burstgrid.lang", "GridValues");

  private LongStrings() {}

  // "short" · GridValues.join("part1…", "part2…")
  static CodeBlock of(String s) {
    if (s.length() <= PART) {
      return CodeBlock.of("$S", s);
    }
    return CodeBlock.of("$T.join($L)", GRID_VALUES, parts(s));
  }

  /** The string as comma-separated literal parts, for a varargs call. */
  static CodeBlock parts(String s) {
    List<CodeBlock> parts = new ArrayList<>();
    for (int i = 0; i < s.length(); i += PART) {
      int end = Math.min(s.length(), i + PART);
      if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
        end--;
      }
      parts.add(CodeBlock.of("$S", s.substring(i, end)));
      i = end - PART;
    }
    if (parts.isEmpty()) {
      parts.add(CodeBlock.of("$S", ""));
    }
    return CodeBlock.join(parts, ", ");
  }
}
