package dev.burstgrid.compiler.codegen;

/**
 * Java-style spellings of HCL names; the {@code NameAllocator} makes them legal and unique.
 * Characters outside ASCII are dropped like separators, so generated source stays ASCII.
 */
final class Identifiers {
  private Identifiers() {}

  /** {@code http_request_first} → {@code httpRequestFirst}. */
  static String camel(String hcl) {
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < hcl.length(); i++) {
      char c = hcl.charAt(i);
      if (c == '_' || c == '-' || c > 0x7e) {
        upper = sb.length() > 0;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : sb.length() == 0 ? Character.toLowerCase(c) : c);
        upper = false;
      }
    }
    return sb.length() == 0 ? "step" : sb.toString();
  }

  /** {@code http_request_first} → {@code HTTP_REQUEST_FIRST}. */
  static String constant(String hcl) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < hcl.length(); i++) {
      char c = hcl.charAt(i);
      if (c == '-' || c > 0x7e) {
        c = '_';
      }
      if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(hcl.charAt(i - 1))) {
        sb.append('_');
      }
      sb.append(Character.toUpperCase(c));
    }
    return sb.toString();
  }

  /** {@code http_count_static} → {@code HttpCountStatic}. */
  static String type(String hcl) {
    String camel = camel(hcl.replaceAll("[^A-Za-z0-9_]", "_"));
    String t = Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    return Character.isJavaIdentifierStart(t.charAt(0)) ? t : "G" + t;
  }
}
