package dev.burstgrid.modules.websocket;

import java.util.Base64;

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
      throw new IllegalArgumentException(
          argument + " must be base64 text (such as base64encode(\"hi\")): " + e.getMessage(), e);
    }
  }
}
