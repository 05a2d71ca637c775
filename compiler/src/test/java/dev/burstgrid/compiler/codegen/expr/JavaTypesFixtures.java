package dev.burstgrid.compiler.codegen.expr;

import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Records whose components cover every Java type {@link JavaTypes} converts. */
public final class JavaTypesFixtures {
  private JavaTypesFixtures() {}

  /** Where the test environment of generated expressions reads step and resource values. */
  public interface Roots {
    Value value(String key);
  }

  public record Inner(String name, long port) {}

  public record Sample(
      String url,
      long n,
      Integer maybe,
      double ratio,
      boolean flag,
      BigDecimal dec,
      BigInteger big,
      Duration timeout,
      List<String> tags,
      Set<Long> ids,
      Map<String, Integer> limits,
      Value any,
      Inner inner,
      List<Inner> inners) {}
}
