package dev.burstgrid.compiler.eval;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.diag.DidYouMean;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads type expressions ({@code string}, {@code list(number)}, {@code object({a = string, b =
 * optional(bool)})}, {@code tuple([string, number])}) into {@link Type}s. Returns null after
 * reporting a diagnostic for anything else.
 */
public final class TypeExprs {
  private static final Map<String, Type> PRIMITIVES =
      Map.of("string", Type.STRING, "number", Type.NUMBER, "bool", Type.BOOL, "any", Type.ANY);
  private static final Set<String> CONSTRUCTORS = Set.of("list", "map", "set", "object", "tuple");
  private static final String CODE = "type/invalid";

  private TypeExprs() {}

  /** The type {@code e} denotes, or null (with a diagnostic in {@code d}). */
  public static Type parse(Expr e, Diagnostics d) {
    if (e instanceof Expr.Parens p) {
      return parse(p.inner(), d);
    }
    if (e instanceof Expr.Variable v) {
      return keyword(v, d);
    }
    if (e instanceof Expr.FunctionCall c) {
      return constructor(c, d);
    }
    d.error(
        CODE,
        e.range(),
        "Invalid type specification",
        "A type is a keyword such as string, number, bool or any, or a constructor such as"
            + " list(string), map(number), set(bool), object({name = string}) or"
            + " tuple([string, number]).");
    return null;
  }

  private static Type keyword(Expr.Variable v, Diagnostics d) {
    Type t = PRIMITIVES.get(v.name());
    if (t != null) {
      return t;
    }
    if (CONSTRUCTORS.contains(v.name())) {
      d.error(
          CODE,
          v.range(),
          "Invalid type specification",
          "The "
              + v.name()
              + " type constructor requires one argument specifying the element"
              + " type, as in "
              + example(v.name())
              + ".");
      return null;
    }
    Set<String> names = new TreeSet<>(PRIMITIVES.keySet());
    names.addAll(CONSTRUCTORS);
    d.error(
        CODE,
        v.range(),
        "Invalid type specification",
        "The keyword \""
            + v.name()
            + "\" is not a valid type specification."
            + DidYouMean.phrase(v.name(), names));
    return null;
  }

  private static String example(String constructor) {
    switch (constructor) {
      case "object":
        return "object({name = string})";
      case "tuple":
        return "tuple([string, number])";
      default:
        return constructor + "(string)";
    }
  }

  private static Type constructor(Expr.FunctionCall c, Diagnostics d) {
    String name = c.name();
    if (!CONSTRUCTORS.contains(name)) {
      String detail =
          name.equals("optional")
              ? "optional(...) may only be used for an attribute type inside object({...})."
              : "Type constructor \""
                  + name
                  + "\" does not exist."
                  + DidYouMean.phrase(name, CONSTRUCTORS);
      d.error(CODE, c.nameRange(), "Invalid type specification", detail);
      return null;
    }
    if (c.args().size() != 1 || c.expandFinal()) {
      d.error(
          CODE,
          c.range(),
          "Invalid type specification",
          "The "
              + name
              + " type constructor takes exactly one argument, as in "
              + example(name)
              + ".");
      return null;
    }
    Expr arg = c.args().get(0);
    switch (name) {
      case "object":
        return object(arg, d);
      case "tuple":
        return tuple(arg, d);
      default:
        Type elem = parse(arg, d);
        if (elem == null) {
          return null;
        }
        return name.equals("list")
            ? new Type.ListOf(elem)
            : name.equals("set") ? new Type.SetOf(elem) : new Type.MapOf(elem);
    }
  }

  private static Type object(Expr arg, Diagnostics d) {
    if (!(arg instanceof Expr.ObjectCons o)) {
      d.error(
          CODE,
          arg.range(),
          "Invalid type specification",
          "The object type constructor requires an object of attribute types, as in"
              + " object({name = string, port = optional(number)}).");
      return null;
    }
    Map<String, Type> attrs = new TreeMap<>();
    Set<String> optional = new TreeSet<>();
    Map<String, Value> defaults = new TreeMap<>();
    boolean ok = true;
    for (Expr.ObjectItem item : o.items()) {
      String attr = attributeName(item.key());
      if (attr == null) {
        d.error(
            CODE,
            item.key().range(),
            "Invalid type specification",
            "Object type attribute names must be plain names or quoted strings.");
        ok = false;
        continue;
      }
      if (attrs.containsKey(attr)) {
        d.error(
            CODE,
            item.key().range(),
            "Invalid type specification",
            "The attribute \"" + attr + "\" is given more than once.");
        ok = false;
        continue;
      }
      Expr typeExpr = item.value();
      Expr defaultExpr = null;
      if (typeExpr instanceof Expr.FunctionCall call && call.name().equals("optional")) {
        if (call.args().isEmpty() || call.args().size() > 2) {
          d.error(
              CODE,
              call.range(),
              "Invalid type specification",
              "optional(...) takes the attribute's type and, optionally, its default:"
                  + " optional(number) or optional(number, 80).");
          ok = false;
          continue;
        }
        optional.add(attr);
        typeExpr = call.args().get(0);
        defaultExpr = call.args().size() == 2 ? call.args().get(1) : null;
      }
      Type t = parse(typeExpr, d);
      if (t == null) {
        ok = false;
        continue;
      }
      attrs.put(attr, t);
      if (defaultExpr != null) {
        Value def = OptionalDefaults.evaluate(attr, defaultExpr, t, d);
        if (def == null) {
          ok = false;
        } else if (!def.isNull()) {
          defaults.put(attr, def);
        }
      }
    }
    return ok ? new Type.ObjectOf(attrs, optional, defaults) : null;
  }

  private static String attributeName(Expr key) {
    if (key instanceof Expr.Variable v) {
      return v.name();
    }
    if (key instanceof Expr.Template t) {
      return t.literalText();
    }
    return null;
  }

  private static Type tuple(Expr arg, Diagnostics d) {
    if (!(arg instanceof Expr.Tuple t)) {
      d.error(
          CODE,
          arg.range(),
          "Invalid type specification",
          "The tuple type constructor requires a list of element types, as in"
              + " tuple([string, number]).");
      return null;
    }
    List<Type> elems = new ArrayList<>();
    boolean ok = true;
    for (Expr item : t.items()) {
      Type e = parse(item, d);
      ok &= e != null;
      elems.add(e);
    }
    return ok ? new Type.TupleOf(elems) : null;
  }
}
