package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A step that names some instances of a group waits for exactly those: the dependent ends
 * (recorded in the run's progress log, with its timestamps) long before the group's slow
 * instances, which take 1.5 s against 20 ms for the named ones.
 */
class DependencyPrecisionTest {
  /** The dependent must end at least this much earlier than the slow instances. */
  private static final long MARGIN_MS = 700;

  @Test
  void dependsOnTwoInstancesWaitsForThoseTwoOnly() {
    CliResult r = Cli.run("run", RunCommandTest.grid("depends_on_instances"));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    long after = endedAt(r.err(), "step.print.after");
    assertThat(endedAt(r.err(), "step.sleep.s[2]") - after).as(r.err()).isGreaterThan(MARGIN_MS);
    assertThat(after).as(r.err()).isGreaterThanOrEqualTo(endedAt(r.err(), "step.sleep.s[1]"));
  }

  @Test
  void anInstanceOfARunTimeGroupWaitsForTheInstanceItIndexes() {
    CliResult r = Cli.run("run", RunCommandTest.grid("instance_by_count_index"), "-var", "users=3");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("step.print.home[0] \"20ms\"", "step.print.home[2] \"1.5s\"");
    long home0 = endedAt(r.err(), "step.print.home[0]");
    assertThat(endedAt(r.err(), "step.sleep.login[1]") - home0).as(r.err()).isGreaterThan(MARGIN_MS);
    assertThat(home0).as(r.err()).isGreaterThanOrEqualTo(endedAt(r.err(), "step.sleep.login[0]"));
  }

  /** When the progress log says the step ended ({@code [   52ms] ok      step.print.after …}). */
  private static long endedAt(String log, String address) {
    Matcher m = Pattern.compile("\\[\\s*(\\d+)ms\\] ok\\s+" + Pattern.quote(address) + " ").matcher(log);
    assertThat(m.find()).as("no ok line for " + address + " in:\n" + log).isTrue();
    return Long.parseLong(m.group(1));
  }
}
