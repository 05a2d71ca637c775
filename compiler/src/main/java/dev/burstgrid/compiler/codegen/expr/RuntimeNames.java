package dev.burstgrid.compiler.codegen.expr;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;

/** The runtime classes generated expression code refers to. */
final class RuntimeNames {
  private RuntimeNames() {}

  private static final String VALUE_PKG = "dev.burstgrid.lang.value";
  private static final String EXPR_PKG = "dev.burstgrid.lang.expr";

  static final ClassName VALUE = ClassName.get(VALUE_PKG, "Value");
  static final ArrayTypeName VALUE_ARRAY = ArrayTypeName.of(VALUE);
  static final ClassName TYPE = ClassName.get(VALUE_PKG, "Type");
  static final ClassName MARKS = ClassName.get(VALUE_PKG, "Marks");
  static final ClassName FUNCTION = ClassName.get("dev.burstgrid.lang.function", "Function");
  static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
  static final ClassName CONSTS = ClassName.get(EXPR_PKG, "Consts");
  static final ClassName TEMPLATES = ClassName.get(EXPR_PKG, "Templates");
  static final ClassName TRAVERSALS = ClassName.get(EXPR_PKG, "Traversals");
  static final ClassName SPLATS = ClassName.get(EXPR_PKG, "Splats");
  static final ClassName CALLS = ClassName.get(EXPR_PKG, "Calls");
  static final ClassName CONDITIONALS = ClassName.get(EXPR_PKG, "Conditionals");
  static final ClassName OPERATORS = ClassName.get(EXPR_PKG, "Operators");
  static final ClassName STRUCTURES = ClassName.get(EXPR_PKG, "Structures");
  static final ClassName FOR_EXPRS = ClassName.get(EXPR_PKG, "ForExprs");
}
