package dev.burstgrid.lang;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the values of sensitive variables out of what a run writes: every line on stdout and
 * stderr (print output, progress, errors, outputs) has each secret replaced by {@code (sensitive
 * value)} — as written, JSON-escaped (once or twice) and URL-encoded — so a secret that reached a URL, a command
 * line or a server's error body is hidden too. Values derived in other ways (base64, hashes) are
 * not recognised; secrets shorter than {@value #MIN_LENGTH} characters are not redacted, as they
 * would hide ordinary text.
 */
public final class SecretRedactor {
  public static final String MASK = "(sensitive value)";
  static final int MIN_LENGTH = 4;

  private final List<String> secrets;

  private SecretRedactor(List<String> secrets) {
    this.secrets = secrets;
  }

  /** The secrets of {@code values} whose variables are declared sensitive. */
  public static SecretRedactor of(List<GridVariable> declared, Map<String, Value> values) {
    Set<String> found = new LinkedHashSet<>();
    for (GridVariable v : declared) {
      Value value = values.get(v.name());
      if (v.sensitive() && value != null) {
        collect(value, found);
      }
    }
    Set<String> forms = new LinkedHashSet<>();
    for (String s : found) {
      if (s.length() >= MIN_LENGTH) {
        String json = jsonEscaped(s);
        // jsonencode also escapes <, > and & (as Terraform's does)
        String htmlSafe = json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        forms.addAll(List.of(s, json, jsonEscaped(json), htmlSafe, jsonEscaped(htmlSafe),
            URLEncoder.encode(s, StandardCharsets.UTF_8)));
      }
    }
    List<String> longestFirst = new ArrayList<>(forms);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    return new SecretRedactor(List.copyOf(longestFirst));
  }

  /** The text as it appears inside a JSON string (and, applied twice, inside jsonencode's output printed as JSON). */
  private static String jsonEscaped(String s) {
    String json = Json.encode(Value.string(s));
    return json.substring(1, json.length() - 1);
  }

  private static void collect(Value v, Set<String> into) {
    if (v instanceof Value.Sensitive marked) {
      collect(marked.value(), into);
    } else if (v instanceof Value.Str s) {
      into.add(s.value());
    } else if (v instanceof Value.Num n) {
      into.add(Json.formatNumber(n.value()));
    } else if (v instanceof Value.ListValue l) {
      l.elements().forEach(e -> collect(e, into));
    } else if (v instanceof Value.TupleValue t) {
      t.elements().forEach(e -> collect(e, into));
    } else if (v instanceof Value.SetValue s) {
      s.elements().forEach(e -> collect(e, into));
    } else if (v instanceof Value.MapValue m) {
      m.entries().values().forEach(e -> collect(e, into));
    } else if (v instanceof Value.ObjectValue o) {
      o.attributes().values().forEach(e -> collect(e, into));
    }
  }

  public boolean isEmpty() {
    return secrets.isEmpty();
  }

  /** {@code text} with every secret masked. */
  public String redact(String text) {
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, MASK);
    }
    return out;
  }

  /** {@code target} itself when there is nothing to hide, else a stream that redacts it line by line. */
  public PrintStream wrap(PrintStream target) {
    return isEmpty() ? target : new PrintStream(new LineRedactingStream(target), true, StandardCharsets.UTF_8);
  }

  /** Writes out the partial line {@code stream} (from {@link #wrap}) may still hold. */
  public void finish(PrintStream stream) {
    if (!isEmpty()) {
      stream.close();
    }
  }

  /** Holds each line until its end, so that a secret split across writes is still seen whole. */
  private final class LineRedactingStream extends OutputStream {
    private final PrintStream target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineRedactingStream(PrintStream target) {
      this.target = target;
    }

    @Override
    public synchronized void write(int b) {
      line.write(b);
      if (b == '\n') {
        emit();
      }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }

    @Override
    public synchronized void flush() {
      target.flush(); // a partial line waits for its end
    }

    @Override
    public synchronized void close() {
      emit();
      target.flush();
    }

    private void emit() {
      if (line.size() > 0) {
        target.print(redact(line.toString(StandardCharsets.UTF_8)));
        line.reset();
      }
      target.flush();
    }
  }
}
