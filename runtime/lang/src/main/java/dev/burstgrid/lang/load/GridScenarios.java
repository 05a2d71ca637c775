package dev.burstgrid.lang.load;

import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Durations;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.runtime.load.Executor;
import dev.burstgrid.runtime.load.Iteration;
import dev.burstgrid.runtime.load.Scenario;
import dev.burstgrid.runtime.load.Stage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code scenario} block's options, HCL values by k6's names, as the runtime's {@link Scenario}
 * with k6's defaults for what is left out. The compiler checked names and constant values; values
 * from variables are checked here, when the run starts.
 */
public final class GridScenarios {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
  private static final Duration THIRTY_SECONDS = Duration.ofSeconds(30);

  private GridScenarios() {}

  /** @throws IllegalArgumentException naming the scenario, its location and the option that does not fit */
  public static Scenario scenario(String name, String executor, String location, Map<String, Value> options,
      Iteration iteration) {
    try {
      Options o = new Options(options);
      Executor e = switch (executor) {
        case "shared-iterations" -> new Executor.SharedIterations(
            o.integer("vus", 1), o.whole("iterations", 1), o.duration("max_duration", TEN_MINUTES));
        case "per-vu-iterations" -> new Executor.PerVuIterations(
            o.integer("vus", 1), o.whole("iterations", 1), o.duration("max_duration", TEN_MINUTES));
        case "constant-vus" -> new Executor.ConstantVus(o.integer("vus", 1), o.duration("duration", null));
        case "ramping-vus" -> new Executor.RampingVus(
            o.integer("start_vus", 1), o.stages(), o.duration("graceful_ramp_down", THIRTY_SECONDS));
        case "constant-arrival-rate" -> new Executor.ConstantArrivalRate(o.whole("rate", 1),
            o.duration("time_unit", Duration.ofSeconds(1)), o.duration("duration", null),
            o.integer("pre_allocated_vus", 1), o.integer("max_vus", o.integer("pre_allocated_vus", 1)));
        case "ramping-arrival-rate" -> new Executor.RampingArrivalRate(o.whole("start_rate", 0),
            o.duration("time_unit", Duration.ofSeconds(1)), o.stages(), o.integer("pre_allocated_vus", 1),
            o.integer("max_vus", o.integer("pre_allocated_vus", 1)));
        default -> throw new IllegalArgumentException("unknown executor \"" + executor + "\"");
      };
      return new Scenario(name, e, o.duration("start_time", Duration.ZERO),
          o.duration("graceful_stop", Scenario.DEFAULT_GRACEFUL_STOP), iteration);
    } catch (IllegalArgumentException | ConversionException e) {
      throw new IllegalArgumentException("scenario \"" + name + "\" (" + location + "): " + e.getMessage(), e);
    }
  }

  private record Options(Map<String, Value> values) {
    private Value get(String name) {
      Value v = values.get(name);
      return v == null || v.isNull() ? null : v;
    }

    long whole(String name, long otherwise) throws ConversionException {
      Value v = get(name);
      if (v == null) {
        return otherwise;
      }
      BigDecimal n = ((Value.Num) Convert.to(v, Type.NUMBER)).value();
      if (n.stripTrailingZeros().scale() > 0 || n.signum() < 0 || n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        throw new IllegalArgumentException(name + " is a whole number of at least 0, not " + n.toPlainString());
      }
      return n.longValueExact();
    }

    int integer(String name, int otherwise) throws ConversionException {
      long n = whole(name, otherwise);
      if (n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(name + " is too large: " + n);
      }
      return (int) n;
    }

    Duration duration(String name, Duration otherwise) throws ConversionException {
      Value v = get(name);
      if (v == null) {
        if (otherwise == null) {
          throw new IllegalArgumentException(name + " is required");
        }
        return otherwise;
      }
      return Durations.parse(((Value.Str) Convert.to(v, Type.STRING)).value());
    }

    List<Stage> stages() throws ConversionException {
      Value v = get("stages");
      if (v == null) {
        throw new IllegalArgumentException("stages is required");
      }
      List<Stage> out = new ArrayList<>();
      for (Value stage : elements(v)) {
        Options s = new Options(stage instanceof Value.ObjectValue o ? o.attributes() : Map.of());
        out.add(new Stage(s.duration("duration", null), s.whole("target", -1) < 0 ? fail() : s.whole("target", 0)));
      }
      return out;
    }

    private static long fail() {
      throw new IllegalArgumentException("each stage is { duration = \"30s\", target = 10 }");
    }

    private static List<Value> elements(Value v) {
      if (v instanceof Value.TupleValue t) {
        return t.elements();
      }
      if (v instanceof Value.ListValue l) {
        return l.elements();
      }
      throw new IllegalArgumentException("stages is a list of { duration, target }");
    }
  }
}
