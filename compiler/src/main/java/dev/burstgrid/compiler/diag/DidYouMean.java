package dev.burstgrid.compiler.diag;

import java.util.Collection;
import java.util.Optional;

/** Suggests the closest known name for a misspelt one (Levenshtein distance). */
public final class DidYouMean {
  private DidYouMean() {}

  /** The candidate nearest to {@code given}, if it is close enough to be a likely typo. */
  public static Optional<String> suggest(String given, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(given.toLowerCase(), candidate.toLowerCase());
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    int limit = Math.max(1, Math.min(3, given.length() / 3 + 1));
    return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** {@code " Did you mean \"x\"?"} or the empty string. */
  public static String phrase(String given, Collection<String> candidates) {
    return suggest(given, candidates).map(s -> " Did you mean \"" + s + "\"?").orElse("");
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
