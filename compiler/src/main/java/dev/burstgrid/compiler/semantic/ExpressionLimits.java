package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.Body;
import dev.burstgrid.compiler.syntax.ConfigFile;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.Node;
import dev.burstgrid.compiler.syntax.TemplatePart;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Rule {@code grid/expression-too-complex}: how deep and how large expressions may be, checked
 * once, right after parsing, so that whatever {@code check} accepts also compiles and runs. The
 * later stages walk expressions recursively and today's code generator writes an expression as
 * nested Java calls in one method, so without these limits a large grid ends in a stack overflow
 * or in "code too large".
 *
 * <p>Measured on af74f1a's code generator, with javac on its own large stack ({@code
 * JavacThread}): a default 1 MB stack carries the compiler stages through a left-deep chain of
 * 1,000 terms (not 1,500) and, judged from runs with smaller stacks, 500 to 800 levels of nested
 * calls or tuples; one generated method fails at about 6,500 expression nodes (an object of 2,190
 * {@code a = var.x} items, a tuple of 3,455 {@code var.x}). The limits keep a margin of two or
 * more. The walk itself uses an explicit stack: the tree it checks may be thousands of levels deep.
 */
public final class ExpressionLimits {
  /** Levels of nesting; each operator of a chain such as {@code a + b + c} is one level. */
  public static final int MAX_DEPTH = 256;

  /**
   * Syntax nodes that compute ({@code var.x} is two: {@code var} and {@code .x}; literal data counts
   * nothing) in one block's expressions together, in one local, and in one variable block
   * (generated code computes each of these in one Java method).
   */
  public static final int MAX_NODES = 2_000;

  /**
   * Locals in one grid: each is a field and a method of the generated class, whose constant pool
   * overflows at about 10,000 ({@code l = var.x + 1} each; 5,000 compile in about 40 s).
   */
  public static final int MAX_LOCALS = 5_000;

  /** Variables in one grid: each is a name, a type and a default in the generated class's constant pool. */
  public static final int MAX_VARIABLES = 10_000;

  /**
   * Literal values (numbers, strings, tuple and object entries) in the grid's larger literals
   * together: generated code holds those as constants of one class, whose constant pool has room
   * for about 65,000 entries.
   */
  public static final int MAX_DATA_NODES = 25_000;

  /** Literal values in one expression that code generation writes in place rather than as a constant. */
  static final int INLINE_DATA = 12;

  /**
   * Step and resource blocks in one grid. Each is a field and methods of one generated class;
   * javac needs about 100 s for 10,000 and runs out of constant-pool entries well before 100,000.
   * A group ({@code count}, {@code for_each}) is one block however many instances it has.
   */
  public static final int MAX_BLOCKS = 10_000;

  static final String CODE = "grid/expression-too-complex";

  private final Diagnostics diags;
  private int locals;
  private int variables;
  private int dataNodes;
  private Range firstData;

  private ExpressionLimits(Diagnostics diags) {
    this.diags = diags;
  }

  /** Reports every expression of these files that is too deep, and every group that is too large. */
  public static void check(List<ConfigFile> files, Diagnostics diags) {
    ExpressionLimits limits = new ExpressionLimits(diags);
    int blocks = 0;
    for (ConfigFile file : files) {
      for (Block b : file.body().blocks()) {
        if ((b.type().equals("step") || b.type().equals("resource")) && ++blocks == MAX_BLOCKS + 1) {
          diags.error("grid/too-many-blocks", b.headerRange(), "Too many steps and resources",
              "A grid may declare at most " + MAX_BLOCKS + " step and resource blocks; this is block " + blocks
                  + ". Use count or for_each to repeat a step: a group is one block however many instances it has.");
        }
      }
    }
    for (ConfigFile file : files) {
      for (Attribute a : file.body().attributes()) {
        limits.group(List.of(a), "This argument");
      }
      for (Block b : file.body().blocks()) {
        limits.block(b);
      }
    }
    if (limits.dataNodes > MAX_DATA_NODES) {
      diags.error(CODE, limits.firstData, "Too much literal data",
          "The grid holds " + limits.dataNodes + " literal values (numbers, strings, list and object entries),"
              + " starting here; at most " + MAX_DATA_NODES + " are allowed. Read large data at run time"
              + " instead: pass it with -var-file, or load it from a file in a step.");
    }
  }

  /**
   * Reports {@code expr} when it is too deep to evaluate ({@code bggoc eval}: no code is
   * generated, so its size is not limited).
   */
  public static void checkDepth(Expr expr, Diagnostics diags) {
    new ExpressionLimits(diags).reportDepth(measureTree(expr));
  }

  private void block(Block b) {
    List<Attribute> attributes = new ArrayList<>();
    collect(b.body(), attributes);
    if (b.type().equals("locals")) {
      for (Attribute a : attributes) {
        group(List.of(a), "Local \"" + a.name() + "\"");
        if (++locals == MAX_LOCALS + 1) {
          diags.error("grid/too-many-locals", a.range(), "Too many locals",
              "A grid may declare at most " + MAX_LOCALS + " locals; this is local " + locals + ". Each is a"
                  + " field and a method of the generated class. Hold related values in one local as a list or"
                  + " an object, or pass them at run time with -var-file.");
        }
      }
    } else if (b.type().equals("variable")) {
      group(attributes, "This variable block");
      if (++variables == MAX_VARIABLES + 1) {
        diags.error("grid/too-many-variables", b.headerRange(), "Too many variables",
            "A grid may declare at most " + MAX_VARIABLES + " variables; this is variable " + variables + "."
                + " Declare one variable of a list or object type for many related values.");
      }
    } else {
      group(attributes, "This " + b.type() + " block");
    }
  }

