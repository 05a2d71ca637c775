package dev.burstgrid.compiler.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.runtime.spi.Asset;
import dev.burstgrid.runtime.spi.Default;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.NoUses;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import dev.burstgrid.runtime.spi.Sensitive;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordSchemasTest {
  record Auth(String username, @Sensitive String password) {}

  @Doc("Test input.")
  record Input(
      @Doc("Where to go.") String url,
      @Default("\"GET\"") String method,
      @OptionalArg Map<String, String> headers,
      @Default("3") long retryCount,
      @Default("\"5s\"") Duration timeout,
      @OptionalArg Auth basicAuth,
      @OptionalArg List<Set<Integer>> nested,
      @OptionalArg Value json) {}

  @Test
  void mapsJavaTypesToHclTypesAndNamesToSnakeCase() throws Exception {
    RecordSchema s = RecordSchemas.read(Input.class);
    assertThat(s.names())
        .containsExactly("url", "method", "headers", "retry_count", "timeout", "basic_auth", "nested", "json");
    assertThat(s.doc()).isEqualTo("Test input.");
    assertThat(s.field("url").required()).isTrue();
    assertThat(s.field("url").doc()).isEqualTo("Where to go.");
    assertThat(s.field("method").required()).isFalse();
    assertThat(s.field("method").defaultExpr()).isEqualTo("\"GET\"");
    assertThat(s.field("headers").type()).isEqualTo(new Type.MapOf(Type.STRING));
    assertThat(s.field("retry_count").type()).isEqualTo(Type.NUMBER);
    assertThat(s.field("retry_count").javaName()).isEqualTo("retryCount");
    assertThat(s.field("timeout").type()).isEqualTo(Type.STRING);
    assertThat(s.field("timeout").isDuration()).isTrue();
    assertThat(s.field("nested").type()).isEqualTo(new Type.ListOf(new Type.SetOf(Type.NUMBER)));
    assertThat(s.field("json").type()).isEqualTo(Type.ANY);
    assertThat(s.field("basic_auth").type().friendlyName())
        .isEqualTo("object({password = string, username = string})");
    assertThat(s.field("basic_auth").nested().field("password").sensitive()).isTrue();
  }

  record BadMapKey(Map<Integer, String> m) {}

  record BadType(Thread t) {}

  record BadOptionalPrimitive(@OptionalArg long n) {}

  @Test
  void rejectsUnsupportedComponentTypes() {
    assertThatThrownBy(() -> RecordSchemas.read(BadMapKey.class)).hasMessageContaining("map keys must be String");
    assertThatThrownBy(() -> RecordSchemas.read(BadType.class)).hasMessageContaining("BadType.t: unsupported type java.lang.Thread");
    assertThatThrownBy(() -> RecordSchemas.read(BadOptionalPrimitive.class)).hasMessageContaining("@OptionalArg on a primitive");
  }

  static final class Conn implements AutoCloseable {
    @Override
    public void close() {}
  }

  record ConnConfig(@Default("\"x\"") String name) {}

  static final class ConnAsset implements Asset<ConnConfig, Conn> {
    public String type() { return "conn"; }
    public String description() { return "A connection."; }
    public Class<ConnConfig> configType() { return ConnConfig.class; }
    public Class<Conn> instanceType() { return Conn.class; }
    public Conn create(ConnConfig c, RunContext ctx) { return new Conn(); }
  }

  record Uses(@OptionalArg Conn client) {}

  record Out(long statusCode) {}

  static final class CallRunner implements Runner<Input, Uses, Out> {
    public String type() { return "call"; }
    public String description() { return "Calls."; }
    public Class<Input> inputType() { return Input.class; }
    public Class<Uses> usesType() { return Uses.class; }
    public Class<Out> outputType() { return Out.class; }
    public Out run(Input i, Uses u, RunContext c) { return new Out(200); }
  }

  record NoIn() {}

  static final class Plain implements Runner<NoIn, NoUses, NoIn> {
    public String type() { return "plain"; }
    public String description() { return "Nothing."; }
    public Class<NoIn> inputType() { return NoIn.class; }
    public Class<NoUses> usesType() { return NoUses.class; }
    public Class<NoIn> outputType() { return NoIn.class; }
    public NoIn run(NoIn i, NoUses u, RunContext c) { return i; }
  }

  @Test
  void catalogLinksUsesSlotsToAssetTypes() throws Exception {
    ModuleCatalog c = ModuleCatalog.of(List.of(new CallRunner(), new Plain()), List.of(new ConnAsset()));
    RunnerSchema call = c.runner("call");
    assertThat(call.slots()).hasSize(1);
    assertThat(call.slot("client").assetType()).isEqualTo("conn");
    assertThat(call.slot("client").required()).isFalse();
    assertThat(call.output().field("status_code").type()).isEqualTo(Type.NUMBER);
    assertThat(c.runner("plain").slots()).isEmpty();
  }

  @Test
  void usesOfAnUnknownInstanceTypeIsAModuleError() {
    assertThatThrownBy(() -> ModuleCatalog.of(List.of(new CallRunner()), List.of()))
        .hasMessageContaining("uses entry \"client\"");
  }
}
