package dev.burstgrid.modules.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.Runner;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ServiceRegistrationTest {
  @Test
  void everyCoreRunnerIsFoundByServiceLoader() {
    assertThat(ServiceLoader.load(Runner.class).stream().map(p -> p.type().getAnnotation(Kind.class).name()))
        .containsExactlyInAnyOrder("print", "env_vars", "sleep", "cmd");
  }
}