  private static void collect(Body body, List<Attribute> into) {
    into.addAll(body.attributes());
    for (Block nested : body.blocks()) {
      collect(nested.body(), into);
    }
  }

  /** Checks the depth of each expression and their size together. */
  private void group(List<Attribute> attributes, String what) {
    int nodes = 0;
    boolean tooDeep = false;
    for (Attribute a : attributes) {
      Measure m = measure(a.expr());
      tooDeep |= reportDepth(m);
      nodes += m.nodes;
    }
    if (!tooDeep && nodes > MAX_NODES) {
      Range where = attributes.get(0).range().to(attributes.get(attributes.size() - 1).range());
      reportSize(diags, where, what, nodes);
    }
  }

  private boolean reportDepth(Measure m) {
    if (m.tooDeep == null) {
      return false;
    }
    diags.error(CODE, m.tooDeep.range(), "Expression nested too deeply",
        "Expressions may nest at most " + MAX_DEPTH + " levels deep, and each operator of a chain such as"
            + " a + b + c counts as one level. Split this expression into smaller parts, for example"
            + " with locals.");
    return true;
  }

  private static void reportSize(Diagnostics diags, Range where, String what, int nodes) {
    diags.error(CODE, where, "Expressions too large",
        what + " holds " + nodes + " expression terms; at most " + MAX_NODES + " are allowed in one"
            + " block. Split it across several steps or locals, or pass large values at run time with"
            + " -var-file.");
  }

  /**
   * Nodes of one expression that compute something (literal data — numbers, strings, tuples and
   * objects of them — is folded at compile time into constants, which the code generator splits
   * however large they are), and its first node deeper than {@link #MAX_DEPTH} (or null).
   */
  private record Measure(int nodes, int data, Node tooDeep) {}

  private static boolean isData(Node n) {
    return n instanceof Expr.NumberLiteral || n instanceof Expr.BoolLiteral || n instanceof Expr.NullLiteral
        || n instanceof Expr.Tuple || n instanceof Expr.ObjectCons || n instanceof TemplatePart.Literal
        || n instanceof Expr.Template t && t.literalText() != null;
  }

  private Measure measure(Expr root) {
    Measure m = measureTree(root);
    // Small literals are written inline where they are used (in classes of at most 100 steps);
    // larger ones become constants of the grid's own class, which is what this limit protects.
    if (m.data > INLINE_DATA) {
      if (firstData == null && dataNodes + m.data > MAX_DATA_NODES) {
        firstData = root.range();
      }
      dataNodes += m.data;
    }
    return m;
  }

  private static Measure measureTree(Expr root) {
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(root);
    depths.push(1);
    int count = 0;
    int data = 0;
    while (!nodes.isEmpty()) {
      Node n = nodes.pop();
      int depth = depths.pop();
      if (isData(n)) {
        data++;
      } else {
        count++;
      }
      if (depth > MAX_DEPTH) {
        return new Measure(count, data, n);
      }
      List<Node> children = children(n);
      for (int i = children.size() - 1; i >= 0; i--) { // leftmost first, so a report points there
        nodes.push(children.get(i));
        depths.push(depth + 1);
      }
    }
    return new Measure(count, data, null);
  }

  private static List<Node> children(Node n) {
    List<Node> c = new ArrayList<>();
    if (n instanceof Expr.GetAttr g) {
      c.add(g.target());
    } else if (n instanceof Expr.Index i) {
      c.add(i.target());
      c.add(i.key());
    } else if (n instanceof Expr.Splat s) {
      c.add(s.source());
      c.add(s.each());
    } else if (n instanceof Expr.Parens p) {
      c.add(p.inner());
    } else if (n instanceof Expr.FunctionCall f) {
      c.addAll(f.args());
    } else if (n instanceof Expr.Conditional k) {
      c.add(k.condition());
      c.add(k.whenTrue());
      c.add(k.whenFalse());
    } else if (n instanceof Expr.Binary b) {
      c.add(b.left());
      c.add(b.right());
    } else if (n instanceof Expr.Unary u) {
      c.add(u.operand());
    } else if (n instanceof Expr.Tuple t) {
      c.addAll(t.items());
    } else if (n instanceof Expr.ObjectCons o) {
      for (Expr.ObjectItem item : o.items()) {
        if (!(item.key() instanceof Expr.Variable)) { // a bare key is a name, not a reference
          c.add(item.key());
        }
        c.add(item.value());
      }
    } else if (n instanceof Expr.For f) {
      c.add(f.collection());
      c.add(f.keyExpr());
      c.add(f.valueExpr());
      c.add(f.condition());
    } else if (n instanceof Expr.Template t && t.literalText() == null) {
      c.addAll(t.parts());
    } else if (n instanceof TemplatePart.Interpolation i) {
      c.add(i.expr());
    } else if (n instanceof TemplatePart.If i) {
      c.add(i.condition());
      c.addAll(i.whenTrue());
      c.addAll(i.whenFalse());
    } else if (n instanceof TemplatePart.For f) {
      c.add(f.collection());
      c.addAll(f.body());
    }
    c.removeIf(x -> x == null);
    return c;
  }
}
