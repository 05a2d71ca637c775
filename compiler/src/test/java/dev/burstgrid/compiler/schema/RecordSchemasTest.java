package dev.burstgrid.compiler.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.runtime.spi.Asset;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
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
      String method,
      @OptionalArg Map<String, String> headers,
      long retryCount,
      Duration timeout,
      @OptionalArg Auth basicAuth,
      @OptionalArg List<Set<Integer>> nested,
      @OptionalArg Value json) {

    public static final Input DEFAULTS = new Input(null, "GET", null, 3, Duration.ofSeconds(5), null, null, null);
  }

  @Test
  void mapsJavaTypesToHclTypesAndNamesToSnakeCase() throws Exception {
    RecordSchema s = RecordSchemas.read(Input.class);
    assertThat(s.names())
        .containsExactly("url", "method", "headers", "retry_count", "timeout", "basic_auth", "nested", "json");
    assertThat(s.doc()).isEqualTo("Test input.");
    assertThat(s.field("url").required()).isTrue();
    assertThat(s.field("url").doc()).isEqualTo("Where to go.");
    assertThat(s.field("headers").type()).isEqualTo(new Type.MapOf(Type.STRING));
    assertThat(s.field("retry_count").type()).isEqualTo(Type.NUMBER);
    assertThat(s.field("retry_count").javaName()).isEqualTo("retryCount");
    assertThat(s.field("retry_count").record()).isEqualTo(Input.class);
    assertThat(s.field("timeout").type()).isEqualTo(Type.STRING);
    assertThat(s.field("timeout").isDuration()).isTrue();
    assertThat(s.field("nested").type()).isEqualTo(new Type.ListOf(new Type.SetOf(Type.NUMBER)));
    assertThat(s.field("json").type()).isEqualTo(Type.ANY);
    assertThat(s.field("basic_auth").type().friendlyName())
        .isEqualTo("object({password = string, username = string})");
    assertThat(s.field("basic_auth").nested().field("password").sensitive()).isTrue();
  }

  @Test
  void defaultsAreTheTypedValuesOfTheDefaultsConstant() throws Exception {
    RecordSchema s = RecordSchemas.read(Input.class);
    assertThat(s.field("method").required()).isFalse();
    assertThat(s.field("method").defaultValue()).isEqualTo(Value.string("GET"));
    assertThat(s.field("retry_count").defaultValue()).isEqualTo(Value.number(3));
    assertThat(s.field("timeout").defaultValue()).isEqualTo(Value.string("5s"));
    assertThat(s.field("headers").hasDefault()).isFalse();
    assertThat(s.field("headers").required()).isFalse();
    assertThat(s.field("url").hasDefault()).isFalse();
  }

  record Collections(List<String> tags, Set<Long> ports, Map<String, Duration> waits, Auth auth) {
    public static final Collections DEFAULTS =
        new Collections(List.of("a"), Set.of(80L), Map.of("x", Duration.ofMillis(250)), new Auth("u", null));
  }

  @Test
  void collectionAndRecordDefaultsBecomeValuesOfTheirHclTypes() throws Exception {
    RecordSchema s = RecordSchemas.read(Collections.class);
    assertThat(s.field("tags").defaultValue()).isEqualTo(new Value.ListValue(Type.STRING, List.of(Value.string("a"))));
    assertThat(s.field("ports").defaultValue()).isEqualTo(new Value.SetValue(Type.NUMBER, List.of(Value.number(80))));
    assertThat(s.field("waits").defaultValue().type()).isEqualTo(new Type.MapOf(Type.STRING));
    assertThat(s.field("auth").defaultValue().type().friendlyName())
        .isEqualTo("object({password = string, username = string})");
  }

  record Primitives(int n, boolean b) {}

  record PrimitivesWithDefaults(int n, boolean b, Integer boxed) {
    public static final PrimitivesWithDefaults DEFAULTS = new PrimitivesWithDefaults(0, false, null);
  }

  @Test
  void aPrimitiveIsRequiredWithoutDefaultsAndDefaultedWithThem() throws Exception {
    assertThat(RecordSchemas.read(Primitives.class).field("n").required()).isTrue();
    RecordSchema s = RecordSchemas.read(PrimitivesWithDefaults.class);
    assertThat(s.field("n").defaultValue()).isEqualTo(Value.number(0));
    assertThat(s.field("b").defaultValue()).isEqualTo(Value.FALSE);
    assertThat(s.field("boxed").required()).as("a boxed component with a null default").isTrue();
  }

  record BadMapKey(Map<Integer, String> m) {}

  record BadType(Thread t) {}

  record BadOptionalPrimitive(@OptionalArg long n) {}

  @Test
  void rejectsUnsupportedComponentTypes() {
    assertThatThrownBy(() -> RecordSchemas.read(BadMapKey.class)).hasMessageContaining("map keys must be String");
    assertThatThrownBy(() -> RecordSchemas.read(BadType.class))
        .hasMessageContaining("RecordSchemasTest.BadType.t: unsupported type java.lang.Thread");
    assertThatThrownBy(() -> RecordSchemas.read(BadOptionalPrimitive.class)).hasMessageContaining("@OptionalArg on a primitive");
  }

  record WrongDefaultsType(String s) {
    public static final Input DEFAULTS = Input.DEFAULTS;
  }

  record DefaultsNotFinal(String s) {
    public static WrongDefaultsType DEFAULTS = null;
  }

  record NullDefaults(String s) {
    public static final NullDefaults DEFAULTS = null;
  }

  record DefaultsThatThrow(String s) {
    DefaultsThatThrow {
      if (s == null) {
        throw new IllegalArgumentException("s is required");
      }
    }

    public static final DefaultsThatThrow DEFAULTS = new DefaultsThatThrow(null);
  }

  record OptionalWithDefault(@OptionalArg String s) {
    public static final OptionalWithDefault DEFAULTS = new OptionalWithDefault("x");
  }

  record PollutedDefault(List<Integer> ports) {
    @SuppressWarnings("unchecked")
    public static final PollutedDefault DEFAULTS = new PollutedDefault((List<Integer>) (List<?>) List.of("eighty"));
  }

  record NotANumber(double ratio) {
    public static final NotANumber DEFAULTS = new NotANumber(Double.NaN);
  }

  @Test
  void invalidDefaultsAreErrorsNamingTheRecordAndComponent() {
    assertThatThrownBy(() -> RecordSchemas.read(WrongDefaultsType.class)).hasMessage(
        "RecordSchemasTest.WrongDefaultsType.DEFAULTS must be declared public static final WrongDefaultsType"
            + " DEFAULTS = new WrongDefaultsType(…), with null for the components that have no default");
    assertThatThrownBy(() -> RecordSchemas.read(DefaultsNotFinal.class)).hasMessageContaining("must be declared public static final");
    assertThatThrownBy(() -> RecordSchemas.read(NullDefaults.class))
        .hasMessage("RecordSchemasTest.NullDefaults.DEFAULTS is null");
    assertThatThrownBy(() -> RecordSchemas.read(DefaultsThatThrow.class))
        .hasMessage("cannot build RecordSchemasTest.DefaultsThatThrow.DEFAULTS: java.lang.IllegalArgumentException: s is required");
    assertThatThrownBy(() -> RecordSchemas.read(OptionalWithDefault.class)).hasMessage(
        "RecordSchemasTest.OptionalWithDefault.s is @OptionalArg but RecordSchemasTest.OptionalWithDefault.DEFAULTS.s"
            + " gives it a default; keep one of the two");
    assertThatThrownBy(() -> RecordSchemas.read(PollutedDefault.class)).hasMessage(
        "RecordSchemasTest.PollutedDefault.DEFAULTS.ports[0] is a java.lang.String, not a java.lang.Integer");
    assertThatThrownBy(() -> RecordSchemas.read(NotANumber.class))
        .hasMessage("RecordSchemasTest.NotANumber.DEFAULTS.ratio is NaN, which HCL numbers cannot hold");
  }

  record Acronyms(String baseURL, String parseHTTPBody, String http2Client, String already_snake) {}

  record Colliding(String maxConn, String max_conn) {}

  @Test
  void camelCaseComponentsAreSnakeCaseInHcl() throws Exception {
    assertThat(RecordSchemas.read(Acronyms.class).names())
        .containsExactly("base_url", "parse_http_body", "http2_client", "already_snake");
    assertThatThrownBy(() -> RecordSchemas.read(Colliding.class)).hasMessage(
        "RecordSchemasTest.Colliding: components maxConn and max_conn are both \"max_conn\" in HCL; rename one");
  }

  static final class Conn implements AutoCloseable {
    @Override
    public void close() {}
  }

  record ConnConfig(String name) {
    public static final ConnConfig DEFAULTS = new ConnConfig("x");
  }

  @Kind(name = "conn", doc = "A connection.")
  static final class ConnAsset implements Asset<ConnConfig, Conn> {
    public Conn create(ConnConfig c, RunContext ctx) { return new Conn(); }
  }

  record Uses(@OptionalArg Conn client) {}

  record Out(long statusCode) {}

  @Kind(name = "call", doc = "Calls.")
  static final class CallRunner implements Runner.WithUses<Input, Uses, Out> {
    public Out run(Input i, Uses u, RunContext c) { return new Out(200); }
  }

  record NoIn() {}

  @Kind(name = "plain", doc = "Nothing.")
  static final class Plain implements Runner<NoIn, NoIn> {
    public NoIn run(NoIn i, RunContext c) { return i; }
  }

  @Test
  void catalogReadsNamesAndRecordsFromTheClassAndLinksUsesSlotsToAssetTypes() throws Exception {
    ModuleCatalog c = ModuleCatalog.of(List.of(new CallRunner(), new Plain()), List.of(new ConnAsset()));
    RunnerSchema call = c.runner("call");
    assertThat(call.description()).isEqualTo("Calls.");
    assertThat(call.input().recordClass()).isEqualTo(Input.class);
    assertThat(call.usesResources()).isTrue();
    assertThat(call.slots()).hasSize(1);
    assertThat(call.slot("client").assetType()).isEqualTo("conn");
    assertThat(call.slot("client").required()).isFalse();
    assertThat(call.output().field("status_code").type()).isEqualTo(Type.NUMBER);
    assertThat(c.runner("plain").usesResources()).isFalse();
    assertThat(c.runner("plain").slots()).isEmpty();
    assertThat(c.asset("conn").config().field("name").defaultValue()).isEqualTo(Value.string("x"));
    assertThat(c.asset("conn").instanceClass()).isEqualTo(Conn.class);
  }

  @Test
  void usesOfAnUnknownInstanceTypeIsAModuleError() {
    assertThatThrownBy(() -> ModuleCatalog.of(List.of(new CallRunner()), List.of()))
        .hasMessageContaining("uses entry \"client\"");
  }

  /** A base class that leaves the input open; subclasses name it. */
  abstract static class Base<I extends Record> implements Runner<I, Out> {
    public Out run(I input, RunContext c) { return new Out(1); }
  }

  @Kind(name = "derived", doc = "Through a base class.")
  static final class Derived extends Base<ConnConfig> {}

  @Kind(name = "open", doc = "Leaves a parameter open.")
  static final class Open<I extends Record> extends Base<I> {}

  @SuppressWarnings("rawtypes")
  @Kind(name = "raw", doc = "Raw.")
  static final class Raw implements Runner {
    public Record run(Record input, RunContext c) { return input; }
  }

  static final class Unnamed implements Runner<NoIn, NoIn> {
    public NoIn run(NoIn i, RunContext c) { return i; }
  }

  @Kind(name = "two words", doc = "Badly named.")
  static final class BadName implements Runner<NoIn, NoIn> {
    public NoIn run(NoIn i, RunContext c) { return i; }
  }

  @Test
  void typeArgumentsAreResolvedThroughSuperclassesAndBadDeclarationsNameTheClass() throws Exception {
    assertThat(ModuleCatalog.of(List.of(new Derived()), List.of()).runner("derived").input().recordClass())
        .isEqualTo(ConnConfig.class);
    String prefix = "runner dev.burstgrid.compiler.schema.RecordSchemasTest$";
    assertThatThrownBy(() -> ModuleCatalog.of(List.of(new Open<NoIn>()), List.of())).hasMessage(prefix
        + "Open: cannot resolve type parameter I of Runner<I, O> to a class (got I); name a concrete type in the"
        + " implements or extends clause");
    assertThatThrownBy(() -> ModuleCatalog.of(List.of(new Raw()), List.of())).hasMessage(prefix
        + "Raw: it implements Runner<I, O> without type arguments; name its types in the implements clause");
    assertThatThrownBy(() -> ModuleCatalog.of(List.of(new Unnamed()), List.of())).hasMessage(prefix
        + "Unnamed: it has no @Kind annotation; add @Kind(name = \"…\", doc = \"…\") to name it for grids");
    assertThatThrownBy(() -> ModuleCatalog.of(List.of(new BadName()), List.of())).hasMessageContaining(
        "BadName: @Kind name \"two words\" is not a valid type name");
  }
}
