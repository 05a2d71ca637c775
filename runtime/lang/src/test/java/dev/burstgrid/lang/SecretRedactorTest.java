package dev.burstgrid.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {
  private final List<GridVariable> declared = List.of(
      new GridVariable("token", Type.STRING, null, true), new GridVariable("user", Type.STRING, null, false));
  private final SecretRedactor redactor = SecretRedactor.of(declared,
      Map.of("token", Value.string("a<b>&c"), "user", Value.string("alice")));

  @Test
  void masksEveryFormOfASensitiveValueOnly() {
    assertThat(redactor.redact("alice a<b>&c a%3Cb%3E%26c \"a\\u003cb\\u003e\\u0026c\""))
        .isEqualTo("alice (sensitive value) (sensitive value) \"(sensitive value)\"");
  }

  @Test
  void aSecretSplitAcrossWritesIsStillMasked() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = redactor.wrap(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    out.print("x a<b");
    out.flush();
    out.print(">&c y\ntail a<b>&c");
    redactor.finish(out);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("x (sensitive value) y\ntail (sensitive value)");
  }

  @Test
  void aLineRewrittenInPlaceShowsAtOnceWhileASecretIsKnown() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = redactor.wrap(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    err.print("\rrunning 1s a<b>&c\u001b[K\r");
    err.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\rrunning 1s (sensitive value)\u001b[K\r");
  }

  @Test
  void aLoadTestsTokensAreKeptUpToABoundAndTheDeclaredSecretsAlways() {
    for (int i = 0; i <= SecretForms.MAX_LEARNT; i++) {
      redactor.add("token-of-iteration-" + i);
    }
    assertThat(redactor.redact("token-of-iteration-0 token-of-iteration-1 token-of-iteration-"
        + SecretForms.MAX_LEARNT + " a<b>&c"))
        .isEqualTo("token-of-iteration-0 (sensitive value) (sensitive value) (sensitive value)");
  }

  @Test
  void shortSecretsAreLeftAlone() {
    SecretRedactor pin = SecretRedactor.of(List.of(new GridVariable("p", Type.NUMBER, null, true)),
        Map.of("p", Value.number(7)));
    assertThat(pin.isEmpty()).isTrue();
  }

  @Test
  void aSecretLearntDuringTheRunIsMaskedFromThenOn() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SecretRedactor none = SecretRedactor.of(List.of(), Map.of());
    PrintStream out = none.wrap(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    out.println("before Tok3n-1");
    none.add("Tok3n-1");
    out.println("after Tok3n-1, encoded Tok3n-1 in \"Tok3n-1\"");
    none.finish(out);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("before Tok3n-1\nafter (sensitive value), encoded (sensitive value) in \"(sensitive value)\"\n");
  }

  @Test
  void theLongestSecretAtAPlaceWins() {
    SecretRedactor r = SecretRedactor.of(List.of(), Map.of());
    r.add("abcd");
    r.add("abcdefgh");
    assertThat(r.redact("xabcdefghx abcdx abc")).isEqualTo("x(sensitive value)x (sensitive value)x abc");
  }

  @Test
  void manySecretsAreAllMasked() {
    SecretRedactor r = SecretRedactor.of(List.of(), Map.of());
    for (int i = 0; i < 10_000; i++) {
      r.add("token-" + i);
    }
    assertThat(r.redact("a token-42 b token-9999 c token-")).isEqualTo("a (sensitive value) b (sensitive value) c token-");
  }
}
