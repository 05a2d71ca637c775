package dev.burstgrid.modules.websocket;

import dev.burstgrid.lang.ArgumentCheck;
import dev.burstgrid.lang.value.Value;
import java.util.Base64;
import java.util.Map;

/** Bytes in grids are written as base64 text (HCL strings hold text, not bytes). */
public final class Base64Argument {
  private Base64Argument() {}

  /**
   * Decodes an argument's base64 text.
   *
   * @throws IllegalArgumentException naming the argument when the text is not base64
   */
  public static byte[] decode(String argument, String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(argument + " " + problem(e), e);
    }
  }

  /** Reports {@code argument} when it is known text that is not base64 (a compile-time check). */
  public static void check(Map<String, Value> known, String argument, ArgumentCheck.Problems problems) {
    if (known.get(argument) instanceof Value.Str text) {
      try {
        Base64.getDecoder().decode(text.value());
      } catch (IllegalArgumentException e) {
        problems.report(argument, "it " + problem(e) + ".");
      }
    }
  }

  private static String problem(IllegalArgumentException e) {
    return "must be base64 text (such as base64encode(\"hi\")): " + e.getMessage();
  }
}
