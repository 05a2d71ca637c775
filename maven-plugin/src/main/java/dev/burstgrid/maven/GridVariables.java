package dev.burstgrid.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The variables {@code bggo:run} passes to grids, from three places, later ones winning: the
 * {@code <variables>} of the plugin's configuration, {@code -Dbggo.vars=a=1,b=2}, and
 * {@code -Dbggo.var.NAME=VALUE}. Values are given as on bggoc's command line ({@code -var
 * NAME=VALUE}): a string variable takes the text as it is, other types read it as JSON.
 */
final class GridVariables {
  static final String PREFIX = "bggo.var.";

  private GridVariables() {}

  static Map<String, String> merge(Map<String, String> configured, String vars, Properties userProperties)
      throws GridBuildException {
    Map<String, String> out = new LinkedHashMap<>();
    if (configured != null) {
      configured.forEach((k, v) -> out.put(k, v == null ? "" : v));
    }
    out.putAll(parse(vars));
    Map<String, String> single = new TreeMap<>();
    for (String key : userProperties.stringPropertyNames()) {
      if (key.startsWith(PREFIX) && key.length() > PREFIX.length()) {
        single.put(key.substring(PREFIX.length()), userProperties.getProperty(key));
      }
    }
    out.putAll(single);
    return out;
  }

  /**
   * {@code a=1,b=x}: a comma ends a value only where {@code NAME=} follows, so JSON values such
   * as {@code ports=[80,443]} keep their commas.
   */
  static Map<String, String> parse(String vars) throws GridBuildException {
    Map<String, String> out = new LinkedHashMap<>();
    if (vars == null || vars.isBlank()) {
      return out;
    }
    List<String> parts = new ArrayList<>(List.of(vars.split(",(?=\\s*[A-Za-z_][A-Za-z0-9_-]*=)")));
    for (String part : parts) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new GridBuildException("bggo.vars: \"" + part.strip() + "\" is not NAME=VALUE. Write"
            + " -Dbggo.vars=name=value,other=value, or -Dbggo.var.NAME=VALUE for one variable.");
      }
      out.put(part.substring(0, eq).strip(), part.substring(eq + 1));
    }
    return out;
  }
}
