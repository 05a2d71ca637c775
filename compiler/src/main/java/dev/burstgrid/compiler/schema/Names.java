package dev.burstgrid.compiler.schema;

/**
 * Names in schemas: Java component names to HCL names ({@code stripPrefix} → {@code
 * strip_prefix}, {@code baseURL} → {@code base_url}, {@code parseHTTPBody} → {@code
 * parse_http_body}; names already in snake_case stay as they are), and classes as errors name them.
 */
final class Names {
  private Names() {}

  static String snakeCase(String javaName) {
    StringBuilder sb = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        if (startsWord(javaName, i)) {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** An upper-case letter after a lower-case one or a digit, or the last capital of an acronym before a word. */
  private static boolean startsWord(String name, int i) {
    if (i == 0) {
      return false;
    }
    char before = name.charAt(i - 1);
    if (Character.isLowerCase(before) || Character.isDigit(before)) {
      return true;
    }
    return Character.isUpperCase(before) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
  }

  /** {@code HttpRequestRunner.Input}: a class as Java source names it within its package. */
  static String ofClass(Class<?> k) {
    String canonical = k.getCanonicalName();
    String name = canonical == null ? k.getName() : canonical;
    return name.substring(k.getPackageName().isEmpty() ? 0 : k.getPackageName().length() + 1);
  }
}
