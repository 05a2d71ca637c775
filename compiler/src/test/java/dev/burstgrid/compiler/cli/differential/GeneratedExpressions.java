package dev.burstgrid.compiler.cli.differential;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expressions over variables, built from small families that cross operators with operands of
 * every kind: conditionals of mixed types, null guards, {@code try}/{@code can}, nested
 * templates, {@code for} expressions, splats, short-circuit {@code &&}/{@code ||}, arithmetic,
 * functions, and expressions over {@code count.index} and {@code each} for steps in groups.
 * The operands are bare names of {@link #VARIABLES}, which {@link RowForms} turns into grid
 * variables; only the names an expression uses are declared for it.
 */
public final class GeneratedExpressions {
  /** One generated expression: a label, its source, and, for group probes, the group. */
  public record Expression(String id, String source, Group group) {}

  /** The variables every expression may use, as JSON. */
  public static final Map<String, Value> VARIABLES = json("""
      {"t": true, "f": false, "n": 3, "z": 0, "s": "x", "e": "", "num_s": "5", "o": null,
       "obj": {"a": "x", "b": [1, 2]}, "list": ["a", "b", "c"], "nums": [1, 2, 3],
       "m": {"k1": "v1", "k2": "v2"}, "objs": [{"name": "a", "v": 1}, {"name": "b", "v": 2}],
       "mixed": [1, "a", true], "nested": {"x": {"y": {"z": "deep"}}},
       "big": 12345678901234567890, "frac": 0.1, "empty": []}""");

  private static final List<String> OPERANDS =
      List.of("1", "\"x\"", "null", "n", "o", "list", "[1, \"a\"]", "{a = 1}", "obj");

  private final List<Expression> out = new ArrayList<>();

  private GeneratedExpressions() {}

  /** Every generated expression. */
  public static List<Expression> all() {
    GeneratedExpressions g = new GeneratedExpressions();
    g.conditionals();
    g.nullGuards();
    g.tryAndCan();
    g.templates();
    g.forExpressions();
    g.splats();
    g.shortCircuits();
    g.arithmetic();
    g.functions();
    g.countGroups();
    g.forEachGroups();
    g.valuesAndText();
    return g.out;
  }

  // Ids count within a family, so an allow-list entry keeps its id while other families grow;
  // add new expressions at the end of their family.
  private void add(String family, String... sources) {
    for (String s : sources) {
      out.add(new Expression(nextId(family), s, null));
    }
  }

  private void addGrouped(String family, List<Group> groups, String... sources) {
    for (String s : sources) {
      for (Group g : groups) {
        out.add(new Expression(nextId(family), s, g));
      }
    }
  }

  private String nextId(String family) {
    return family + "-" + (out.stream().filter(e -> e.id().startsWith(family + "-")).count() + 1);
  }

  private void conditionals() {
    for (String a : OPERANDS) {
      for (String b : OPERANDS) {
        if (!a.equals(b)) {
          add("cond", "t ? " + a + " : " + b);
        }
      }
    }
    add("cond", "f ? \"x\" : 1", "f ? null : n", "f ? n : list", "f ? o : obj", "f ? [1, \"a\"] : list",
        "f ? {a = 1} : obj");
    add("cond", "[t ? 1 : \"x\"]", "t ? nums : list", "t ? [1] : [\"a\"]", "f ? {a = 1} : {a = \"x\"}",
        "(t ? 1 : \"x\") == \"1\"", "t ? (f ? 1 : 2) : 3", "n > 2 ? \"big\" : n", "s == \"x\" ? obj.a : o",
        "t ? 1 : tonumber(\"abc\")", "f ? tonumber(\"abc\") : 2", "f ? 1 : tonumber(\"abc\")", "o ? 1 : 2",
        "s ? 1 : 2", "t ? 1 : [for x in nums : x.nope]", "f ? upper(1, 2) : 0");
  }

  private void nullGuards() {
    add("null", "o != null && o.a == \"x\"", "o == null || o.a == \"x\"", "obj != null && obj.a == \"x\"",
        "o != null ? o.a : \"none\"", "o == null ? \"none\" : o.a", "o == null", "o != null", "coalesce(o, s)",
        "o.a", "o[0]", "obj.missing", "o == null ? [] : o", "[for x in (o == null ? [] : o) : x]");
  }

  private void tryAndCan() {
    add("try", "try(o.a, \"fallback\")", "try(obj.a, \"fallback\")", "try(tonumber(s), 0)",
        "try(tonumber(num_s), 0)", "can(tonumber(s))", "can(tonumber(num_s))", "can(list[5])",
        "try(list[5], list[0])", "try(nested.x.y.z, \"\")", "try(nested.x.q.z, \"none\")", "can(obj.b[1])",
        "try(o.a, o.b, \"last\")", "try(o.a)", "can(o.a)", "try(obj.missing, null)",
        "\"${try(o.a, \"-\")}/${can(n + 1)}\"", "try(n + \"a\", s)", "try([for v in list : tonumber(v)], [])",
        "can(t ? o.a : 1)", "try(t ? obj.a : o.a, 0)");
  }

  private void templates() {
    add("tmpl", "\"a${t ? \"b${s}c\" : \"d\"}e\"", "\"${upper(s)}-${n + 1}\"",
        "\"%{ if t }yes ${s}%{ else }no%{ endif }\"", "\"%{ if f }yes%{ endif }\"",
        "\"%{ for i, v in list }${i}=${v}%{ if i < 2 },%{ endif }%{ endfor }\"", "\"${\"${s}${s}\"}\"",
        "\"${list[0]}${obj.a}\"", "\"n=${n}\"", "\"${n}\"", "\"${o}\"", "\"x${o}\"", "\"${t}\"", "\"x${t}\"",
        "\"${big}/${frac}\"", "\"%{ for k, v in m }${k}:${v};%{ endfor }\"", "\"${list}\"", "\"${e}${s}${e}\"",
        "\"%{ if o == null }none%{ else }${o.a}%{ endif }\"", "\"${n > 2 ? \"many\" : \"few\"}\"",
        "\"%{ for x in objs }%{ if x.v > 1 }${x.name}%{ endif }%{ endfor }\"",
        "\"%{ if f }${tonumber(\"abc\")}%{ endif }\"", "\"%{ for x in empty }${tonumber(\"abc\")}%{ endfor }\"");
  }

  private void forExpressions() {
    add("for", "[for v in list : upper(v)]", "{for k, v in m : v => k}", "[for i, v in nums : v * i if v > 1]",
        "{for x in objs : x.name => x.v}", "{for x in objs : (x.v > 1 ? \"big\" : \"small\") => x.name...}",
        "[for v in mixed : v]", "[for k, v in obj : k]", "[for x in nums : x if x != n]",
        "length([for v in list : v if v != s])", "{for v in list : v => v}", "{for v in [\"a\", \"a\"] : v => v}",
        "[for v in o : v]", "[for v in s : v]", "[for i, v in list : \"${i}:${v}\"]", "[for x in nums : x if x]",
        "{for k, v in m : k => [for c in list : \"${v}${c}\"]}", "[for v in nums : t ? v : \"x\"]",
        "{for k, v in obj : k => v}", "[for v in toset(list) : v]", "[for x in empty : tonumber(\"abc\")]",
        "{for x in empty : x => tonumber(\"abc\")}", "[for x in list : tonumber(\"abc\") if f]",
        "[for x in list : x if x == \"b\" || tonumber(\"abc\") > 1]");
  }

  private void splats() {
    add("splat", "objs[*].name", "objs.*.v", "o[*]", "o[*].a", "obj[*].a", "list[*]", "objs[*].nope",
        "[for x in objs : x.v][*]", "nested[*].x.y.z", "s[*]", "objs[*]", "length(objs[*].name)",
        "[objs[*].name, objs[*].v]", "mixed[*]");
  }

  private void shortCircuits() {
    add("logic", "f && tonumber(\"abc\") > 1", "t || tonumber(\"abc\") > 1", "t && tonumber(\"abc\") > 1",
        "f || tonumber(\"abc\") > 1", "f || n > 2", "n > 2 && s == \"x\"", "f && o.a", "t || o.a", "t && o.a",
        "o != null && o.a", "!t || f", "t && s", "f && s", "t && \"true\"", "f || \"false\"", "o && t",
        "t && f || t", "!(f || !t)", "f && (o.a == 1)", "z == 0 || n / z > 1", "z != 0 && n / z > 1");
  }

  private void arithmetic() {
    add("num", "n / 3", "big + 1", "frac + 0.2", "n % 2", "n * -1", "num_s + 1", "s + 1", "n > num_s",
        "n == \"3\"", "n + z", "n / z", "-n", "big * big", "frac * 3 == 0.3", "1 / 3 * 3", "n - 3.5",
        "n >= 3", "nums[1] + nums[2]", "length(list) * n", "n % 0");
  }

  private void functions() {
    add("fn", "jsonencode(obj)", "jsondecode(s)", "length(o)", "merge(obj, {c = 1})", "keys(m)",
        "join(\",\", list)", "format(\"%s-%d\", s, n)", "tostring(n)", "tolist(list)", "toset(list)",
        "concat(list, nums)", "element(list, n)", "contains(list, s)", "flatten([list, [nums]])",
        "lookup(m, \"k3\", \"d\")", "lookup(m, \"k1\", \"d\")", "upper(o)", "max(n, 10)", "min(nums...)",
        "tonumber(big)", "replace(s, \"x\", \"y\")", "values(m)", "zipmap(list, nums)", "range(n)",
        "sum(nums)", "abs(-n)", "coalesce(e, s)", "compact([s, e])", "reverse(list)", "slice(list, 1, n)");
  }

  private void countGroups() {
    List<Group> groups = List.of(Group.count(3, false), Group.count(3, true));
    addGrouped("count", groups, "count.index * n + 1", "count.index % 2 == 0 ? \"even\" : \"odd\"",
        "list[count.index]", "\"item-${count.index + 1}\"", "nums[count.index] / 2", "count.index - n",
        "count.index / 3", "-count.index", "count.index == 1 ? count.index : \"x\"",
        "[for v in list : \"${v}${count.index}\"]",
        "count.index < 2 && list[count.index] == \"a\"", "try(list[count.index + 1], \"end\")",
        "objs[count.index].name");
  }

  private void forEachGroups() {
    Map<String, Value> byName = json("{\"a\": \"x\", \"b\": \"y\"}");
    Map<String, Value> byNumber = json("{\"one\": 1, \"two\": 2}");
    Map<String, Value> byObject = json("{\"p\": {\"a\": \"x\"}, \"q\": {\"a\": null}}");
    List<Group> names = List.of(Group.forEach(byName, false), Group.forEach(byName, true));
    addGrouped("each", names, "\"${each.key}=${each.value}\"", "upper(each.key)", "[each.key, each.value]",
        "each.key == \"a\" ? 1 : each.value", "each.value == s ? n : 0", "{(each.key) = each.value}",
        "\"%{ if each.key == \"a\" }first%{ else }${each.value}%{ endif }\"");
    addGrouped("each", List.of(Group.forEach(byNumber, false), Group.forEach(byNumber, true)),
        "each.value * 2", "each.value + n", "each.value > 1 ? each.key : each.value");
    addGrouped("each", List.of(Group.forEach(byObject, false), Group.forEach(byObject, true)),
        "each.value.a", "each.value.a != null && each.value.a == \"x\"", "try(upper(each.value.a), \"none\")",
        "each.value.a == null ? \"none\" : each.value.a");
  }

  private void valuesAndText() {
    add("misc", "toset(list) == toset([\"c\", \"b\", \"a\"])", "{a = 1} == tomap({a = 1})",
        "[1, 2] == tolist([1, 2])", "jsonencode(frac + 0.2)", "0.1 + 0.2 == frac + 0.2",
        "\"\\u00e9${s}\\U0001F600\"", "\"${s}\\n\\t\\\"q\\\"\"", "<<-EOT\n  ${s}\n    ${n}\n  EOT\n",
        "\"%{~ if t ~} x %{~ endif ~}\"", "sort(list)", "[for i in range(n) : i * frac]", "big / 3", "1e3 * n",
        "keys({b = 1, a = 2})", "{b = s, a = n}", "[for k, v in {b = 1, a = 2} : k]", "length(\"\\u00e9${s}\")",
        "\"$${s} %%{x}\"", "[[list, nums], {a = [obj]}][0][1][2]", "{for k, v in m : upper(k) => [v, length(v)]}");
  }

  private static Map<String, Value> json(String text) {
    try {
      return new LinkedHashMap<>(((Value.ObjectValue) Json.decode(text)).attributes());
    } catch (Json.JsonException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
