package dev.burstgrid.lang.function;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The standard function library: Terraform's functions without file or network access, plus
 * {@code uuid}, {@code timestamp}, {@code random_int} and {@code random_string}, which run only
 * at run time ({@link Function#isImpure}). {@code try} and {@code can} are evaluator forms, and
 * {@code file}, {@code fileexists} and {@code templatefile} are read by the compiler; none is
 * listed here.
 */
public final class Functions {
  private Functions() {}

  private static final Map<String, Function> STANDARD = build();

  /** Every standard function by name; immutable. */
  public static Map<String, Function> standard() {
    return STANDARD;
  }

  private static Map<String, Function> build() {
    List<Function> all = new ArrayList<>();
    all.addAll(NumericFunctions.all());
    all.addAll(StringFunctions.all());
    all.addAll(CollectionFunctions.all());
    all.addAll(MapFunctions.all());
    all.addAll(CoalesceFunctions.all());
    all.addAll(SetFunctions.all());
    all.addAll(EncodingFunctions.all());
    all.addAll(TypeConversionFunctions.all());
    all.addAll(HashFunctions.all());
    all.addAll(DateTimeFunctions.all());
    all.addAll(IpNetworkFunctions.all());
    all.addAll(RunTimeFunctions.all());
    all.addAll(SensitivityFunctions.all());
    Map<String, Function> byName = new TreeMap<>();
    for (Function f : all) {
      if (byName.put(f.name(), f) != null) {
        throw new IllegalStateException("function " + f.name() + " defined twice");
      }
    }
    return Collections.unmodifiableMap(byName);
  }
}
