package dev.burstgrid.modules.websocket.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link NodeServer} for a test class: started before its first test, stopped after its
 * last; each test is skipped, saying why, when node is not installed. Register it with {@code @RegisterExtension
 * static final NodeServerExtension NODE = new NodeServerExtension("socketio");}.
 */
public final class NodeServerExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private final String module;
  private NodeServer server;

  public NodeServerExtension(String module) {
    this.module = module;
  }

  /** The running server. */
  public NodeServer server() {
    return server;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (NodeServer.nodeInstalled()) {
      server = NodeServer.start(module);
    }
  }

  /** Skips each test, with the reason, when there is no server (a class-level skip shows none). */
  @Override
  public void beforeEach(ExtensionContext context) {
    Assumptions.assumeTrue(server != null, NodeServer.NO_NODE);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (server != null) {
      server.close();
    }
  }
}
