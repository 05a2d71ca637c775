package dev.burstgrid.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunFailureTest {
  private static String message(Throwable cause) {
    return RunFailure.of("step.x.y", "grid.hcl:1:1", cause).message();
  }

  @Test
  void theJvmsOwnHeapErrorSaysWhatRanOutAndHowToRaiseTheHeap() {
    assertThat(message(new OutOfMemoryError("Java heap space")))
        .startsWith("out of memory (Java heap space); the JVM's heap is at most ")
        .contains(" MB: give it more with -Xmx, such as BGGOC_JAVA_OPTS=-Xmx1g for ./bggoc");
  }

  @Test
  void aRunnersAccountIsKeptAndGetsTheHeapHint() {
    OutOfMemoryError described = new OutOfMemoryError("GET http://h/big ran out of memory (Java heap space)");
    described.initCause(new OutOfMemoryError("Java heap space"));
    assertThat(message(described)).startsWith("GET http://h/big ran out of memory (Java heap space); the JVM's heap");
  }

  @Test
  void memoryOtherThanTheHeapGetsNoHeapHint() {
    assertThat(message(new OutOfMemoryError("Metaspace"))).isEqualTo("out of memory (Metaspace)");
  }
}
