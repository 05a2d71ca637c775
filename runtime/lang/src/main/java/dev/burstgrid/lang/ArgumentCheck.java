package dev.burstgrid.lang;

import dev.burstgrid.lang.value.Value;
import java.util.Map;

/**
 * Checks of a runner's or asset's arguments that need no run, named on its arguments record with
 * {@link CheckedBy}. The compiler runs them on the arguments known before the run (constants), so
 * that a value that can only fail — {@code url = "not a url"} — is a diagnostic at the argument
 * ({@code file:line:col}, exit 3), not a failed run. A check must look only at the arguments it
 * needs and skip a rule when any of them is not in {@code known}.
 */
public interface ArgumentCheck {

  /**
   * @param known by HCL name, each argument whose value is known before the run, converted to its
   *     field's type: the constants given and the defaults of arguments not given (a null value is
   *     an optional argument left out); an argument computed at run time is absent
   * @param problems where each problem is reported
   */
  void check(Map<String, Value> known, Problems problems);

  /** Collects what is wrong. */
  interface Problems {
    /**
     * @param argument the HCL name of the argument at fault (the diagnostic points at it)
     * @param message what is wrong and how to fix it, a sentence
     */
    void report(String argument, String message);
  }
}
