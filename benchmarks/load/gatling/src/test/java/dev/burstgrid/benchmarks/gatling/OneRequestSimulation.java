package dev.burstgrid.benchmarks.gatling;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The load benchmark's scenario in Gatling: {@code -Dusers} users (50) each repeating one GET of
 * {@code -Durl} for {@code -Dseconds} (10), a closed model like bggo's {@code --vus --duration}.
 * Warm-up is off so nothing leaves 127.0.0.1.
 */
public class OneRequestSimulation extends Simulation {
  private static final int USERS = Integer.getInteger("users", 50);
  private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("seconds", 10));
  private static final String URL = System.getProperty("url", "http://127.0.0.1:18080/");

  {
    var get = exec(http("get").get(URL).check(status().is(200)));
    var users = scenario("one request").during(DURATION).on(get);
    setUp(users.injectClosed(constantConcurrentUsers(USERS).during(DURATION)))
        .protocols(http.disableWarmUp())
        .maxDuration(DURATION.plusSeconds(5));
  }
}
