package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.cli.differential.AllowList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where generated code and {@code bggoc eval} are known to disagree, and why. Two kinds:
 *
 * <ul>
 *   <li>By design: a grid is more than an expression (its names are checked before it runs, its
 *       arguments have rules), so these stay.
 *   <li>"ExprCode fast path": the disagreement exists only because {@code codegen/ExprCode}
 *       writes the expression instead of the general {@code codegen/expr/ExprWriter}: with
 *       {@code ExprCode.write} and {@code writeText} made to always take the general writer, each
 *       of them agrees and nothing else disagrees (checked when the lists were written). Delete
 *       these entries together with ExprCode; a listed entry that agrees fails the tests.
 * </ul>
 */
final class KnownDisagreements {
  /**
   * A grid resolves every name and function, and counts every call's arguments, before it runs,
   * evaluated or not (DESIGN §2); eval skips the side it does not take.
   */
  static final String NAMES_CHECKED =
      "by design: a grid rejects unknown names and wrong argument counts, even on a side never evaluated";

  /** The argument check rejects a constant null for a required argument; eval has no arguments. */
  static final String NULL_ARGUMENT = "by design: a constant null is no value for a required argument";

  // ExprCode fast path: Operations.and/or evaluate both operands (no short-circuit).
  static final String FAST_PATH_SHORT_CIRCUIT = "ExprCode fast path: && and || do not short-circuit";

  // ExprCode fast path: `c ? a : b` becomes a Java ?: with no type unification of the branches.
  static final String FAST_PATH_UNIFICATION = "ExprCode fast path: conditional branches are not unified";

  // ExprCode fast path: try() and can() become GridValues.call, and the function table has neither.
  static final String FAST_PATH_TRY = "ExprCode fast path: try and can are no functions at run time";

  static final AllowList CONFORMANCE = new AllowList()
      .allow(NAMES_CHECKED, "logic-005", "logic-005@lifted", "logic-007", "logic-007@lifted")
      .allow(NULL_ARGUMENT, "lit-003", "cond-003", "cond-004", "cond-006", "null-008", "tmpl-057")
      // ExprCode fast path — delete from here when ExprCode goes.
      .allow(FAST_PATH_SHORT_CIRCUIT, "logic-002", "logic-002@lifted", "logic-003", "logic-003@lifted")
      .allow(FAST_PATH_UNIFICATION, "cond-013@lifted",
          "err-003@lifted", "err-004@lifted", "err-005@lifted", "err-006@lifted", "err-007@lifted",
          "err-008@lifted", "err-009", "err-009@lifted", "err-010", "err-010@lifted", "err-011",
          "err-011@lifted", "err-012", "err-012@lifted");
  // ExprCode fast path — to here.

  static final AllowList GENERATED = new AllowList()
      .allow(NULL_ARGUMENT, "try-15@typed")
      .allow(NAMES_CHECKED, "cond-93", "cond-93@typed", "cond-93@lifted")
      // ExprCode fast path — delete from here when ExprCode goes.
      .allow(FAST_PATH_SHORT_CIRCUIT, origins(
          "null-1 null-1@lifted null-2 null-2@lifted logic-1 logic-1@typed logic-1@lifted logic-2 logic-2@typed " +
          "logic-2@lifted logic-7 logic-7@typed logic-8 logic-8@typed logic-10 logic-10@lifted logic-19 " +
          "logic-19@typed logic-19@lifted logic-20 logic-20@typed logic-20@lifted logic-21 logic-21@typed " +
          "logic-21@lifted"))
      .allow(FAST_PATH_UNIFICATION, origins(
          "cond-1 cond-1@typed cond-1@lifted cond-5 cond-5@lifted cond-6@lifted cond-7@lifted cond-8 " +
          "cond-8@lifted cond-13 cond-13@lifted cond-14@lifted cond-15@lifted cond-16 cond-16@lifted cond-26 " +
          "cond-26@typed cond-26@lifted cond-29 cond-30 cond-30@lifted cond-31 cond-31@lifted cond-32 cond-41 " +
          "cond-41@lifted cond-42 cond-42@lifted cond-44 cond-47 cond-47@lifted cond-48 cond-49@lifted " +
          "cond-50@lifted cond-52 cond-52@lifted cond-54 cond-54@typed cond-54@lifted cond-56 cond-56@lifted " +
          "cond-57@lifted cond-58@lifted cond-60 cond-60@lifted cond-62 cond-62@lifted cond-64 cond-64@lifted " +
          "cond-65 cond-65@lifted cond-66 cond-66@lifted cond-68 cond-70 cond-71 cond-71@lifted cond-72 " +
          "cond-72@lifted cond-73 cond-73@typed cond-73@lifted cond-75 cond-78 cond-78@lifted cond-79 " +
          "cond-79@typed cond-79@lifted cond-80 cond-80@typed cond-81 cond-81@typed cond-81@lifted cond-83 " +
          "cond-83@typed cond-83@lifted count-17 count-17@lifted count-18 count-18@lifted each-7 each-7@lifted " +
          "each-8 each-8@lifted each-19 each-19@lifted each-20 each-20@lifted"))
      .allow(FAST_PATH_TRY, origins(
          "try-1 try-1@lifted try-2 try-2@typed try-2@lifted try-3 try-3@typed try-3@lifted try-4 try-4@typed " +
          "try-4@lifted try-5 try-5@typed try-6 try-6@typed try-7 try-7@lifted try-8 try-8@typed try-8@lifted " +
          "try-9 try-9@typed try-9@lifted try-10 try-10@lifted try-11 try-11@typed try-11@lifted try-12 " +
          "try-12@lifted try-14 try-15 try-15@lifted try-16 try-16@typed try-16@lifted try-17 try-17@typed " +
          "try-17@lifted try-19 try-19@typed try-19@lifted try-20 try-20@typed try-20@lifted count-23 " +
          "count-23@typed count-23@lifted count-24 count-24@typed count-24@lifted each-25 each-25@lifted " +
          "each-26 each-26@lifted"));
  // ExprCode fast path — to here.

  /** Cases of {@link RunTimeExpressionRegressionTest} that still disagree: case name → reason. */
  static final Map<String, String> REGRESSIONS = new LinkedHashMap<>();

  static {
    // ExprCode fast path — delete these when ExprCode goes.
    regressions(FAST_PATH_TRY, "try-null try-value can-null can-value");
    regressions(FAST_PATH_SHORT_CIRCUIT, "null-guard-null or-guard-null and-false-variable or-true-variable");
    regressions(FAST_PATH_UNIFICATION, "unification unification-in-tuple err-009 err-010 err-011 err-012");
  }

  private KnownDisagreements() {}

  private static String[] origins(String spaceSeparated) {
    return spaceSeparated.split(" ");
  }

  private static void regressions(String reason, String names) {
    for (String name : origins(names)) {
      REGRESSIONS.put(name, reason);
    }
  }
}
