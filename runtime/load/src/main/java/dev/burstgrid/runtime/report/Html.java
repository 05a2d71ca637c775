package dev.burstgrid.runtime.report;

/** Escaping for text and attribute values in the HTML report. */
final class Html {

  private Html() {}

  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }

  /** A number for a table cell: four significant digits, no exponent. */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return "–";
    }
    return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
