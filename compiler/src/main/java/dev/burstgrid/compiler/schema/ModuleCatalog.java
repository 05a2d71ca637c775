package dev.burstgrid.compiler.schema;

import dev.burstgrid.runtime.spi.Asset;
import dev.burstgrid.runtime.spi.Runner;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Every runner and asset type on a class path, found with {@link ServiceLoader}, with its
 * schema read from its records. A module whose records cannot be read is listed in {@link
 * #problems()} instead of failing the whole catalog.
 */
public final class ModuleCatalog {
  private final Map<String, RunnerSchema> runners;
  private final Map<String, AssetSchema> assets;
  private final List<String> problems;

  private ModuleCatalog(
      Map<String, RunnerSchema> runners, Map<String, AssetSchema> assets, List<String> problems) {
    this.runners = Collections.unmodifiableMap(runners);
    this.assets = Collections.unmodifiableMap(assets);
    this.problems = List.copyOf(problems);
  }

  public static ModuleCatalog load(ClassLoader loader) {
    Map<String, AssetSchema> assets = new TreeMap<>();
    Map<String, RunnerSchema> runners = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    try {
      for (Asset<?, ?> a : ServiceLoader.load(Asset.class, loader)) {
        try {
          AssetSchema schema = asset(a);
          if (assets.putIfAbsent(schema.type(), schema) != null) {
            problems.add("asset type \"" + schema.type() + "\" is defined twice; " + a.getClass().getName() + " ignored");
          }
        } catch (SchemaException | RuntimeException e) {
          problems.add("asset " + a.getClass().getName() + ": " + e.getMessage());
        }
      }
      for (Runner<?, ?, ?> r : ServiceLoader.load(Runner.class, loader)) {
        try {
          RunnerSchema schema = runner(r, assets);
          if (runners.putIfAbsent(schema.type(), schema) != null) {
            problems.add("runner type \"" + schema.type() + "\" is defined twice; " + r.getClass().getName() + " ignored");
          }
        } catch (SchemaException | RuntimeException e) {
          problems.add("runner " + r.getClass().getName() + ": " + e.getMessage());
        }
      }
    } catch (ServiceConfigurationError e) {
      problems.add("cannot load modules: " + e.getMessage());
    }
    return new ModuleCatalog(runners, assets, problems);
  }

  /** A catalog of exactly these (tests). */
  public static ModuleCatalog of(List<Runner<?, ?, ?>> runnerList, List<Asset<?, ?>> assetList)
      throws SchemaException {
    Map<String, AssetSchema> assets = new TreeMap<>();
    for (Asset<?, ?> a : assetList) {
      AssetSchema s = asset(a);
      assets.put(s.type(), s);
    }
    Map<String, RunnerSchema> runners = new TreeMap<>();
    for (Runner<?, ?, ?> r : runnerList) {
      RunnerSchema s = runner(r, assets);
      runners.put(s.type(), s);
    }
    return new ModuleCatalog(runners, assets, List.of());
  }

  private static AssetSchema asset(Asset<?, ?> a) throws SchemaException {
    return new AssetSchema(
        a.type(), a.description(), a.getClass(), a, RecordSchemas.read(a.configType()), a.instanceType());
  }

  private static RunnerSchema runner(Runner<?, ?, ?> r, Map<String, AssetSchema> assets)
      throws SchemaException {
    RecordSchema uses = RecordSchemas.readUses(r.usesType());
    List<RunnerSchema.UsesSlot> slots = new ArrayList<>();
    for (RecordComponent c : r.usesType().getRecordComponents()) {
      AssetSchema asset = assetFor(c.getType(), assets);
      if (asset == null) {
        throw new SchemaException(
            "uses entry \"" + c.getName() + "\" has type " + c.getType().getName()
                + ", which is no asset's instance type");
      }
      FieldSchema f = uses.field(Names.snakeCase(c.getName()));
      slots.add(new RunnerSchema.UsesSlot(f.name(), c.getName(), asset.type(), c.getType(), f.required(), f.doc()));
    }
    return new RunnerSchema(
        r.type(), r.description(), r.getClass(), r, RecordSchemas.read(r.inputType()), uses,
        slots, RecordSchemas.read(r.outputType()));
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
}
