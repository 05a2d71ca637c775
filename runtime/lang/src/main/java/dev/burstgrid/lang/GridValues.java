package dev.burstgrid.lang;

import dev.burstgrid.lang.expr.ExprException;
import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Durations;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Marks;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.runtime.DynamicGroup;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.concurrent.CompletionException;

/**
 * Conversions between HCL {@link Value}s and the Java types of runner records, and the small
 * value operations generated code needs (step values, group values, checks, dependencies). Every
 * failure is an exception whose message is meant for the user; the scheduler reports it at
 * the step's HCL location.
 */
public final class GridValues {
  private GridValues() {}

  /** A conversion from a value, for collection elements. */
  @FunctionalInterface
  public interface FromValue<T> {
    T apply(Value v) throws Exception;
  }

  /** A conversion to a value, for collection elements and step outputs. */
  @FunctionalInterface
  public interface ToValue<T> {
    Value apply(T t);
  }

  /** A value computed from completed dependencies. */
  @FunctionalInterface
  public interface Computation {
    Value get() throws Exception;
  }

  // ---- Java → Value ----

  public static Value of(String s) {
    return s == null ? Value.nullOf(Type.STRING) : Value.string(s);
  }

  public static Value of(long n) {
    return Value.number(n);
  }

  public static Value of(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Value.string(Double.toString(d));
    }
    return Value.number(BigDecimal.valueOf(d));
  }

  public static Value of(boolean b) {
    return Value.bool(b);
  }

  public static Value of(Long n) {
    return n == null ? Value.nullOf(Type.NUMBER) : Value.number(n);
  }

  public static Value of(Integer n) {
    return n == null ? Value.nullOf(Type.NUMBER) : Value.number(n.longValue());
  }

  public static Value of(Double d) {
    return d == null ? Value.nullOf(Type.NUMBER) : of(d.doubleValue());
  }

  public static Value of(Boolean b) {
    return b == null ? Value.nullOf(Type.BOOL) : Value.bool(b);
  }

  public static Value of(BigDecimal n) {
    return n == null ? Value.nullOf(Type.NUMBER) : Value.number(n);
  }

  public static Value of(BigInteger n) {
    return n == null ? Value.nullOf(Type.NUMBER) : Value.number(new BigDecimal(n));
  }

  public static Value of(Duration d) {
    return d == null ? Value.nullOf(Type.STRING) : Value.string(Durations.format(d));
  }

  public static Value of(Value v) {
    return v == null ? Value.nullOf(Type.ANY) : v;
  }

  public static <T> Value ofList(List<T> list, Type element, ToValue<? super T> each) {
    if (list == null) {
      return Value.nullOf(new Type.ListOf(element));
    }
    List<Value> out = new ArrayList<>(list.size());
    for (T t : list) {
      out.add(each.apply(t));
    }
    return new Value.ListValue(element, out);
  }

  public static <T> Value ofSet(Set<T> set, Type element, ToValue<? super T> each) {
    if (set == null) {
      return Value.nullOf(new Type.SetOf(element));
    }
    List<Value> out = new ArrayList<>(set.size());
    for (T t : set) {
      out.add(each.apply(t));
    }
    try {
      return Convert.to(new Value.TupleValue(out), new Type.SetOf(element));
    } catch (ConversionException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  public static <T> Value ofMap(Map<String, T> map, Type element, ToValue<? super T> each) {
    if (map == null) {
      return Value.nullOf(new Type.MapOf(element));
    }
    TreeMap<String, Value> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k, each.apply(v)));
    return new Value.MapValue(element, out);
  }

  /** An object from attribute names and values in the same order. */
  public static Value object(String[] names, Value... values) {
    TreeMap<String, Value> attrs = new TreeMap<>();
    for (int i = 0; i < names.length; i++) {
      attrs.put(names[i], values[i]);
    }
    return new Value.ObjectValue(attrs);
  }

  /** {@code {output = output}}: how HCL sees one step instance. */
  public static Value stepValue(Value output) {
    return object(new String[] {"output"}, output);
  }

  /**
   * {@code race}: {@code {winner = "step.R.N", index = i, output = {...}}} of the contender that won a
   * step's depends_on_any; {@code output} is the winner's output as a value.
   */
  public static Value raceValue(dev.burstgrid.runtime.RaceWinner winner, Value output) {
    return object(new String[] {"index", "output", "winner"}, Value.number((long) winner.index()), output,
        Value.string(winner.address()));
  }

  /**
   * The codec of a cached step ({@code --cache-dir}): the key is {@code runner} (type, class and
   * version) and the input as JSON with sorted keys; the output is stored as JSON.
   */
  public static <I, O> dev.burstgrid.lang.cache.CacheCodec<I, O> cacheCodec(String runner, ToValue<I> input,
      ToValue<O> output, FromValue<O> back) {
    return new dev.burstgrid.lang.cache.CacheCodec<>() {
      @Override
      public String key(I in) {
        return runner + "\n" + Json.encode(input.apply(in));
      }

      @Override
      public String encode(O out) {
        return Json.encode(output.apply(out));
      }

      @Override
      public O decode(String text) throws Exception {
        return back.apply(Json.decode(text));
      }
    };
  }

  // ---- Value → Java ----

  public static String toStr(Value v) throws ConversionException {
    Value s = Convert.to(v, Type.STRING);
    return s.isNull() ? null : ((Value.Str) s).value();
  }

  public static Duration toDuration(Value v) throws ConversionException {
    String s = toStr(v);
    try {
      return s == null ? null : Durations.parse(s);
    } catch (RuntimeException e) {
      throw new ConversionException(List.of(), e.getMessage());
    }
  }

  public static BigDecimal toBigDecimal(Value v) throws ConversionException {
    Value n = Convert.to(v, Type.NUMBER);
    return n.isNull() ? null : ((Value.Num) n).value();
  }

  public static BigInteger toBigInteger(Value v) throws ConversionException {
    BigDecimal n = toBigDecimal(v);
    try {
      return n == null ? null : n.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new ConversionException(List.of(), "a whole number is required, not " + n.toPlainString());
    }
  }

  public static Long toLongOrNull(Value v) throws ConversionException {
    BigDecimal n = toBigDecimal(v);
    if (n == null) {
      return null;
    }
    try {
      return n.longValueExact();
    } catch (ArithmeticException e) {
      throw new ConversionException(List.of(), "a whole number is required, not " + n.toPlainString());
    }
  }

  public static long toLong(Value v) throws ConversionException {
    return required(toLongOrNull(v));
  }

  public static Integer toIntOrNull(Value v) throws ConversionException {
    Long n = toLongOrNull(v);
    if (n == null) {
      return null;
    }
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      throw new ConversionException(List.of(), "the number " + n + " is too large here");
    }
    return n.intValue();
  }

  public static int toInt(Value v) throws ConversionException {
    return required(toIntOrNull(v));
  }

  public static Double toDoubleOrNull(Value v) throws ConversionException {
    BigDecimal n = toBigDecimal(v);
    return n == null ? null : n.doubleValue();
  }

  public static double toDouble(Value v) throws ConversionException {
    return required(toDoubleOrNull(v));
  }

  public static Boolean toBoolOrNull(Value v) throws ConversionException {
    Value b = Convert.to(v, Type.BOOL);
    return b.isNull() ? null : ((Value.Bool) b).value();
  }

  public static boolean toBool(Value v) throws ConversionException {
    return required(toBoolOrNull(v));
  }

  public static <T> List<T> toList(Value v, FromValue<T> each) throws Exception {
    List<Value> elements = elements(v, "a list");
    if (elements == null) {
      return null;
    }
    List<T> out = new ArrayList<>(elements.size());
    for (Value e : elements) {
      out.add(each.apply(e));
    }
    return Collections.unmodifiableList(out);
  }

  public static <T> Set<T> toSet(Value v, FromValue<T> each) throws Exception {
    List<Value> elements = elements(v, "a set");
    if (elements == null) {
      return null;
    }
    Set<T> out = new LinkedHashSet<>();
    for (Value e : elements) {
      out.add(each.apply(e));
    }
    return Collections.unmodifiableSet(out);
  }

  public static <T> Map<String, T> toMap(Value v, FromValue<T> each) throws Exception {
    Map<String, Value> entries = entries(v, "a map");
    if (entries == null) {
      return null;
    }
    Map<String, T> out = new LinkedHashMap<>();
    for (Map.Entry<String, Value> e : entries.entrySet()) {
      out.put(e.getKey(), each.apply(e.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The attributes of an object (for a nested record); null for a null value. */
  public static Map<String, Value> attributes(Value v) throws ConversionException {
    return entries(v, "an object");
  }

  /** An attribute of a nested record's object, or a null value when absent. */
  public static Value attribute(Map<String, Value> attributes, String name) {
    Value v = attributes.get(name);
    return v == null ? Value.nullOf(Type.ANY) : v;
  }

  // ---- expressions ----

  /** A compile-time constant written as JSON, converted to its type. */
  public static Value constant(String json, Type type) {
    try {
      return Convert.to(Json.decode(json), type);
    } catch (Json.JsonException | ConversionException e) {
      throw new IllegalStateException("bad constant " + json + ": " + e.getMessage(), e);
    }
  }

  /** The condition of {@code a ? b : c}. */
  public static boolean condition(Value v) throws ConversionException {
    Boolean b = toBoolOrNull(v);
    if (b == null) {
      throw new ConversionException(List.of(), "the condition is null");
    }
    return b;
  }

  // ---- steps and groups ----

  /** {@code {index = i}} for {@code count.index}. */
  public static Value countObject(int index) {
    return object(new String[] {"index"}, Value.number(index));
  }

  /** {@code {key = k, value = v}} for {@code each}. */
  public static Value eachObject(String key, Value value) {
    return object(new String[] {"key", "value"}, Value.string(key), value);
  }

  /** {@code vu}: {@code {id, iteration}} of the virtual user running this iteration (1 and 0 in a single run). */
  public static Value vuObject(long id, long iteration) {
    return object(new String[] {"id", "iteration"}, Value.number(id), Value.number(iteration));
  }

  /** {@code scenario}: {@code {name, iteration}} ({@code "default"} and 0 in a single run). */
  public static Value scenarioObject(String name, long iteration) {
    return object(new String[] {"name", "iteration"}, Value.string(name), Value.number(iteration));
  }

  /**
   * A step's {@code check} block: counts it in the load run's {@code checks} metric, and fails the
   * step when the condition is false (or null), with the check's name, location and error message.
   *
   * @throws CheckFailedException when the condition does not hold
   */
  public static void check(dev.burstgrid.runtime.spi.RunContext ctx, String name, String location, Value condition,
      java.util.function.Supplier<Value> message) throws dev.burstgrid.lang.value.ConversionException {
    Value ok = dev.burstgrid.lang.value.Convert.to(condition, Type.BOOL);
    boolean passed = !ok.isNull() && ((Value.Bool) ok).value();
    ctx.metrics().check(name, location, passed);
    if (passed) {
      return;
    }
    Value text = message == null ? null : RunSecrets.noted(ctx, message.get());
    throw new CheckFailedException(name, location, text == null || text.isNull() ? null
        : Marks.hide(toStr(dev.burstgrid.lang.value.Convert.to(text, Type.STRING)), Marks.markedTexts(text)));
  }

  /**
   * A count group as HCL sees it: a tuple of step values. Instances this step does not wait
   * for (and so must not read) are null placeholders.
   */
  public static <T> Value group(List<? extends CompletableFuture<? extends T>> instances, ToValue<T> each) {
    List<Value> out = new ArrayList<>(instances.size());
    for (CompletableFuture<? extends T> f : instances) {
      out.add(completed(f) ? each.apply(f.join()) : Value.nullOf(Type.ANY));
    }
    return new Value.TupleValue(out);
  }

  /** A for_each group as HCL sees it: an object of step values by key. */
  public static <T> Value keyedGroup(
      List<String> keys, List<? extends CompletableFuture<? extends T>> instances, ToValue<T> each) {
    TreeMap<String, Value> out = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      CompletableFuture<? extends T> f = instances.get(i);
      out.put(keys.get(i), completed(f) ? each.apply(f.join()) : Value.nullOf(Type.ANY));
    }
    return new Value.ObjectValue(out);
  }

  /**
   * One instance of a count group, {@code step.x.y[index]}. Its failure is unchecked, as every
   * expression's is, so it may be read inside {@code try(…)} and other lazy arguments.
   */
  public static <T> T instance(List<? extends CompletableFuture<? extends T>> instances, Value index) {
    int i;
    try {
      i = toInt(index);
    } catch (ConversionException e) {
      throw new dev.burstgrid.lang.expr.ExprException("Invalid index", e.getMessage());
    }
    if (i < 0 || i >= instances.size()) {
      throw new dev.burstgrid.lang.expr.ExprException("Invalid index", "index " + i
          + " is out of range: the group has " + instances.size() + " instance" + (instances.size() == 1 ? "" : "s"));
    }
    return instances.get(i).join();
  }

  private static boolean completed(CompletableFuture<?> f) {
    return f.isDone() && !f.isCompletedExceptionally();
  }

  /** The keys of a run-time {@code for_each} value, in order. */
  public static List<String> forEachKeys(Value v) throws Exception {
    if (Marks.containsMark(v)) {
      // as Terraform: the keys name the instances everywhere a run reports them
      throw new ConversionException(List.of(), "for_each must not be sensitive: its keys name the step's"
          + " instances in the progress log and errors. Use nonsensitive(...) if the keys are not secret.");
    }
    if (v.isNull()) {
      throw new ConversionException(List.of(), "for_each is null");
    }
    if (v instanceof Value.MapValue || v instanceof Value.ObjectValue) {
      return new ArrayList<>(entries(v, "a map").keySet());
    }
    if (v instanceof Value.SetValue set) {
      List<String> keys = new ArrayList<>();
      for (Value e : set.elements()) {
        keys.add(toStr(e));
      }
      return keys;
    }
    throw new ConversionException(List.of(), "for_each needs a map or a set of strings, not "
        + v.type().friendlyName());
  }

  /** {@code each.value} of the instance {@code key} of a run-time {@code for_each}. */
  public static Value forEachValue(Value v, String key) throws Exception {
    v = Marks.unmark(v);
    if (v instanceof Value.SetValue) {
      return Value.string(key);
    }
    return entries(v, "a map").get(key);
  }

  /**
   * The instance of a run-time count group that {@code index} selects ({@code
   * step.x.y[count.index]} read by an instance of another group); a failed future, which skips the
   * dependent, when the index fails or is no whole number.
   */
  public static <T> CompletableFuture<T> selectedInstance(DynamicGroup<Integer, T> group, Supplier<Value> index) {
    try {
      return group.instance(toInt(index.get()));
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** As {@link #selectedInstance}, for a run-time for_each group and the key {@code key} selects. */
  public static <T> CompletableFuture<T> selectedKey(DynamicGroup<String, T> group, Supplier<Value> key) {
    try {
      return group.instance(toStr(key.get()));
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * A step argument that failed to compute, as the step's failure: {@code argument url
   * (grid.hcl:14:5): grid.hcl:14:20: Invalid function argument; …}. {@code argument} names the
   * argument and its location; an expression failure adds the location of the part that failed.
   */
  public static RuntimeException argumentFailed(String argument, Exception e) {
    String why = e instanceof ExprException x ? x.describe() : e.getMessage();
    return new IllegalArgumentException("argument " + argument + ": " + why, e);
  }

  /** The flat list of futures a step waits for: futures and lists of futures, in order. */
  public static List<CompletableFuture<?>> deps(Object... parts) {
    List<CompletableFuture<?>> out = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof CompletableFuture<?> f) {
        out.add(f);
      } else if (p instanceof List<?> list) {
        for (Object o : list) {
          out.add((CompletableFuture<?>) o);
        }
      }
    }
    return out;
  }

  /**
   * A value computed once {@code deps} completed normally (a local that reads step outputs);
   * fails like a dependency when one of them fails or the computation throws.
   */
  public static CompletableFuture<Value> derived(List<? extends CompletableFuture<?>> deps, Computation c) {
    return CompletableFuture.allOf(deps.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
      try {
        return c.get();
      } catch (CompletionException e) {
        throw e; // a value it read failed, and says so already
      } catch (ExprException e) {
        // The step that reads this value reports the failure: it must name where the value failed.
        throw new CompletionException(new IllegalArgumentException(e.describe(), e));
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    });
  }

  /** Decodes a list of instance positions written by {@code encodeInts} in the compiler. */
  public static int[] ints(String... parts) {
    String s = String.join("", parts);
    if (s.isEmpty()) {
      return new int[0];
    }
    String[] items = s.split(",");
    int[] out = new int[items.length];
    for (int i = 0; i < items.length; i++) {
      out[i] = Integer.parseInt(items[i], 36);
    }
    return out;
  }

  /** A list of strings written as a JSON array (static for_each keys). */
  public static List<String> strings(String json) {
    Value v = constant(json, new Type.ListOf(Type.STRING));
    List<String> out = new ArrayList<>();
    for (Value e : ((Value.ListValue) v).elements()) {
      out.add(((Value.Str) e).value());
    }
    return List.copyOf(out);
  }

  /** A list of values written as a JSON array (static for_each values). */
  public static List<Value> values(String json) {
    try {
      Value v = Json.decode(json);
      return ((Value.TupleValue) v).elements();
    } catch (Json.JsonException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T required(T t) throws ConversionException {
    if (t == null) {
      throw new ConversionException(List.of(), "a value is required here, not null");
    }
    return t;
  }

  private static List<Value> elements(Value v, String what) throws ConversionException {
    v = Marks.unmark(v);
    if (v.isNull()) {
      return null;
    }
    if (v instanceof Value.ListValue l) {
      return l.elements();
    }
    if (v instanceof Value.TupleValue t) {
      return t.elements();
    }
    if (v instanceof Value.SetValue s) {
      return s.elements();
    }
    if (what == null) {
      return null;
    }
    throw new ConversionException(List.of(), what + " is required, not " + v.type().friendlyName());
  }

  private static Map<String, Value> entries(Value v, String what) throws ConversionException {
    v = Marks.unmark(v);
    if (v.isNull()) {
      return null;
    }
    if (v instanceof Value.MapValue m) {
      return m.entries();
    }
    if (v instanceof Value.ObjectValue o) {
      return o.attributes();
    }
    throw new ConversionException(List.of(), what + " is required, not " + v.type().friendlyName());
  }
}
