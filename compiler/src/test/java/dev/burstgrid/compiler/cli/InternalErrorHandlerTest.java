package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.diag.CompilerBug;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class InternalErrorHandlerTest {
  private final StringWriter err = new StringWriter();

  @Test
  void aStackOverflowIsABugMessageWithTheGridLocationAndExit70() {
    Throwable failure = new CompilerBug("the code for step.print.a at grid.hcl:4:1", new StackOverflowError());
    assertThat(InternalErrorHandler.handle(failure, new PrintWriter(err))).isEqualTo(70);
    assertThat(err.toString()).isEqualTo("bggoc: internal error while handling the code for step.print.a at"
        + " grid.hcl:4:1: java.lang.StackOverflowError. This is a bug in bggoc; please report it with the grid that"
        + " caused it. Set BGGO_DEBUG=1 for details.\n");
  }

  @Test
  void picocliWrappingIsUnwrappedAndNoStackTraceIsPrinted() {
    CommandLine cl = new CommandLine(new Thrower()).setErr(new PrintWriter(err))
        .setExecutionExceptionHandler(new InternalErrorHandler());
    assertThat(cl.execute()).isEqualTo(70);
    assertThat(err.toString()).startsWith("bggoc: internal error: java.lang.IllegalStateException: boom. This is a bug")
        .doesNotContain("\tat ");
  }

  @CommandLine.Command(name = "thrower")
  static final class Thrower implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("boom");
    }
  }
}
