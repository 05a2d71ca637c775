package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.semantic.Analysis;
import dev.burstgrid.compiler.semantic.DependsOn;
import dev.burstgrid.compiler.semantic.Ref;
import dev.burstgrid.compiler.semantic.StepDecl;
import dev.burstgrid.compiler.semantic.Target;
import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves which instances of a group each reference needs: {@code step.a.b[2]} needs
 * instance 2, {@code step.a.b[count.index]} instance i for instance i, a splat all of them.
 * Indexes known at compile time are checked against the group's size or keys.
 */
final class InstanceDeps {
  interface IndexEval {
    Value eval(Expr index, Value count, Value each);
  }

  private final Analysis analysis;
  private final Map<String, Expansion> expansions;
  private final IndexEval eval;
  private final Diagnostics diags;

  InstanceDeps(Analysis analysis, Map<String, Expansion> expansions, IndexEval eval, Diagnostics diags) {
    this.analysis = analysis;
    this.expansions = expansions;
    this.eval = eval;
    this.diags = diags;
  }

  List<StepDep> of(StepDecl s) {
    Map<String, StepDep> deps = new LinkedHashMap<>();
    for (Ref ref : analysis.stepRefs().getOrDefault(s, List.of())) {
      String address = GraphBuilder.addressOf(ref.target());
      if (address == null) {
        continue;
      }
      StepDep dep = ref.target() instanceof Target.StepRef sr && sr.index() != null
          ? indexed(s, sr, address, ref.traversal().range())
          : StepDep.all(address, ref.traversal().range());
      if (dep != null) {
        deps.merge(address, dep, StepDep::merge);
      }
    }
    for (DependsOn d : s.dependsOn()) {
      StepDecl target = analysis.model().steps().get(d.stepKey());
      if (target == null) {
        continue;
      }
      StepDep dep = StepDep.all(target.address(), d.range());
      if (d.index() != null) {
        int size = expansions.get(target.key()).staticSize();
        if (size >= 0 && d.index() >= size) {
          outOfRange(d.range(), target, d.index(), size, diags);
          continue;
        }
        dep = StepDep.fixed(target.address(), d.index(), d.range());
      }
      deps.merge(target.address(), dep, StepDep::merge);
    }
    return new ArrayList<>(deps.values());
  }

  private StepDep indexed(StepDecl holder, Target.StepRef ref, String address, Range why) {
    Expansion target = expansions.get(ref.step().key());
    Value key = eval.eval(ref.index(), unknownCount(holder), unknownEach(holder));
    if (key.isKnown()) {
      if (target.staticSize() < 0) {
        int i = wholeNumber(key);
        return i >= 0 && ref.step().count() != null ? StepDep.fixed(address, i, why) : StepDep.all(address, why);
      }
      // A bad constant index was already reported when the argument was evaluated.
      int i = position(ref, target, key, new Diagnostics());
      return i < 0 ? null : StepDep.fixed(address, i, why);
    }
    Expansion own = expansions.get(holder.key());
    if (own instanceof Expansion.Single) {
      return StepDep.all(address, why);
    }
    int n = own.staticSize();
    if (n < 0 || target.staticSize() < 0) {
      return StepDep.indexed(address, null, ref.index(), why);
    }
    int[] per = new int[n];
    for (int k = 0; k < n; k++) {
      Value count = holder.count() != null ? RootValues.countObject(Value.number(k)) : null;
      Value each = own instanceof Expansion.Keyed keyed
          ? RootValues.eachObject(Value.string(keyed.keys().get(k)), keyed.values().get(k)) : null;
      Value kv = eval.eval(ref.index(), count, each);
      if (!kv.isKnown()) {
        return StepDep.indexed(address, null, ref.index(), why);
      }
      per[k] = position(ref, target, kv, diags);
      if (per[k] < 0) {
        return null;
      }
    }
    return StepDep.indexed(address, per, ref.index(), why);
  }

  /** The value as an instance position, or -1 when it is no whole number in range of an int. */
  private static int wholeNumber(Value v) {
    if (!(v instanceof Value.Num n) || n.value().signum() < 0 || n.value().stripTrailingZeros().scale() > 0
        || n.value().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      return -1;
    }
    return n.value().intValueExact();
  }

  private static Value unknownCount(StepDecl s) {
    return s.count() != null ? RootValues.countObject(Value.unknown(Type.NUMBER)) : null;
  }

  private static Value unknownEach(StepDecl s) {
    return s.forEach() != null ? RootValues.eachObject(Value.unknown(Type.STRING), Value.unknown(Type.ANY)) : null;
  }

  /** The instance position {@code key} selects, or -1 after reporting why it selects none. */
  private int position(Target.StepRef ref, Expansion target, Value key, Diagnostics diags) {
    StepDecl s = ref.step();
    Range at = ref.index().range();
    if (target instanceof Expansion.Keyed keyed) {
      String k = key instanceof Value.Str str ? str.value()
          : key instanceof Value.Num n ? dev.burstgrid.lang.value.Json.formatNumber(n.value()) : null;
      int i = k == null ? -1 : keyed.keys().indexOf(k);
      if (i < 0) {
        diags.error("grid/invalid-index", at, "Invalid index",
            s.address() + " has no instance with key " + (k == null ? "of that type" : "\"" + k + "\"") + "."
                + dev.burstgrid.compiler.diag.DidYouMean.phrase(k == null ? "" : k, keyed.keys())
                + " Its keys: " + String.join(", ", keyed.keys().stream().limit(20).toList()) + ".");
      }
      return i;
    }
    BigDecimal n = key instanceof Value.Num num ? num.value() : null;
    int size = target.staticSize();
    if (n == null || n.stripTrailingZeros().scale() > 0) {
      diags.error("grid/invalid-index", at, "Invalid index",
          s.address() + " is indexed by whole numbers (0 to " + (size - 1) + ").");
      return -1;
    }
    if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(size)) >= 0) {
      outOfRange(at, s, n.intValue(), size, diags);
      return -1;
    }
    return n.intValueExact();
  }

  static void outOfRange(Range at, StepDecl s, long index, int size, Diagnostics diags) {
    diags.error("grid/invalid-index", at, "Index out of range",
        s.address() + " has " + size + " instance" + (size == 1 ? "" : "s")
            + (size == 0 ? "" : " (0 to " + (size - 1) + ")") + ", so index " + index + " does not exist.");
  }
}
