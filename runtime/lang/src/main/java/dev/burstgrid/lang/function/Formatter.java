package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.function.FunctionSpec.returns;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code format} and {@code formatlist}: printf-style verbs over values, as cty defines them.
 * Widths and precisions count grapheme clusters; numbers are formatted from exact decimals.
 */
final class Formatter {
  private Formatter() {}

  static final Function FORMAT =
      FunctionSpec.variadic(
          "format",
          "Produces a string by formatting values according to a printf-style specification.",
          params(Param.of("format", Type.STRING)),
          new Param("args", Type.ANY, true, true),
          returns(Type.STRING),
          args -> {
            List<Value> values = args.subList(1, args.size());
            for (Value v : values) {
              if (!FunctionCalls.isWhollyKnown(v)) {
                return Value.unknown(Type.STRING);
              }
            }
            return Value.string(format(Args.str(args, 0), values));
          });

  static final Function FORMATLIST =
      FunctionSpec.variadic(
          "formatlist",
          "Formats each element of lists (and repeated single values) into a list of strings.",
          params(Param.of("format", Type.STRING)),
          new Param("args", Type.ANY, true, true),
          returns(new Type.ListOf(Type.STRING)),
          Formatter::formatList);

  private static Value formatList(List<Value> args) throws FunctionException {
    String fmt = Args.str(args, 0);
    List<Value> values = args.subList(1, args.size());
    int length = -1;
    int lengthFrom = -1;
    for (int i = 0; i < values.size(); i++) {
      Value v = values.get(i);
      if (!v.isNull() && Args.isSequence(v.type())) {
        if (!v.isKnown()) {
          return Value.unknown(new Type.ListOf(Type.STRING));
        }
        int n = Args.elements(v).size();
        if (length < 0) {
          length = n;
          lengthFrom = i;
        } else if (n != length) {
          throw new FunctionException(
              i + 1,
              String.format(
                  "argument %d has length %d, which is inconsistent with argument %d of length %d",
                  i + 1, n, lengthFrom + 1, length));
        }
      } else if (!v.isKnown()) {
        return Value.unknown(new Type.ListOf(Type.STRING));
      }
    }
    int rounds = length < 0 ? 1 : length;
    List<Value> out = new ArrayList<>(rounds);
    for (int r = 0; r < rounds; r++) {
      List<Value> row = new ArrayList<>(values.size());
      boolean known = true;
      for (Value v : values) {
        Value item = !v.isNull() && Args.isSequence(v.type()) ? Args.elements(v).get(r) : v;
        known &= FunctionCalls.isWhollyKnown(item);
        row.add(item);
      }
      if (!known) {
        out.add(Value.unknown(Type.STRING));
        continue;
      }
      try {
        out.add(Value.string(format(fmt, row)));
      } catch (FunctionException e) {
        throw new FunctionException("error on format iteration " + r + ": " + e.getMessage());
      }
    }
    return Args.list(Type.STRING, out);
  }

  /** One parsed {@code %…} sequence. */
  static final class Verb {
    String raw;
    int offset;
    int argNum;
    char mode;
    boolean zero;
    boolean sharp;
    boolean plus;
    boolean minus;
    boolean space;
    int width = -1;
    int prec = -1;
  }

