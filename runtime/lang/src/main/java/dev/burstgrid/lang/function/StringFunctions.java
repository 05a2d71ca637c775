package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.Args.str;
import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.function.FunctionSpec.returns;
import static dev.burstgrid.lang.value.Type.BOOL;
import static dev.burstgrid.lang.value.Type.NUMBER;
import static dev.burstgrid.lang.value.Type.STRING;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;

/** Terraform's string functions. */
final class StringFunctions {
  private StringFunctions() {}

  private static final Type LIST_OF_STRING = new Type.ListOf(STRING);

  static List<Function> all() {
    return List.of(
        FunctionSpec.of(
            "chomp",
            "Removes newline characters at the end of a string.",
            params(Param.of("str", STRING)),
            returns(STRING),
            args -> Value.string(str(args, 0).replaceFirst("(?:\r\n|\r|\n)+$", ""))),
        FunctionSpec.of(
            "endswith",
            "Checks whether a string ends with the given suffix.",
            params(Param.of("str", STRING), Param.of("suffix", STRING)),
            returns(BOOL),
            args -> Value.bool(str(args, 0).endsWith(str(args, 1)))),
        FunctionSpec.of(
            "startswith",
            "Checks whether a string starts with the given prefix.",
            params(Param.of("str", STRING), Param.of("prefix", STRING)),
            returns(BOOL),
            args -> Value.bool(str(args, 0).startsWith(str(args, 1)))),
        FunctionSpec.of(
            "strcontains",
            "Checks whether a substring occurs within a string.",
            params(Param.of("str", STRING), Param.of("substr", STRING)),
            returns(BOOL),
            args -> Value.bool(str(args, 0).contains(str(args, 1)))),
        Formatter.FORMAT,
        Formatter.FORMATLIST,
        FunctionSpec.of(
            "indent",
            "Adds a number of spaces to the beginnings of all but the first line of a string.",
            params(Param.of("spaces", NUMBER), Param.of("str", STRING)),
            returns(STRING),
            args -> {
              int spaces = Args.wholeInt(args, 0);
              if (spaces < 0) {
                throw new FunctionException(0, "the number of spaces must not be negative");
              }
              String pad = " ".repeat(spaces);
              return Value.string(str(args, 1).replace("\n", "\n" + pad));
            }),
        FunctionSpec.variadic(
            "join",
            "Concatenates the elements of lists of strings, with a separator between them.",
            params(Param.of("separator", STRING)),
            Param.of("lists", LIST_OF_STRING),
            returns(STRING),
            StringFunctions::join),
        FunctionSpec.of(
            "lower",
            "Converts all cased letters in a string to lower case.",
            params(Param.of("str", STRING)),
            returns(STRING),
            args -> Value.string(mapCodePoints(str(args, 0), Character::toLowerCase))),
        FunctionSpec.of(
            "upper",
            "Converts all cased letters in a string to upper case.",
            params(Param.of("str", STRING)),
            returns(STRING),
            args -> Value.string(mapCodePoints(str(args, 0), Character::toUpperCase))),
        FunctionSpec.of(
            "title",
            "Converts the first letter of each word in a string to upper case.",
            params(Param.of("str", STRING)),
            returns(STRING),
            args -> Value.string(title(str(args, 0)))),
        FunctionSpec.of(
            "regex",
            "Applies a regular expression to a string and returns the matching substrings.",
            params(Param.of("pattern", STRING), Param.of("string", STRING)),
            returns(Type.ANY),
            StringFunctions::regex),
        FunctionSpec.of(
            "regexall",
            "Applies a regular expression to a string and returns a list of all matches.",
            params(Param.of("pattern", STRING), Param.of("string", STRING)),
            returns(new Type.ListOf(Type.ANY)),
            StringFunctions::regexAll),
        FunctionSpec.of(
            "replace",
            "Replaces each occurrence of a substring (or /regex/ match) with a replacement.",
            params(
                Param.of("str", STRING), Param.of("substr", STRING), Param.of("replace", STRING)),
            returns(STRING),
            StringFunctions::replace),
        FunctionSpec.of(
            "split",
            "Divides a string into a list of the parts between each separator.",
            params(Param.of("separator", STRING), Param.of("str", STRING)),
            returns(LIST_OF_STRING),
            args -> Args.strings(split(str(args, 1), str(args, 0)))),
        FunctionSpec.of(
            "strrev",
            "Reverses the characters (grapheme clusters) of a string.",
            params(Param.of("str", STRING)),
            returns(STRING),
            args -> {
              List<String> chars = Strings.graphemes(str(args, 0));
              Collections.reverse(chars);
              return Value.string(String.join("", chars));
            }),
        FunctionSpec.of(
            "substr",
            "Extracts a substring by offset and length, in characters.",
            params(Param.of("str", STRING), Param.of("offset", NUMBER), Param.of("length", NUMBER)),
            returns(STRING),
            StringFunctions::substr),
        FunctionSpec.of(
            "trim",
            "Removes the given characters from the start and end of a string.",
            params(Param.of("str", STRING), Param.of("cutset", STRING)),
            returns(STRING),
            args -> Value.string(trim(str(args, 0), str(args, 1)))),
        FunctionSpec.of(
            "trimprefix",
            "Removes a prefix from the start of a string, once, if present.",
            params(Param.of("str", STRING), Param.of("prefix", STRING)),
            returns(STRING),
            args -> {
              String s = str(args, 0);
              String p = str(args, 1);
              return Value.string(s.startsWith(p) ? s.substring(p.length()) : s);
            }),
        FunctionSpec.of(
            "trimsuffix",
            "Removes a suffix from the end of a string, once, if present.",
            params(Param.of("str", STRING), Param.of("suffix", STRING)),
            returns(STRING),
            args -> {
              String s = str(args, 0);
              String p = str(args, 1);
              return Value.string(s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
            }),
        FunctionSpec.of(
            "trimspace",
            "Removes white space from the start and end of a string.",
            params(Param.of("str", STRING)),
            returns(STRING),
            args -> Value.string(Strings.trimSpace(str(args, 0)))));
  }

  private static Value join(List<Value> args) throws FunctionException {
    if (args.size() < 2) {
      throw new FunctionException("at least one list is required");
    }
    StringBuilder sb = new StringBuilder();
    String sep = str(args, 0);
    boolean first = true;
    for (int i = 1; i < args.size(); i++) {
      List<Value> items = Args.elements(args.get(i));
      for (int j = 0; j < items.size(); j++) {
        Value item = items.get(j);
        if (item.isNull()) {
          throw new FunctionException(i, "element " + j + " is null; cannot concatenate null values");
        }
        if (!first) {
          sb.append(sep);
        }
        first = false;
        sb.append(((Value.Str) item).value());
      }
    }
    return Value.string(sb.toString());
  }

  static String mapCodePoints(String s, IntUnaryOperator op) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().map(op).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** Go's strings.Title: upper-cases letters that follow a separator. */
  private static String title(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int prev = ' ';
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      sb.appendCodePoint(isWordSeparator(prev) ? Character.toTitleCase(c) : c);
      prev = c;
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  private static boolean isWordSeparator(int c) {
    if (c <= 0x7F) {
      return !(Character.isLetterOrDigit(c) || c == '_');
    }
    if (Character.isLetter(c) || Character.isDigit(c)) {
      return false;
    }
    return Strings.isSpace(c);
  }

  private static Value regex(List<Value> args) throws FunctionException {
    Re2Pattern p = Re2Pattern.compile(str(args, 0), 0);
    p.resultType(0);
    Matcher m = p.pattern.matcher(str(args, 1));
    if (!m.find()) {
      throw new FunctionException("pattern did not match any part of the given string");
    }
    return p.result(m);
  }

  private static Value regexAll(List<Value> args) throws FunctionException {
    Re2Pattern p = Re2Pattern.compile(str(args, 0), 0);
    Type element = p.resultType(0);
    Matcher m = p.pattern.matcher(str(args, 1));
    List<Value> out = new ArrayList<>();
    int previousEnd = -1;
    while (m.find()) {
      if (isAbuttingEmptyMatch(m, previousEnd)) {
        continue;
      }
      out.add(p.result(m));
      previousEnd = m.end();
    }
    return Args.list(element, out);
  }

  private static Value replace(List<Value> args) throws FunctionException {
    String s = str(args, 0);
    String sub = str(args, 1);
    String repl = str(args, 2);
    if (sub.length() > 1 && sub.startsWith("/") && sub.endsWith("/")) {
      Re2Pattern p = Re2Pattern.compile(sub.substring(1, sub.length() - 1), 1);
      Matcher m = p.pattern.matcher(s);
      StringBuilder sb = new StringBuilder();
      int last = 0;
      int previousEnd = -1;
      while (m.find()) {
        if (isAbuttingEmptyMatch(m, previousEnd)) {
          continue;
        }
        previousEnd = m.end();
        sb.append(s, last, m.start());
        expandTemplate(sb, repl, m, p);
        last = m.end();
      }
      sb.append(s, last, s.length());
      return Value.string(sb.toString());
    }
    if (sub.isEmpty()) {
      // Go inserts the replacement around every code point.
      StringBuilder sb = new StringBuilder(repl);
      s.codePoints().forEach(c -> sb.appendCodePoint(c).append(repl));
      return Value.string(sb.toString());
    }
    return Value.string(s.replace(sub, repl));
  }

  /** Go skips an empty match right where the previous match ended; Java reports it. */
  private static boolean isAbuttingEmptyMatch(Matcher m, int previousEnd) {
    return m.start() == m.end() && m.start() == previousEnd;
  }

  /** Go's regexp template: {@code $1}, {@code ${1}}, {@code $name}, {@code ${name}}, {@code $$}. */
  private static void expandTemplate(StringBuilder sb, String template, Matcher m, Re2Pattern p) {
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '$' || i + 1 >= template.length()) {
        sb.append(c);
        i++;
        continue;
      }
      if (template.charAt(i + 1) == '$') {
        sb.append('$');
        i += 2;
        continue;
      }
      String name;
      int next;
      if (template.charAt(i + 1) == '{') {
        int close = template.indexOf('}', i + 2);
        name = close < 0 ? "" : template.substring(i + 2, close);
        next = close + 1;
        if (close < 0 || !isTemplateName(name)) {
          sb.append('$');
          i++;
          continue;
        }
      } else {
        int end = i + 1;
        while (end < template.length() && isNameChar(template.charAt(end))) {
          end++;
        }
        name = template.substring(i + 1, end);
        next = end;
        if (name.isEmpty()) {
          sb.append('$');
          i++;
          continue;
        }
      }
      int group = groupNumber(name, p);
      if (group >= 0 && group <= m.groupCount() && m.group(group) != null) {
        sb.append(m.group(group));
      }
      i = next;
    }
  }

