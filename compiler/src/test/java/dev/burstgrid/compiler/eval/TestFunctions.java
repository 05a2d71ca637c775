package dev.burstgrid.compiler.eval;

import dev.burstgrid.lang.function.Function;
import dev.burstgrid.lang.function.FunctionException;
import dev.burstgrid.lang.function.Param;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Tiny functions for evaluator tests: upper(s), sum(n...), half(n) which rejects odd n. */
final class TestFunctions {
  private TestFunctions() {}

  static Map<String, Function> all() {
    return Map.of("upper", UPPER, "sum", SUM, "half", HALF);
  }

  private abstract static class Simple implements Function {
    private final String name;
    private final List<Param> params;
    private final Param variadic;
    private final Type returns;

    Simple(String name, List<Param> params, Param variadic, Type returns) {
      this.name = name;
      this.params = params;
      this.variadic = variadic;
      this.returns = returns;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return name;
    }

    @Override
    public List<Param> params() {
      return params;
    }

    @Override
    public Param variadic() {
      return variadic;
    }

    @Override
    public Type returnType(List<Type> argTypes) {
      return returns;
    }
  }

  static final Function UPPER =
      new Simple("upper", List.of(Param.of("str", Type.STRING)), null, Type.STRING) {
        @Override
        public Value call(List<Value> args) {
          return Value.string(((Value.Str) args.get(0)).value().toUpperCase());
        }
      };

  static final Function SUM =
      new Simple("sum", List.of(), Param.of("numbers", Type.NUMBER), Type.NUMBER) {
        @Override
        public Value call(List<Value> args) {
          BigDecimal total = BigDecimal.ZERO;
          for (Value v : args) {
            total = total.add(((Value.Num) v).value());
          }
          return Value.number(total);
        }
      };

  static final Function HALF =
      new Simple("half", List.of(Param.of("n", Type.NUMBER)), null, Type.NUMBER) {
        @Override
        public Value call(List<Value> args) throws FunctionException {
          BigDecimal n = ((Value.Num) args.get(0)).value();
          if (n.remainder(BigDecimal.valueOf(2)).signum() != 0) {
            throw new FunctionException(0, "must be even");
          }
          return Value.number(n.divide(BigDecimal.valueOf(2)));
        }
      };
}
