package dev.burstgrid.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The texts to mask, indexed by their first {@value #MIN_LENGTH} characters, so that masking a
 * line costs a look-up per character however many secrets a run has learnt (a load test may learn
 * a session token per iteration, and tokens often share a prefix, as JWTs do): where a prefix
 * matches, one set look-up per distinct length of the forms with that prefix. Secrets are added
 * while other threads mask.
 */
final class SecretForms {
  static final int MIN_LENGTH = 4;
  private static final int FILTER_BITS = 16;

  private final Set<String> secrets = ConcurrentHashMap.newKeySet();
  private final Set<String> forms = ConcurrentHashMap.newKeySet();
  /** The distinct lengths, longest first, of the forms that start with each MIN_LENGTH characters. */
  private final Map<String, int[]> lengthsByPrefix = new ConcurrentHashMap<>();
  /** Set where some form's prefix hashes to: most windows of a line miss here, before any look-up. */
  private final boolean[] filter = new boolean[1 << FILTER_BITS];
  /** Written after the filter, read before it: a masking thread sees every form added before. */
  private volatile int count;

  /**
   * Most secrets learnt at run time kept at once: a load test that logs in every iteration
   * learns a token per iteration, and keeping them all would grow without bound. Past it the
   * oldest learnt one is forgotten (its iteration is long over); declared ones stay.
   */
  static final int MAX_LEARNT = 10_000;

  private final Map<String, List<String>> learntForms = new HashMap<>(); // guarded by this
  private final ArrayDeque<String> learntOrder = new ArrayDeque<>(); // guarded by this

  boolean knows(String secret) {
    return secrets.contains(secret);
  }

  boolean isEmpty() {
    return count == 0;
  }

  /**
   * Masks {@code forms} (each at least MIN_LENGTH characters), the forms of {@code secret};
   * {@code learnt} when it became known at run time (then it may be forgotten, see {@link
   * #MAX_LEARNT}).
   */
  synchronized void add(String secret, List<String> forms, boolean learnt) {
    if (!secrets.add(secret)) {
      return;
    }
    List<String> added = new ArrayList<>();
    for (String form : forms) {
      if (!this.forms.add(form)) {
        continue;
      }
      added.add(form);
      String prefix = form.substring(0, MIN_LENGTH);
      int[] known = lengthsByPrefix.getOrDefault(prefix, new int[0]);
      if (Arrays.stream(known).noneMatch(n -> n == form.length())) {
        lengthsByPrefix.put(prefix, IntStream.concat(Arrays.stream(known), IntStream.of(form.length()))
            .boxed().sorted(Comparator.reverseOrder()).mapToInt(Integer::intValue).toArray());
      }
      filter[slot(prefix.hashCode())] = true;
    }
    if (learnt) {
      learntForms.put(secret, added);
      learntOrder.add(secret);
      if (learntOrder.size() > MAX_LEARNT) {
        forget(learntOrder.remove());
      }
    }
    count = secrets.size();
  }

  // Its prefix lengths and filter bit stay: they only make a look-up that then misses.
  private void forget(String secret) {
    secrets.remove(secret);
    forms.removeAll(learntForms.remove(secret));
  }

  /** {@code text} with each occurrence of a form replaced by {@code mask}, the longest form first. */
  String replaceAll(String text, String mask) {
    if (count == 0 || text.length() < MIN_LENGTH) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i + MIN_LENGTH <= text.length()) {
      int found = filter[slot(windowHash(text, i))] ? formAt(text, i) : 0;
      if (found == 0) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).append(mask);
      i += found;
      copied = i;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** The length of the longest form at {@code i}; 0 when none starts there. */
  private int formAt(String text, int i) {
    int[] lengths = lengthsByPrefix.get(text.substring(i, i + MIN_LENGTH));
    if (lengths != null) {
      for (int n : lengths) {
        if (i + n <= text.length() && forms.contains(text.substring(i, i + n))) {
          return n;
        }
      }
    }
    return 0;
  }

  /** The hash of the MIN_LENGTH characters at {@code i}, as {@link String#hashCode} computes it. */
  private static int windowHash(String text, int i) {
    int h = 0;
    for (int k = i; k < i + MIN_LENGTH; k++) {
      h = 31 * h + text.charAt(k);
    }
    return h;
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> FILTER_BITS)) & ((1 << FILTER_BITS) - 1);
  }
}
