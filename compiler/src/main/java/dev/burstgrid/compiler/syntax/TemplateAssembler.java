package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.diag.Diagnostics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns the flat items of one template into {@link TemplatePart}s: removes the common
 * indentation of a flush heredoc ({@code <<-}), melds neighbouring literals, and nests
 * {@code if}/{@code for} directives with an explicit stack (no recursion, so deeply nested
 * directives cannot overflow the Java stack).
 */
final class TemplateAssembler {
  private final PositionIndex index;
  private final Diagnostics diags;

  TemplateAssembler(PositionIndex index, Diagnostics diags) {
    this.index = index;
    this.diags = diags;
  }

  /**
   * Flush heredoc rule: line-leading literals lose as many leading white-space characters as
   * the least indented line has. Lines holding only white space do not count and keep theirs;
   * a line starting with an interpolation or directive counts as zero.
   */
  static void flush(List<TemplateItem> items) {
    int min = Integer.MAX_VALUE;
    boolean lineStart = true;
    List<TemplateItem.Literal> adjust = new ArrayList<>();
    for (TemplateItem item : items) {
      if (lineStart) {
        lineStart = false;
        int spaces;
        if (item instanceof TemplateItem.Literal lit) {
          String trimmed = UnicodeChars.trimLeadingSpace(lit.text);
          if (trimmed.isEmpty() && lit.text.endsWith("\n")) {
            spaces = Integer.MAX_VALUE;
          } else {
            spaces = UnicodeChars.leadingSpaceCount(lit.text);
            adjust.add(lit);
          }
        } else {
          spaces = 0;
        }
        min = Math.min(min, spaces);
      }
      if (item instanceof TemplateItem.Literal lit && lit.text.endsWith("\n")) {
        lineStart = true;
      }
    }
    if (min == Integer.MAX_VALUE || min == 0) {
      return;
    }
    for (TemplateItem.Literal lit : adjust) {
      int cut = lit.text.offsetByCodePoints(0, min);
      lit.text = lit.text.substring(cut);
      lit.textStart = Math.min(lit.end, lit.textStart + cut);
    }
  }

  /** Builds the part tree; reports unbalanced directives. */
  List<TemplatePart> assemble(List<TemplateItem> items) {
    Deque<Frame> stack = new ArrayDeque<>();
    Frame root = new Frame(null);
    stack.push(root);
    PendingLiteral pending = new PendingLiteral();
    for (TemplateItem item : items) {
      if (item instanceof TemplateItem.Literal lit) {
        pending.add(lit);
        continue;
      }
      flushLiteral(stack.peek(), pending);
      if (item instanceof TemplateItem.Interpolation interp) {
        stack.peek().current().add(new TemplatePart.Interpolation(
            interp.expr, index.range(interp.start, interp.end)));
      } else if (item instanceof TemplateItem.IfOpen || item instanceof TemplateItem.ForOpen) {
        stack.push(new Frame(item));
      } else {
        close(stack, (TemplateItem.Marker) item);
      }
    }
    flushLiteral(stack.peek(), pending);
    while (stack.size() > 1) {
      Frame open = stack.pop();
      String want = open.opener instanceof TemplateItem.IfOpen ? "endif" : "endfor";
      String kind = open.opener instanceof TemplateItem.IfOpen ? "if" : "for";
      diags.error("syntax/unclosed-directive", index.range(open.opener.start, open.opener.end),
          "Unclosed template directive", "This " + kind + " directive has no matching %{ "
              + want + " }. Add one where its content should end.");
    }
    return root.whenTrue;
  }

  private void close(Deque<Frame> stack, TemplateItem.Marker marker) {
    Frame top = stack.peek();
    boolean inIf = top.opener instanceof TemplateItem.IfOpen;
    boolean inFor = top.opener instanceof TemplateItem.ForOpen;
    switch (marker.keyword) {
      case "else":
        if (inIf && !top.inElse) {
          top.inElse = true;
          return;
        }
        unexpected(marker, inIf ? "This if directive already has an else clause."
            : inFor ? "A for directive cannot have an else clause."
            : "There is no %{ if } directive for this else to belong to.");
        return;
      case "endif":
        if (inIf) {
          stack.pop();
          TemplateItem.IfOpen open = (TemplateItem.IfOpen) top.opener;
          stack.peek().current().add(new TemplatePart.If(open.condition, top.whenTrue,
              top.whenFalse, index.range(open.start, marker.end)));
          return;
        }
        unexpected(marker, inFor ? "Expected %{ endfor } to close the for directive first."
            : "There is no %{ if } directive for this endif to close.");
        return;
      default:
        if (inFor) {
          stack.pop();
          TemplateItem.ForOpen open = (TemplateItem.ForOpen) top.opener;
          stack.peek().current().add(new TemplatePart.For(open.keyVar, open.valueVar,
              open.collection, top.whenTrue, index.range(open.start, marker.end)));
          return;
        }
        unexpected(marker, inIf ? "Expected %{ endif } to close the if directive first."
            : "There is no %{ for } directive for this endfor to close.");
    }
  }

  private void unexpected(TemplateItem.Marker marker, String detail) {
    diags.error("syntax/unbalanced-directive", marker.range,
        "Unexpected " + marker.keyword + " directive", detail);
  }

  private void flushLiteral(Frame frame, PendingLiteral pending) {
    if (pending.text != null) {
      frame.current().add(new TemplatePart.Literal(pending.text.toString(),
          index.range(Math.min(pending.start, pending.end), pending.end)));
      pending.text = null;
    }
  }

  /** Neighbouring literals melded into one part, built without quadratic copying. */
  private static final class PendingLiteral {
    StringBuilder text;
    int start;
    int end;

    void add(TemplateItem.Literal lit) {
      if (text == null) {
        text = new StringBuilder(lit.text);
        start = lit.textStart;
      } else {
        text.append(lit.text);
      }
      end = lit.end;
    }
  }

  /** An open directive (or the template root) collecting its parts. */
  private static final class Frame {
    final TemplateItem opener;
    final List<TemplatePart> whenTrue = new ArrayList<>();
    final List<TemplatePart> whenFalse = new ArrayList<>();
    boolean inElse;

    Frame(TemplateItem opener) {
      this.opener = opener;
    }

    List<TemplatePart> current() {
      return inElse ? whenFalse : whenTrue;
    }
  }
}
