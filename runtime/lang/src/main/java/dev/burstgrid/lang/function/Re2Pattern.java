package dev.burstgrid.lang.function;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression in RE2 syntax (Terraform's) compiled to a Java pattern: named groups
 * {@code (?P<name>…)} and POSIX classes {@code [[:alpha:]]} are translated, and {@code .}
 * and {@code $} treat only {@code \n} as a line end, as RE2 does.
 */
final class Re2Pattern {
  private static final Map<String, String> POSIX =
      Map.ofEntries(
          Map.entry("alnum", "\\p{Alnum}"),
          Map.entry("alpha", "\\p{Alpha}"),
          Map.entry("ascii", "\\p{ASCII}"),
          Map.entry("blank", "\\p{Blank}"),
          Map.entry("cntrl", "\\p{Cntrl}"),
          Map.entry("digit", "\\p{Digit}"),
          Map.entry("graph", "\\p{Graph}"),
          Map.entry("lower", "\\p{Lower}"),
          Map.entry("print", "\\p{Print}"),
          Map.entry("punct", "\\p{Punct}"),
          Map.entry("space", "\\s\\x0B"),
          Map.entry("upper", "\\p{Upper}"),
          Map.entry("word", "\\w"),
          Map.entry("xdigit", "\\p{XDigit}"));

  final Pattern pattern;
  /** Names of capture groups 1..n; null entries for unnamed groups. */
  final List<String> groupNames;

  private Re2Pattern(Pattern pattern, List<String> groupNames) {
    this.pattern = pattern;
    this.groupNames = Collections.unmodifiableList(groupNames);
  }

  /** Recently used patterns: generated code may apply the same pattern on every request. */
  private static final int CACHE_SIZE = 256;

  private static final Map<String, Re2Pattern> CACHE = new ConcurrentHashMap<>();

  private static final Pattern UNGREEDY_FLAG = Pattern.compile("\\(\\?[a-zA-Z]*U[a-zA-Z]*[:)]");

  static Re2Pattern compile(String re2, int argIndex) throws FunctionException {
    Re2Pattern cached = CACHE.get(re2);
    if (cached != null) {
      return cached;
    }
    Re2Pattern p = translateAndCompile(re2, argIndex);
    if (CACHE.size() >= CACHE_SIZE) {
      CACHE.clear();
    }
    CACHE.put(re2, p);
    return p;
  }

  private static Re2Pattern translateAndCompile(String re2, int argIndex)
      throws FunctionException {
    if (UNGREEDY_FLAG.matcher(re2).find()) {
      // Java's U flag means something else (Unicode classes); refuse rather than mislead.
      throw new FunctionException(
          argIndex, "invalid regexp pattern: the U (ungreedy) flag is not supported; use lazy"
              + " quantifiers such as +? instead");
    }
    List<String> names = new ArrayList<>();
    String java = translate(re2, names);
    try {
      return new Re2Pattern(Pattern.compile(java, Pattern.UNIX_LINES), names);
    } catch (PatternSyntaxException e) {
      throw new FunctionException(
          argIndex, "invalid regexp pattern: " + e.getDescription() + " in " + re2);
    }
  }

  /** The type a match produces: string, tuple of strings, or object of strings. */
  Type resultType(int argIndex) throws FunctionException {
    long named = groupNames.stream().filter(n -> n != null).count();
    if (groupNames.isEmpty()) {
      return Type.STRING;
    }
    if (named > 0 && named < groupNames.size()) {
      throw new FunctionException(
          argIndex, "invalid regexp pattern: cannot mix both named and unnamed capture groups");
    }
    if (named == 0) {
      return new Type.TupleOf(Collections.nCopies(groupNames.size(), Type.STRING));
    }
    Map<String, Type> attrs = new TreeMap<>();
    groupNames.forEach(n -> attrs.put(n, Type.STRING));
    return Type.ObjectOf.of(attrs);
  }

  /** The value of the current match of {@code m}, shaped as {@link #resultType}. */
  Value result(Matcher m) {
    if (groupNames.isEmpty()) {
      return Value.string(m.group());
    }
    if (groupNames.get(0) == null) {
      List<Value> items = new ArrayList<>();
      for (int g = 1; g <= groupNames.size(); g++) {
        items.add(group(m, g));
      }
      return new Value.TupleValue(items);
    }
    Map<String, Value> attrs = new TreeMap<>();
    for (int g = 1; g <= groupNames.size(); g++) {
      attrs.put(groupNames.get(g - 1), group(m, g));
    }
    return Value.ObjectValue.of(attrs);
  }

  private static Value group(Matcher m, int g) {
    String s = m.group(g);
    return s == null ? Value.nullOf(Type.STRING) : Value.string(s);
  }

  /** Index of the group named {@code name}, or -1. */
  int groupIndex(String name) {
    int i = groupNames.indexOf(name);
    return i < 0 ? -1 : i + 1;
  }

  private static String translate(String re, List<String> names) {
    // Without the m flag RE2's $ matches only at the very end; Java's also before a final \n.
    boolean multiline = Pattern.compile("\\(\\?[a-zA-Z]*m").matcher(re).find();
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    int i = 0;
    while (i < re.length()) {
      char c = re.charAt(i);
      if (c == '\\' && re.startsWith("{", i + 2) && "pP".indexOf(re.charAt(i + 1)) >= 0) {
        // RE2 names scripts bare (\p{Greek}); Java wants them prefixed (\p{IsGreek}).
        int close = re.indexOf('}', i);
        if (close > 0) {
          String name = re.substring(i + 3, close);
          boolean category = name.length() <= 2 || name.startsWith("^");
          out.append(re, i, i + 3).append(category ? "" : "Is").append(name).append('}');
          i = close + 1;
          continue;
        }
      }
      if (c == '\\' && i + 1 < re.length()) {
        out.append(c).append(re.charAt(i + 1));
        i += 2;
        if (re.charAt(i - 1) == 'Q') {
          int end = re.indexOf("\\E", i);
          end = end < 0 ? re.length() : end + 2;
          out.append(re, i, end);
          i = end;
        }
        continue;
      }
      if (inClass) {
        if (c == '[' && re.startsWith("[:", i)) {
          int end = re.indexOf(":]", i + 2);
          if (end > 0) {
            String name = re.substring(i + 2, end);
            boolean negate = name.startsWith("^");
            String cls = POSIX.get(negate ? name.substring(1) : name);
            if (cls != null) {
              out.append(negate ? negatePosix(cls) : cls);
              i = end + 2;
              continue;
            }
          }
        }
        if (c == '[' || c == '&') {
          out.append('\\').append(c);
        } else {
          if (c == ']') {
            inClass = false;
          }
          out.append(c);
        }
        i++;
        continue;
      }
      if (c == '[') {
        inClass = true;
        out.append(c);
        i++;
        // A ']' first in a class (after an optional '^') is a literal.
        if (i < re.length() && re.charAt(i) == '^') {
          out.append('^');
          i++;
        }
        if (i < re.length() && re.charAt(i) == ']') {
          out.append("\\]");
          i++;
        }
        continue;
      }
      if (c == '$' && !multiline) {
        out.append("\\z");
        i++;
        continue;
      }
      if (c == '(') {
        if (re.startsWith("(?P<", i) || (re.startsWith("(?<", i) && !re.startsWith("(?<=", i)
            && !re.startsWith("(?<!", i))) {
          int start = re.indexOf('<', i) + 1;
          int end = re.indexOf('>', start);
          if (end > 0) {
            names.add(re.substring(start, end));
            out.append('(');
            i = end + 1;
            continue;
          }
        } else if (!re.startsWith("(?", i)) {
          names.add(null);
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static String negatePosix(String cls) {
    if (cls.startsWith("\\p")) {
      return "\\P" + cls.substring(2);
    }
    return cls.equals("\\w") ? "\\W" : "\\S";
  }
}
