package dev.burstgrid.compiler.schema;

/** Java component names to HCL names: {@code stripPrefix} → {@code strip_prefix}. */
final class Names {
  private Names() {}

  static String snakeCase(String javaName) {
    StringBuilder sb = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0 && javaName.charAt(i - 1) != '_') {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