  static String format(String fmt, List<Value> args) throws FunctionException {
    StringBuilder out = new StringBuilder();
    int nextArg = 1;
    int maxUsed = 0;
    int i = 0;
    while (i < fmt.length()) {
      char c = fmt.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '%') {
        out.append('%');
        i += 2;
        continue;
      }
      Verb verb = new Verb();
      verb.offset = i;
      verb.argNum = nextArg;
      int p = i + 1;
      for (; p < fmt.length(); p++) {
        char f = fmt.charAt(p);
        if (f == '0') {
          verb.zero = true;
        } else if (f == '#') {
          verb.sharp = true;
        } else if (f == '-') {
          verb.minus = true;
        } else if (f == '+') {
          verb.plus = true;
        } else if (f == ' ') {
          verb.space = true;
        } else {
          break;
        }
      }
      if (p < fmt.length() && fmt.charAt(p) == '[') {
        int close = fmt.indexOf(']', p);
        String digits = close < 0 ? "" : fmt.substring(p + 1, close);
        if (!digits.matches("[1-9][0-9]{0,8}")) {
          throw new FunctionException(0, "invalid format string starting at offset " + p);
        }
        verb.argNum = Integer.parseInt(digits);
        p = close + 1;
      }
      int start = p;
      while (p < fmt.length() && Character.isDigit(fmt.charAt(p))) {
        p++;
      }
      if (p > start) {
        verb.width = parseCount(fmt.substring(start, p), start);
      }
      if (p < fmt.length() && fmt.charAt(p) == '.') {
        p++;
        start = p;
        while (p < fmt.length() && Character.isDigit(fmt.charAt(p))) {
          p++;
        }
        verb.prec = p > start ? parseCount(fmt.substring(start, p), start) : 0;
      }
      if (p >= fmt.length()) {
        throw new FunctionException(0, "invalid format string starting at offset " + i);
      }
      char mode = fmt.charAt(p);
      if (!Character.isLetter(mode) || mode > 0x7F) {
        throw new FunctionException(
            0, String.format("unrecognized format character '%c' at offset %d", mode, p));
      }
      verb.mode = mode;
      verb.raw = fmt.substring(i, p + 1);
      appendVerb(verb, out, args);
      maxUsed = Math.max(maxUsed, verb.argNum);
      nextArg = verb.argNum + 1;
      i = p + 1;
    }
    if (args.size() > maxUsed) {
      throw new FunctionException(
          maxUsed == 0
              ? "too many arguments; no verbs in format string"
              : "too many arguments; only " + maxUsed + " used by format string");
    }
    return out.toString();
  }

  private static int parseCount(String digits, int offset) throws FunctionException {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new FunctionException(0, "invalid format string starting at offset " + offset);
    }
  }

  private static void appendVerb(Verb verb, StringBuilder out, List<Value> args)
      throws FunctionException {
    if (verb.argNum > args.size()) {
      throw new FunctionException(
          String.format(
              "not enough arguments for \"%s\" at %d: need index %d but have %d total",
              verb.raw, verb.offset, verb.argNum, args.size()));
    }
    Value arg = args.get(verb.argNum - 1);
    if (verb.mode != 'v' && arg.isNull()) {
      throw failure(verb, "null value cannot be formatted");
    }
    switch (verb.mode) {
      case 'v' -> out.append(pad(verb, asIs(verb, arg)));
      case 't' -> out.append(((Value.Bool) convert(verb, arg, Type.BOOL)).value());
      case 'b', 'd', 'o', 'x', 'X', 'e', 'E', 'f', 'g', 'G' -> out.append(
          NumberFormat.format(verb, ((Value.Num) convert(verb, arg, Type.NUMBER)).value()));
      case 's', 'q' -> out.append(string(verb, ((Value.Str) convert(verb, arg, Type.STRING)).value()));
      default -> throw new FunctionException(
          String.format(
              "unsupported format verb '%c' in \"%s\" at offset %d", verb.mode, verb.raw, verb.offset));
    }
  }

  private static String asIs(Verb verb, Value arg) {
    if (!verb.sharp && arg instanceof Value.Str s) {
      return s.value();
    }
    if (!verb.sharp && arg instanceof Value.Num n) {
      return NumberFormat.shortestG(n.value());
    }
    return Json.encodeHtmlSafe(arg);
  }

  private static String string(Verb verb, String s) {
    if (verb.prec > 0) {
      List<String> chars = Strings.graphemes(s);
      if (verb.prec < chars.size()) {
        s = String.join("", chars.subList(0, verb.prec));
      }
    }
    if (verb.mode == 'q') {
      s = Json.encodeHtmlSafe(Value.string(s));
    }
    return pad(verb, s);
  }

  static FunctionException failure(Verb verb, String detail) {
    return new FunctionException(
        String.format("unsupported value for \"%s\" at %d: %s", verb.raw, verb.offset, detail));
  }

  private static Value convert(Verb verb, Value v, Type want) throws FunctionException {
    try {
      return Conversions.convert(v, want);
    } catch (Conversions.Failure e) {
      throw failure(verb, e.getMessage());
    }
  }

  /** Pads to the verb's width in grapheme clusters, with spaces or zeros. */
  static String pad(Verb verb, String s) {
    if (verb.width < 0) {
      return s;
    }
    int have = Strings.graphemeCount(s);
    if (have >= verb.width) {
      return s;
    }
    String pads = Strings.repeat(verb.zero ? '0' : ' ', verb.width - have);
    return verb.minus ? s + pads : pads + s;
  }
}
