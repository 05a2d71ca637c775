package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.source.Range;
import java.util.List;

/**
 * {@code type "label" label { body }}. {@code range} spans from the type to the closing
 * brace; {@code openBrace}/{@code closeBrace} are the braces themselves.
 */
public record Block(
    String type,
    Range typeRange,
    List<Label> labels,
    Body body,
    Range openBrace,
    Range closeBrace,
    Range range)
    implements Node {

  public Block {
    labels = List.copyOf(labels);
  }

  /** The span of the block's header: type and labels, for diagnostics about the block. */
  public Range headerRange() {
    return labels.isEmpty() ? typeRange : typeRange.to(labels.get(labels.size() - 1).range());
  }

  /** A block label: quoted ({@code "x"}) or a bare identifier ({@code x}). */
  public record Label(String value, boolean quoted, Range range) {}
}
