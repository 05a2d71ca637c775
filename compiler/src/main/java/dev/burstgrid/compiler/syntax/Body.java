package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.source.Range;
import java.util.List;

/**
 * The contents of a file or of a block's braces: attributes and nested blocks in source
 * order. {@code range} covers the contents (for a block, between its braces).
 */
public record Body(List<Attribute> attributes, List<Block> blocks, Range range) implements Node {
  public Body {
    attributes = List.copyOf(attributes);
    blocks = List.copyOf(blocks);
  }
}
