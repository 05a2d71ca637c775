package dev.burstgrid.lang.function;

import java.math.BigInteger;

/** An IPv4 or IPv6 address as a number, parsed and printed without any name lookup. */
record IpAddress(BigInteger value, int bits) {

  static IpAddress parse(String s) {
    if (s.indexOf(':') >= 0) {
      return parse6(s);
    }
    BigInteger v = parse4(s);
    return v == null ? null : new IpAddress(v, 32);
  }

  private static BigInteger parse4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    long v = 0;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
          || (p.length() > 1 && p.charAt(0) == '0')) {
        return null;
      }
      int n = Integer.parseInt(p);
      if (n > 255) {
        return null;
      }
      v = (v << 8) | n;
    }
    return BigInteger.valueOf(v);
  }

  private static IpAddress parse6(String s) {
    int[] groups = new int[8];
    String head = s;
    String tail = "";
    int dbl = s.indexOf("::");
    if (dbl >= 0) {
      head = s.substring(0, dbl);
      tail = s.substring(dbl + 2);
      if (tail.contains("::")) {
        return null;
      }
    }
    int[] h = groups(head);
    int[] t = groups(tail);
    if (h == null || t == null) {
      return null;
    }
    if (dbl < 0 ? h.length != 8 : h.length + t.length > 7) {
      return null;
    }
    System.arraycopy(h, 0, groups, 0, h.length);
    System.arraycopy(t, 0, groups, 8 - t.length, t.length);
    BigInteger v = BigInteger.ZERO;
    for (int g : groups) {
      v = v.shiftLeft(16).or(BigInteger.valueOf(g));
    }
    return new IpAddress(v, 128);
  }

  /** Hex groups, where an IPv4 tail counts as two groups. */
  private static int[] groups(String s) {
    if (s.isEmpty()) {
      return new int[0];
    }
    String[] parts = s.split(":", -1);
    boolean v4Tail = parts[parts.length - 1].contains(".");
    int[] out = new int[parts.length + (v4Tail ? 1 : 0)];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (v4Tail && i == parts.length - 1) {
        BigInteger v4 = parse4(p);
        if (v4 == null) {
          return null;
        }
        out[i] = v4.intValue() >>> 16;
        out[i + 1] = v4.intValue() & 0xFFFF;
        continue;
      }
      if (p.isEmpty() || p.length() > 4 || !p.matches("[0-9a-fA-F]+")) {
        return null;
      }
      out[i] = Integer.parseInt(p, 16);
    }
    return out;
  }

  @Override
  public String toString() {
    if (bits == 32) {
      long v = value.longValue();
      return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xFFFF;
    }
    // The longest run of two or more zero groups becomes "::".
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }
}