  private static int groupNumber(String name, Re2Pattern p) {
    if (name.chars().allMatch(Character::isDigit)) {
      try {
        return Integer.parseInt(name);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return p.groupIndex(name);
  }

  private static boolean isTemplateName(String name) {
    return !name.isEmpty() && name.chars().allMatch(c -> isNameChar((char) c));
  }

  private static boolean isNameChar(char c) {
    return c == '_' || (c < 0x80 && Character.isLetterOrDigit(c));
  }

  /** Go's strings.Split: an empty separator splits between code points. */
  static List<String> split(String s, String sep) {
    List<String> out = new ArrayList<>();
    if (sep.isEmpty()) {
      s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
      return out;
    }
    int start = 0;
    int at;
    while ((at = s.indexOf(sep, start)) >= 0) {
      out.add(s.substring(start, at));
      start = at + sep.length();
    }
    out.add(s.substring(start));
    return out;
  }

  private static Value substr(List<Value> args) throws FunctionException {
    List<String> chars = Strings.graphemes(str(args, 0));
    int offset = Args.wholeInt(args, 1);
    int length = Args.wholeInt(args, 2);
    if (offset < 0) {
      offset = Math.max(0, offset + chars.size());
    }
    if (offset >= chars.size()) {
      return Value.string("");
    }
    int end = length < 0 ? chars.size() : (int) Math.min((long) offset + length, chars.size());
    return Value.string(String.join("", chars.subList(offset, end)));
  }

  private static String trim(String s, String cutset) {
    int start = 0;
    int end = s.length();
    while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }
}
