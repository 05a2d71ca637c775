package dev.burstgrid.modules.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.runtime.testing.TestRunContext;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class InboxTest {
  final TestRunContext context = new TestRunContext("step.test.inbox");
  final Inbox<String> inbox = new Inbox<>(2);

  String take(Inbox<String>.Claim claim) throws Exception {
    return claim.await(Duration.ofMillis(100), context, "message");
  }

  @Test
  void aMessageGoesToTheOldestClaimThatAcceptsIt() throws Exception {
    Inbox<String>.Claim any = inbox.claim(m -> true, false);
    Inbox<String>.Claim onlyB = inbox.claim(m -> m.equals("b"), false);
    Inbox<String>.Claim secondAny = inbox.claim(m -> true, false);
    inbox.deliver("b");
    inbox.deliver("c");
    assertThat(take(any)).isEqualTo("b");
    assertThat(take(secondAny)).isEqualTo("c");
    assertThatThrownBy(() -> take(onlyB)).isInstanceOf(TimeoutException.class).hasMessage("no message within 100ms");
    assertThat(inbox.waitingCount()).isZero();
  }

  @Test
  void anUnclaimedMessageIsKeptForAClaimThatLooksAtKeptOnes() throws Exception {
    inbox.deliver("early");
    assertThatThrownBy(() -> take(inbox.claim(m -> true, false))).isInstanceOf(TimeoutException.class);
    assertThat(take(inbox.claim(m -> true, true))).isEqualTo("early");
    assertThatThrownBy(() -> take(inbox.claim(m -> true, true))).isInstanceOf(TimeoutException.class);
  }

  @Test
  void beyondItsCapacityTheOldestKeptMessageIsDropped() throws Exception {
    inbox.deliver("1");
    inbox.deliver("2");
    inbox.deliver("3");
    assertThat(take(inbox.claim(m -> true, true))).isEqualTo("2");
    assertThat(take(inbox.claim(m -> true, true))).isEqualTo("3");
  }

  @Test
  void theEndFailsWaitingAndLaterClaimsButKeptMessagesStillAnswer() throws Exception {
    Inbox<String>.Claim waiting = inbox.claim(m -> m.equals("never"), false);
    inbox.deliver("kept");
    inbox.end("the server went away");
    assertThatThrownBy(() -> take(waiting)).isInstanceOf(IOException.class).hasMessage("message: the server went away");
    assertThat(take(inbox.claim(m -> true, true))).isEqualTo("kept");
    assertThatThrownBy(() -> take(inbox.claim(m -> true, true))).hasMessage("message: the server went away");
    assertThat(inbox.hasEnded()).isTrue();
  }

  @Test
  void aWithdrawnClaimTakesNothing() throws Exception {
    Inbox<String>.Claim withdrawn = inbox.claim(m -> true, false);
    withdrawn.withdraw();
    inbox.deliver("x");
    assertThat(take(inbox.claim(m -> true, true))).isEqualTo("x");
  }
}
