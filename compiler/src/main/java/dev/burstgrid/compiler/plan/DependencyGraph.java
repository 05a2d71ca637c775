package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.Range;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The grid's dependency DAG between declarations (steps, resources, locals), by address.
 * Edges run from a dependency to its dependent. A cycle is reported with its whole path and
 * the source location of each edge.
 */
public final class DependencyGraph {
  private final Graph<String, DepEdge> graph = new DirectedMultigraph<>(null, null, false);

  public void node(String address) {
    graph.addVertex(address);
  }

  /** Records that {@code to} depends on {@code from}; a self-dependency is reported. */
  public void edge(String from, String to, Range why, Diagnostics diags) {
    if (from.equals(to)) {
      diags.error("grid/self-dependency", why, "Self-referential block",
          to + " refers to itself. A step cannot depend on its own output; move the value to another step.");
      return;
    }
    graph.addVertex(from);
    graph.addVertex(to);
    if (graph.getEdge(from, to) == null) {
      graph.addEdge(from, to, new DepEdge(from, to, why));
    }
  }

  public Set<String> nodes() {
    return Collections.unmodifiableSet(graph.vertexSet());
  }

  public Set<DepEdge> edges() {
    return Collections.unmodifiableSet(graph.edgeSet());
  }

  /** Direct dependencies of {@code address}. */
  public List<String> dependenciesOf(String address) {
    List<String> out = new ArrayList<>();
    for (DepEdge e : graph.incomingEdgesOf(address)) {
      out.add(e.from());
    }
    return out;
  }

  /**
   * Dependencies before dependents. Each cycle is reported, its references marked invalid and its
   * edges dropped, so the order still holds every node and later checks go on. Among nodes free
   * at the same time the order of insertion is kept, so output is stable.
   */
  public List<String> topologicalOrder(Diagnostics diags) {
    for (List<DepEdge> cycle = findCycle(); cycle != null; cycle = findCycle()) {
      reportCycle(cycle, diags);
      for (DepEdge e : cycle) {
        diags.markInvalid(e.why());
        graph.removeEdge(e);
      }
    }
    List<String> order = new ArrayList<>(graph.vertexSet().size());
    Iterator<String> it = new TopologicalOrderIterator<>(graph);
    it.forEachRemaining(order::add);
    return order;
  }

  private void reportCycle(List<DepEdge> cycle, Diagnostics diags) {
    StringBuilder path = new StringBuilder();
    for (DepEdge e : cycle) {
      path.append("  ").append(e.to()).append(" refers to ").append(e.from())
          .append(" at ").append(e.why().location()).append('\n');
    }
    DepEdge first = cycle.get(0);
    diags.error("grid/dependency-cycle", first.why(), "Dependency cycle",
        "These blocks depend on each other in a cycle, so none of them can run first:\n" + path
            + "Break the cycle by removing one of these references.");
  }

  /** Iterative DFS (grids can be very large); returns the edges of one cycle, or null. */
  private List<DepEdge> findCycle() {
    Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on stack, 2: done
    Map<String, DepEdge> via = new HashMap<>();
    for (String start : graph.vertexSet()) {
      if (state.containsKey(start)) {
        continue;
      }
      Deque<Iterator<DepEdge>> stack = new ArrayDeque<>();
      Deque<String> nodes = new ArrayDeque<>();
      state.put(start, 1);
      stack.push(graph.outgoingEdgesOf(start).iterator());
      nodes.push(start);
      while (!stack.isEmpty()) {
        Iterator<DepEdge> it = stack.peek();
        if (!it.hasNext()) {
          state.put(nodes.pop(), 2);
          stack.pop();
          continue;
        }
        DepEdge e = it.next();
        Integer s = state.get(e.to());
        if (s == null) {
          state.put(e.to(), 1);
          via.put(e.to(), e);
          stack.push(graph.outgoingEdgesOf(e.to()).iterator());
          nodes.push(e.to());
        } else if (s == 1) {
          List<DepEdge> cycle = new ArrayList<>();
          cycle.add(e);
          for (String n = e.from(); !n.equals(e.to()); n = via.get(n).from()) {
            cycle.add(via.get(n));
          }
          Collections.reverse(cycle);
          return cycle;
        }
      }
    }
    return null;
  }
}
