package dev.burstgrid.lang;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Marks;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.runtime.Redactor;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Keeps secrets out of what a run writes: every line on stdout and stderr (print output,
 * progress, errors, outputs) and every report has each secret replaced by {@code (sensitive
 * value)} — as written, JSON-escaped (once or twice) and URL-encoded — so a secret that reached a
 * URL, a command line or a server's error body is hidden too. It starts with the values of the
 * sensitive variables; generated code adds the text of values marked at run time when they reach
 * a runner ({@link RunSecrets}). Values derived in other ways (base64, hashes) are not recognised;
 * secrets shorter than {@value SecretForms#MIN_LENGTH} characters are not redacted, as they would
 * hide ordinary text.
 */
public final class SecretRedactor implements Redactor {
  public static final String MASK = "(sensitive value)";

  private final SecretForms forms = new SecretForms();

  private SecretRedactor() {}

  /** A redactor that knows the secrets of {@code values} whose variables are declared sensitive. */
  public static SecretRedactor of(List<GridVariable> declared, Map<String, Value> values) {
    SecretRedactor redactor = new SecretRedactor();
    for (GridVariable v : declared) {
      Value value = values.get(v.name());
      if (v.sensitive() && value != null) {
        Marks.markedTexts(Value.sensitive(value)).forEach(secret -> redactor.add(secret, false));
      }
    }
    return redactor;
  }

  /**
   * Masks {@code secret} from now on: a value marked at run time. The run keeps the last {@value
   * SecretForms#MAX_LEARNT} of these (a load test may learn one per iteration); the sensitive
   * variables' values are always kept.
   */
  @Override
  public void add(String secret) {
    add(secret, true);
  }

  private void add(String secret, boolean learnt) {
    if (secret.length() < SecretForms.MIN_LENGTH || forms.knows(secret)) {
      return;
    }
    String json = jsonEscaped(secret);
    // jsonencode also escapes <, > and & (as Terraform's does)
    String htmlSafe = json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    forms.add(secret, List.of(secret, json, jsonEscaped(json), htmlSafe, jsonEscaped(htmlSafe),
        URLEncoder.encode(secret, StandardCharsets.UTF_8)), learnt);
  }

  /** The text as it appears inside a JSON string (and, applied twice, inside jsonencode's output printed as JSON). */
  private static String jsonEscaped(String s) {
    String json = Json.encode(Value.string(s));
    return json.substring(1, json.length() - 1);
  }

  /** Whether no secret is known (yet). */
  public boolean isEmpty() {
    return forms.isEmpty();
  }

  /** {@code text} with every secret known so far masked. */
  @Override
  public String redact(String text) {
    return forms.replaceAll(text, MASK);
  }

  /**
   * A stream that redacts {@code target} line by line. It always wraps, as secrets may become
   * known while the run goes on; while none is known, it writes through.
   */
  public PrintStream wrap(PrintStream target) {
    return new PrintStream(new LineRedactingStream(target, this), true, StandardCharsets.UTF_8);
  }

  /** Writes out the partial line {@code stream} (from {@link #wrap}) may still hold. */
  public void finish(PrintStream stream) {
    stream.close();
  }
}
