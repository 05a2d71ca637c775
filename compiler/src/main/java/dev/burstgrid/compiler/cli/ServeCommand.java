package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.cli.serve.TargetServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bggoc serve}: a local HTTP target for examples and benchmarks that need no server installed. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves a local HTTP/1.1 target on 127.0.0.1 until Ctrl-C, for examples and benchmarks.",
        "Any method; paths: / (text \"ok\"), /json (a JSON object), /delay/N (answers after N ms),"
            + " /status/N (answers status N, 200 to 599); anything else 404.",
        "Prints the address it listens on to stdout."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"2:the port cannot be used", "130:stopped with Ctrl-C"})
final class ServeCommand implements Callable<Integer> {
  @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
      description = "The port to listen on (default: ${DEFAULT-VALUE}); 0 picks a free one.")
  int port;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      err.println("bggoc: --port must be 0 to 65535, got " + port);
      return ExitCodes.USAGE;
    }
    TargetServer server;
    try {
      server = TargetServer.start(port);
    } catch (BindException e) {
      err.println("bggoc: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
          + "); choose another port with --port, or --port 0 for any free one");
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("bggoc: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    out.println("listening on " + server.url());
    out.flush();
    err.println("bggoc serve: GET / /json /delay/N /status/N on " + server.url() + "; Ctrl-C stops");
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (IOException ignored) {
        // stopping anyway
      }
      err.println("bggoc serve: stopped after " + server.requests() + " requests");
      err.flush();
      stopped.countDown();
    }, "bggoc-serve-stop"));
    stopped.await(); // until Ctrl-C or SIGTERM: the JVM then exits with 130 or 143
    return ExitCodes.INTERRUPTED;
  }
}
