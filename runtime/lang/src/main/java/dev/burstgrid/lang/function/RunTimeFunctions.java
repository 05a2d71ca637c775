package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.function.FunctionSpec.returns;
import static dev.burstgrid.lang.value.Type.NUMBER;
import static dev.burstgrid.lang.value.Type.STRING;

import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Functions whose result differs from call to call, so the compiler leaves them to the run:
 * {@code uuid}, {@code timestamp} (as Terraform's) and the random data helpers {@code random_int}
 * and {@code random_string} (seedable, see {@link GridRandom}).
 */
final class RunTimeFunctions {
  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final int MAX_STRING = 1_000_000;

  private RunTimeFunctions() {}

  static List<Function> all() {
    return List.of(
        FunctionSpec.of("uuid", "A random version 4 UUID, such as \"b5ee72a3-54dd-4f3c-b4e2-4f4b7e7f4a1c\".",
            params(), returns(STRING), args -> Value.string(uuid())).impure(),
        FunctionSpec.of("timestamp", "The current UTC time in RFC 3339 form, such as \"2018-05-13T07:44:12Z\".",
            params(), returns(STRING), args -> Value.string(timestamp())).impure(),
        FunctionSpec.of("random_int", "A random whole number between min and max, both included.",
            params(Param.of("min", NUMBER), Param.of("max", NUMBER)), returns(NUMBER),
            RunTimeFunctions::randomInt).impure(),
        FunctionSpec.of("random_string", "A random string of length letters and digits.",
            params(Param.of("length", NUMBER)), returns(STRING), RunTimeFunctions::randomString).impure());
  }

  private static String uuid() {
    long hi = (GridRandom.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long lo = (GridRandom.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return new UUID(hi, lo).toString();
  }

  private static String timestamp() {
    return DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
  }

  private static Value randomInt(List<Value> args) throws FunctionException {
    long min = whole(args, 0);
    long max = whole(args, 1);
    if (min > max) {
      throw new FunctionException(1, "max (" + max + ") must not be less than min (" + min + ").");
    }
    return Value.number(GridRandom.between(min, max));
  }

  private static Value randomString(List<Value> args) throws FunctionException {
    long length = whole(args, 0);
    if (length < 0 || length > MAX_STRING) {
      throw new FunctionException(0, "the length must be between 0 and " + MAX_STRING + ", not " + length + ".");
    }
    StringBuilder sb = new StringBuilder((int) length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHANUMERIC.charAt((int) GridRandom.between(0, ALPHANUMERIC.length() - 1)));
    }
    return Value.string(sb.toString());
  }

  private static long whole(List<Value> args, int i) throws FunctionException {
    BigDecimal n = Args.num(args, i);
    try {
      return n.longValueExact();
    } catch (ArithmeticException e) {
      throw new FunctionException(i, "a whole number is required, not " + Args.text(n) + ".");
    }
  }
}
