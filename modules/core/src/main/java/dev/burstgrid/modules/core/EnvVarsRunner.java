package dev.burstgrid.modules.core;

import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code env_vars}: reads environment variables. The names to read are {@code include}, {@code
 * required} and the keys of {@code defaults}; when all three are empty, every variable whose name
 * starts with {@code prefix} (every variable, without a prefix).
 */
@Kind(
    name = "env_vars",
    doc = "Reads environment variables with support for filtering, defaults, and validation.")
public final class EnvVarsRunner implements Runner<EnvVarsRunner.Input, EnvVarsRunner.Output> {

  @Doc("Arguments of env_vars.")
  public record Input(
      @Doc("Names of variables to read, in addition to the keys of 'required' and 'defaults'.")
          List<String> include,
      @Doc(
              "Names of variables that must be set: the step fails if one is neither in the"
                  + " environment nor in 'defaults'. They are read like 'include'.")
          List<String> required,
      @Doc("Values for variables that are not set. Every key is read like 'include'.")
          Map<String, String> defaults,
      @Doc(
              "Reads every variable whose name starts with this prefix; only used when"
                  + " 'include', 'required' and 'defaults' are all empty.")
          String prefix,
      @Doc("Removes 'prefix' from the names in 'vars'.") boolean stripPrefix) {

    public static final Input DEFAULTS = new Input(List.of(), List.of(), Map.of(), "", false);
  }

  @Doc("Outputs of env_vars.")
  public record Output(
      @Doc("The variables read, by name (without the prefix when 'strip_prefix' is set).")
          Map<String, String> vars,
      @Doc("The whole environment, by name.") Map<String, String> all) {}

  @Override
  public Output run(Input input, RunContext context) {
    Map<String, String> env = context.environment();
    String prefix = input.prefix();

    SortedMap<String, String> read = new TreeMap<>();
    Set<String> names = namesToRead(input);
    if (names.isEmpty()) {
      env.forEach(
          (name, value) -> {
            if (name.startsWith(prefix)) {
              read.put(name, value);
            }
          });
    } else {
      List<String> missing = new ArrayList<>();
      Set<String> required = Set.copyOf(input.required());
      for (String name : names) {
        String value = env.containsKey(name) ? env.get(name) : input.defaults().get(name);
        if (value != null) {
          read.put(name, value);
        } else if (required.contains(name)) {
          missing.add(name);
        }
      }
      if (!missing.isEmpty()) {
        Collections.sort(missing);
        throw new IllegalStateException(
            "required environment variables are missing (not set and no default): "
                + String.join(", ", missing)
                + "; set them in the environment or give them a value in 'defaults'");
      }
    }
    SortedMap<String, String> vars = input.stripPrefix() ? stripPrefix(read, prefix) : read;
    return new Output(
        Collections.unmodifiableSortedMap(vars),
        Collections.unmodifiableSortedMap(new TreeMap<>(env)));
  }

  private static Set<String> namesToRead(Input input) {
    Set<String> names = new LinkedHashSet<>(input.include());
    names.addAll(input.required());
    names.addAll(input.defaults().keySet());
    return names;
  }

  private static SortedMap<String, String> stripPrefix(Map<String, String> read, String prefix) {
    SortedMap<String, String> stripped = new TreeMap<>();
    Map<String, String> sourceOf = new TreeMap<>();
    read.forEach(
        (name, value) -> {
          String key =
              prefix.isEmpty() || !name.startsWith(prefix) || name.length() == prefix.length()
                  ? name
                  : name.substring(prefix.length());
          String earlier = sourceOf.put(key, name);
          if (earlier != null) {
            throw new IllegalStateException(
                "variables "
                    + earlier
                    + " and "
                    + name
                    + " both become '"
                    + key
                    + "' once the prefix '"
                    + prefix
                    + "' is removed; read only one of them or set strip_prefix = false");
          }
          stripped.put(key, value);
        });
    return stripped;
  }
}
