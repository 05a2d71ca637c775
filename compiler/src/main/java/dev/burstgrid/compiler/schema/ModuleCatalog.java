package dev.burstgrid.compiler.schema;

import dev.burstgrid.runtime.spi.Asset;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.Runner;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every runner and asset type on a class path, found with {@link ServiceLoader}, with its
 * schema read from its records. A module whose records cannot be read is listed in {@link
 * #problems()} instead of failing the whole catalog.
 */
public final class ModuleCatalog {
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private final Map<String, RunnerSchema> runners;
  private final Map<String, AssetSchema> assets;
  private final List<String> problems;
  /** Why a type some module names with {@code @Kind} cannot be used, by "runner NAME" or "asset NAME". */
  private final Map<String, String> unusable;

  private ModuleCatalog(Map<String, RunnerSchema> runners, Map<String, AssetSchema> assets,
      List<String> problems, Map<String, String> unusable) {
    this.runners = Collections.unmodifiableMap(runners);
    this.assets = Collections.unmodifiableMap(assets);
    this.problems = List.copyOf(problems);
    this.unusable = Map.copyOf(unusable);
  }

  public static ModuleCatalog load(ClassLoader loader) {
    Map<String, AssetSchema> assets = new TreeMap<>();
    Map<String, RunnerSchema> runners = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    Map<String, String> unusable = new TreeMap<>();
    try {
      for (Asset<?, ?> a : ServiceLoader.load(Asset.class, loader)) {
        try {
          AssetSchema schema = asset(a);
          if (assets.putIfAbsent(schema.type(), schema) != null) {
            problems.add("asset type \"" + schema.type() + "\" is defined twice; " + a.getClass().getName() + " ignored");
          }
        } catch (SchemaException e) {
          problems.add(e.getMessage());
          markUnusable(unusable, "asset", a, e);
        }
      }
      for (Runner<?, ?> r : ServiceLoader.load(Runner.class, loader)) {
        try {
          RunnerSchema schema = runner(r, assets);
          if (runners.putIfAbsent(schema.type(), schema) != null) {
            problems.add("runner type \"" + schema.type() + "\" is defined twice; " + r.getClass().getName() + " ignored");
          }
        } catch (SchemaException e) {
          problems.add(e.getMessage());
          markUnusable(unusable, "runner", r, e);
        }
      }
    } catch (ServiceConfigurationError e) {
      problems.add("cannot load modules: " + e.getMessage());
    }
    return new ModuleCatalog(runners, assets, problems, unusable);
  }

  private static void markUnusable(Map<String, String> unusable, String kind, Object module, SchemaException e) {
    Kind named = module.getClass().getAnnotation(Kind.class);
    if (named != null) {
      unusable.putIfAbsent(kind + " " + named.name(), e.getMessage());
    }
  }

  /** A catalog of exactly these (tests). */
  public static ModuleCatalog of(List<Runner<?, ?>> runnerList, List<Asset<?, ?>> assetList)
      throws SchemaException {
    Map<String, AssetSchema> assets = new TreeMap<>();
    for (Asset<?, ?> a : assetList) {
      AssetSchema s = asset(a);
      assets.put(s.type(), s);
    }
    Map<String, RunnerSchema> runners = new TreeMap<>();
    for (Runner<?, ?> r : runnerList) {
      RunnerSchema s = runner(r, assets);
      runners.put(s.type(), s);
    }
    return new ModuleCatalog(runners, assets, List.of(), Map.of());
  }

  /** The asset's schema; its problems are errors naming its class. */
  private static AssetSchema asset(Asset<?, ?> a) throws SchemaException {
    Class<?> k = a.getClass();
    try {
      Kind kind = kind(k);
      Class<?> config = TypeArguments.classArgument(k, Asset.class, 0);
      Class<?> instance = TypeArguments.classArgument(k, Asset.class, 1);
      return new AssetSchema(kind.name(), kind.doc(), k, a, RecordSchemas.read(config), instance);
    } catch (SchemaException | RuntimeException | LinkageError e) {
      throw new SchemaException("asset " + k.getName() + ": " + e.getMessage());
    }
  }

  /** The runner's schema; its problems are errors naming its class. */
  private static RunnerSchema runner(Runner<?, ?> r, Map<String, AssetSchema> assets) throws SchemaException {
    Class<?> k = r.getClass();
    try {
      Kind kind = kind(k);
      List<Class<?>> io = TypeArguments.records(k, Runner.class);
      RecordSchema uses = null;
      List<RunnerSchema.UsesSlot> slots = List.of();
      if (r instanceof Runner.WithUses<?, ?, ?>) {
        Class<?> usesClass = TypeArguments.records(k, Runner.WithUses.class).get(1);
        uses = RecordSchemas.readUses(usesClass);
        slots = slots(usesClass, uses, assets);
      }
      dev.burstgrid.runtime.spi.Pure pure = k.getAnnotation(dev.burstgrid.runtime.spi.Pure.class);
      return new RunnerSchema(kind.name(), kind.doc(), k, r, RecordSchemas.read(io.get(0)), uses, slots,
          RecordSchemas.read(io.get(1)), pure == null ? null : pure.version());
    } catch (SchemaException | RuntimeException | LinkageError e) {
      throw new SchemaException("runner " + k.getName() + ": " + e.getMessage());
    }
  }

  private static List<RunnerSchema.UsesSlot> slots(Class<?> usesClass, RecordSchema uses,
      Map<String, AssetSchema> assets) throws SchemaException {
    List<RunnerSchema.UsesSlot> slots = new ArrayList<>();
    for (RecordComponent c : usesClass.getRecordComponents()) {
      AssetSchema asset = assetFor(c.getType(), assets);
      if (asset == null) {
        throw new SchemaException(
            "uses entry \"" + c.getName() + "\" has type " + c.getType().getName()
                + ", which is no asset's instance type");
      }
      FieldSchema f = uses.field(Names.snakeCase(c.getName()));
      slots.add(new RunnerSchema.UsesSlot(f.name(), c.getName(), asset.type(), c.getType(), f.required(), f.doc()));
    }
    return slots;
  }

  /** The class's {@code @Kind}, checked. */
  private static Kind kind(Class<?> k) throws SchemaException {
    Kind kind = k.getAnnotation(Kind.class);
    if (kind == null) {
      throw new SchemaException(
          "it has no @Kind annotation; add @Kind(name = \"…\", doc = \"…\") to name it for grids");
    }
    if (!TYPE_NAME.matcher(kind.name()).matches()) {
      throw new SchemaException("@Kind name \"" + kind.name() + "\" is not a valid type name: use letters,"
          + " digits, _ and -, not starting with a digit");
    }
    return kind;
  }

  private static AssetSchema assetFor(Class<?> instanceClass, Map<String, AssetSchema> assets) {
    for (AssetSchema a : assets.values()) {
      if (a.instanceClass() == instanceClass) {
        return a;
      }
    }
    return null;
  }

  public RunnerSchema runner(String type) {
    return runners.get(type);
  }

  public AssetSchema asset(String type) {
    return assets.get(type);
  }

  public Map<String, RunnerSchema> runners() {
    return runners;
  }

  public Map<String, AssetSchema> assets() {
    return assets;
  }

  public List<String> problems() {
    return problems;
  }

  /** Why the runner type a module names cannot be used (its schema is broken), or null. */
  public String unusableRunner(String type) {
    return unusable.get("runner " + type);
  }

  /** Why the asset type a module names cannot be used, or null. */
  public String unusableAsset(String type) {
    return unusable.get("asset " + type);
  }
}
