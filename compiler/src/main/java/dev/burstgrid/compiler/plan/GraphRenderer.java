package dev.burstgrid.compiler.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the dependency graph as Graphviz DOT or a Mermaid flowchart. */
public final class GraphRenderer {
  private GraphRenderer() {}

  /** A node: its address and a label (e.g. {@code step.http_request.fan ×10}). */
  public record Node(String address, String label, String kind) {}

  /** {@code to} needs {@code from}; or, for a race ({@code depends_on_any}), any one of its entries. */
  public record Edge(String from, String to, boolean race) {}

  /** Race edges are dashed and labelled "any". */
  public static String dot(List<Node> nodes, List<Edge> edges) {
    StringBuilder sb = new StringBuilder("digraph grid {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n");
    for (Node n : nodes) {
      sb.append("  ").append(dotId(n.address())).append(" [label=").append(dotId(n.label()))
          .append(", shape=").append(shape(n.kind())).append("];\n");
    }
    for (Edge e : edges) {
      sb.append("  ").append(dotId(e.from())).append(" -> ").append(dotId(e.to()))
          .append(e.race() ? " [style=dashed, label=\"any\"]" : "").append(";\n");
    }
    return sb.append("}\n").toString();
  }

  private static String shape(String kind) {
    return switch (kind) {
      case "resource" -> "cylinder";
      case "local" -> "note";
      default -> "box";
    };
  }

  private static String dotId(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Race edges are dotted links labelled "any". */
  public static String mermaid(List<Node> nodes, List<Edge> edges) {
    Map<String, String> ids = new HashMap<>();
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    for (Node n : nodes) {
      String id = "n" + ids.size();
      ids.put(n.address(), id);
      String label = "\"" + n.label().replace("\"", "#quot;") + "\"";
      sb.append("  ").append(id);
      switch (n.kind()) {
        case "resource" -> sb.append("[(").append(label).append(")]");
        case "local" -> sb.append("[/").append(label).append("/]");
        default -> sb.append('[').append(label).append(']');
      }
      sb.append('\n');
    }
    for (Edge e : edges) {
      sb.append("  ").append(ids.get(e.from())).append(e.race() ? " -. any .-> " : " --> ")
          .append(ids.get(e.to())).append('\n');
    }
    return sb.toString();
  }
}
