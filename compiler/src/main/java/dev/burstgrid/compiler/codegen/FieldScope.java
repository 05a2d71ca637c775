package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.burstgrid.compiler.codegen.expr.ExprEnv;
import dev.burstgrid.compiler.codegen.expr.JavaLiterals;
import dev.burstgrid.compiler.plan.StepShape;
import dev.burstgrid.compiler.schema.FieldSchema;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;

/**
 * Roots of expressions inside the generated class: steps are read from their fields (their
 * futures completed before the code runs), {@code count} and {@code each} from the locals of
 * the instance being scheduled.
 */
final class FieldScope implements ExprEnv {
  private final GridMembers members;
  private final Conversions conversions;
  private final String countIndex;
  private final String eachKey;
  /** The Java expression of {@code each.value}: a variable, or a read of the group's collection. */
  private final CodeBlock eachValue;

  /** {@code self} in a check: the Java expression of the checked instance's value; null elsewhere. */
  private final CodeBlock self;

  FieldScope(GridMembers members, Conversions conversions, String countIndex, String eachKey, CodeBlock eachValue) {
    this(members, conversions, countIndex, eachKey, eachValue, null);
  }

  private FieldScope(GridMembers members, Conversions conversions, String countIndex, String eachKey,
      CodeBlock eachValue, CodeBlock self) {
    this.members = members;
    this.conversions = conversions;
    this.countIndex = countIndex;
    this.eachKey = eachKey;
    this.eachValue = eachValue;
    this.self = self;
  }

  /** This scope inside a check, where {@code self} is {@code value}. */
  FieldScope withSelf(CodeBlock value) {
    return new FieldScope(members, conversions, countIndex, eachKey, eachValue, value);
  }

  // vu · scenario: fields of the grid instance, one per iteration; race: a local of the step's body
  @Override
  public CodeBlock iteration(String root) {
    if (root.equals("race")) {
      return CodeBlock.of("$N", GridMembers.RACE);
    }
    members.iterationRoots.add(root);
    return CodeBlock.of("$N", root.equals("vu") ? GridMembers.VU : GridMembers.SCENARIO);
  }

  @Override
  public CodeBlock self() {
    if (self == null) {
      throw new IllegalStateException("self outside a check");
    }
    return self;
  }

  // GridValues.stepValue(valueOfOutput(httpRequestFirst.join()))
  // GridValues.group(httpRequestFan, out -> GridValues.stepValue(valueOfOutput(out)))
  @Override
  public CodeBlock step(String key) {
    StepShape shape = members.shape(key);
    String field = members.stepFields.get(key);
    CodeBlock each = CodeBlock.of("out -> $T.stepValue($N(out))", Conversions.GRID_VALUES, outputValue(key));
    if (shape instanceof StepShape.Single) {
      return CodeBlock.of("$T.stepValue($N($N.join()))", Conversions.GRID_VALUES, outputValue(key), field);
    }
    if (shape instanceof StepShape.Counted) {
      return CodeBlock.of("$T.group($N, $L)", Conversions.GRID_VALUES, field, each);
    }
    if (shape instanceof StepShape.Keyed) {
      return CodeBlock.of("$T.keyedGroup($N, $N, $L)", Conversions.GRID_VALUES, members.keyConstants.get(key),
          field, each);
    }
    if (shape instanceof StepShape.RunTimeCount) {
      return CodeBlock.of("$T.group($N.instances().join(), $L)", Conversions.GRID_VALUES, field, each);
    }
    return CodeBlock.of("$T.keyedGroup($N.keys().join(), $N.instances().join(), $L)", Conversions.GRID_VALUES,
        field, field, each);
  }

  @Override
  public CodeBlock stepInstance(String key, CodeBlock index) {
    StepShape shape = members.shape(key);
    String field = members.stepFields.get(key);
    if (shape instanceof StepShape.Counted) {
      return CodeBlock.of("$T.stepValue($N($T.instance($N, $L)))", Conversions.GRID_VALUES, outputValue(key),
          Conversions.GRID_VALUES, field, index);
    }
    if (shape instanceof StepShape.RunTimeCount) {
      return CodeBlock.of("$T.stepValue($N($T.instance($N.instances().join(), $L)))", Conversions.GRID_VALUES,
          outputValue(key), Conversions.GRID_VALUES, field, index);
    }
    return null;
  }

  // GridValues.of(httpRequestFirst.join().status_code())
  // valueOfOutput(GridValues.instance(httpRequestFan, <index>))
  @Override
  public CodeBlock stepOutput(String key, CodeBlock index, String field) {
    StepShape shape = members.shape(key);
    String f = members.stepFields.get(key);
    CodeBlock record;
    if (index == null && shape instanceof StepShape.Single) {
      record = CodeBlock.of("$N.join()", f);
    } else if (index != null && shape instanceof StepShape.Counted) {
      record = CodeBlock.of("$T.instance($N, $L)", Conversions.GRID_VALUES, f, index);
    } else if (index != null && shape instanceof StepShape.RunTimeCount) {
      record = CodeBlock.of("$T.instance($N.instances().join(), $L)", Conversions.GRID_VALUES, f, index);
    } else {
      return null;
    }
    if (field == null) {
      return CodeBlock.of("$N($L)", outputValue(key), record);
    }
    FieldSchema component = members.step(key).schema().output().field(field);
    if (component == null) {
      return null;
    }
    return conversions.sensitiveIf(component,
        conversions.toValue(CodeBlock.of("$L.$N()", record, component.javaName()), component.javaType()));
  }

  private String outputValue(String key) {
    return conversions.recordToValue(members.step(key).schema().output().recordClass());
  }

  @Override
  public CodeBlock resource(String key) {
    return CodeBlock.of("$T.nullOf($T.ANY)", Value.class, Type.class);
  }

  @Override
  public boolean isSensitiveVariable(String name) {
    return members.isSensitiveVariable(name);
  }

  @Override
  public CodeBlock var(String name) {
    return CodeBlock.of("variables.get($L)", JavaLiterals.string(name));
  }

  @Override
  public CodeBlock local(String name) {
    String field = members.localFields.get(name);
    return members.localIsFuture(name)
        ? CodeBlock.of("$N.join()", field) : CodeBlock.of("$N", field);
  }

  @Override
  public CodeBlock count() {
    if (countIndex == null) {
      throw new IllegalStateException("count outside a count group");
    }
    return CodeBlock.of("$T.countObject($N)", Conversions.GRID_VALUES, countIndex);
  }

  // countIndex
  @Override
  public CodeBlock countIndex() {
    return countIndex == null ? null : CodeBlock.of("$N", countIndex);
  }

  // Value.string(eachKey) · eachValue
  @Override
  public CodeBlock eachAttribute(String name) {
    if (eachKey == null) {
      return null;
    }
    if (name.equals("key")) {
      return CodeBlock.of("$T.string($N)", Value.class, eachKey);
    }
    return name.equals("value") ? eachValue : null;
  }

  @Override
  public CodeBlock each() {
    if (eachKey == null) {
      throw new IllegalStateException("each outside a for_each group");
    }
    return CodeBlock.of("$T.eachObject($N, $L)", Conversions.GRID_VALUES, eachKey, eachValue);
  }
}
