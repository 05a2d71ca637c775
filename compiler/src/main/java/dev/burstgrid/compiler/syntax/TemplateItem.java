package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.source.Range;

/**
 * One element of a template as it appears in the source, before directives are nested:
 * literal text, an interpolation, or a directive marker. Offsets are UTF-16 offsets.
 */
abstract class TemplateItem {
  final int start;
  final int end;

  TemplateItem(int start, int end) {
    this.start = start;
    this.end = end;
  }

  /** Literal text: decoded, then stripped and flushed in place. */
  static final class Literal extends TemplateItem {
    String text;
    int textStart;

    Literal(String text, int start, int end) {
      super(start, end);
      this.text = text;
      this.textStart = start;
    }
  }

  static final class Interpolation extends TemplateItem {
    final Expr expr;

    Interpolation(Expr expr, int start, int end) {
      super(start, end);
      this.expr = expr;
    }
  }

  /** {@code %{if cond}}. */
  static final class IfOpen extends TemplateItem {
    final Expr condition;

    IfOpen(Expr condition, int start, int end) {
      super(start, end);
      this.condition = condition;
    }
  }

  /** {@code %{for k, v in coll}}. */
  static final class ForOpen extends TemplateItem {
    final String keyVar;
    final String valueVar;
    final Expr collection;

    ForOpen(String keyVar, String valueVar, Expr collection, int start, int end) {
      super(start, end);
      this.keyVar = keyVar;
      this.valueVar = valueVar;
      this.collection = collection;
    }
  }

  /** {@code %{else}}, {@code %{endif}} or {@code %{endfor}}. */
  static final class Marker extends TemplateItem {
    final String keyword;
    final Range range;

    Marker(String keyword, int start, int end, Range range) {
      super(start, end);
      this.keyword = keyword;
      this.range = range;
    }
  }
}
