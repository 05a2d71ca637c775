package dev.burstgrid.compiler.testmodule;

import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import dev.burstgrid.runtime.spi.Sensitive;

/** Answers a session token in a sensitive output field, so tests can follow its mark. */
@Kind(name = "test_login", doc = "Returns a session token (compiler tests only).")
public final class TestLoginRunner implements Runner<TestLoginRunner.Input, TestLoginRunner.Output> {

  @Doc("Arguments of test_login.")
  public record Input(@Doc("Who logs in.") String user) {}

  @Doc("Outputs of test_login.")
  public record Output(@Doc("Who logged in.") String user, @Doc("The session token.") @Sensitive String token) {}

  @Override
  public Output run(Input input, RunContext context) {
    return new Output(input.user(), "Sess" + "ionTok" + "en-" + input.user());
  }
}
