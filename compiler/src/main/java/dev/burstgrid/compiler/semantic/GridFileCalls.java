package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.ConfigFile;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.ExprRewriter;
import dev.burstgrid.compiler.syntax.HclParser;
import dev.burstgrid.compiler.syntax.TemplatePart;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code file(path)}, {@code fileexists(path)} and {@code templatefile(path, vars)}, read when the
 * grid is compiled (as Terraform reads them when it plans), so a built jar carries what they read.
 * Each call becomes the expression it stands for: the file's text, {@code true} or {@code false},
 * or the template itself with each of its free names {@code n} read as {@code (vars).n} — so a
 * template may use step outputs, evaluated when the run gets there. A path is a plain string,
 * relative to the grid's directory, and may not leave it.
 */
public final class GridFileCalls extends ExprRewriter {
  private static final Set<String> NAMES = Set.of("file", "fileexists", "templatefile");
  private static final int MAX_NESTING = 8;

  private final Diagnostics diags;
  private final int depth;

  private GridFileCalls(Diagnostics diags, int depth) {
    this.diags = diags;
    this.depth = depth;
  }

  /** The files with every file call replaced; problems are reported and their calls marked. */
  public static List<ConfigFile> expand(List<ConfigFile> files, Diagnostics diags) {
    List<ConfigFile> out = new ArrayList<>();
    for (ConfigFile f : files) {
      boolean mayCall = NAMES.stream().anyMatch(n -> f.source().text().contains(n));
      out.add(mayCall ? new GridFileCalls(diags, 0).apply(f) : f);
    }
    return out;
  }

  @Override
  protected Expr rewrite(Expr e) {
    if (!(e instanceof Expr.FunctionCall c) || !NAMES.contains(c.name())) {
      return e;
    }
    int want = c.name().equals("templatefile") ? 2 : 1;
    if (c.args().size() != want || c.expandFinal()) {
      return invalid(c, c.range(), "Function \"" + c.name() + "\" takes " + (want == 1 ? "one argument, the path"
          : "two arguments, the path and an object of the template's variables") + ".");
    }
    String given = c.args().get(0) instanceof Expr.Template t ? t.literalText() : null;
    if (given == null) {
      return invalid(c, c.args().get(0).range(), "The path of " + c.name() + "() is read when the grid is"
          + " compiled, so it must be a plain quoted string relative to the grid's directory.");
    }
    Path file = resolve(c, given);
    if (file == null) {
      return c;
    }
    if (c.name().equals("fileexists")) {
      return new Expr.BoolLiteral(Files.isRegularFile(file), c.range());
    }
    String text = read(c, file, given);
    if (text == null) {
      return c;
    }
    if (c.name().equals("file")) {
      return new Expr.Template(List.of(new TemplatePart.Literal(text, c.range())), false, c.range());
    }
    return template(c, file, given, text);
  }

  private Expr template(Expr.FunctionCall c, Path file, String given, String text) {
    if (depth >= MAX_NESTING) {
      return invalid(c, c.range(), "Templates call templatefile() more than " + MAX_NESTING + " levels deep.");
    }
    SourceFile source = new SourceFile(given, rootNameOf(c.range().file(), given), file, text);
    int before = diags.errorCount();
    Expr body = HclParser.parseTemplate(source, diags);
    if (body == null || diags.errorCount() > before) {
      diags.markInvalid(c.range());
      return c;
    }
    Expr vars = c.args().get(1);
    Expr withFiles = new GridFileCalls(diags, depth + 1).apply(body);
    return new ExprRewriter() {
      @Override
      protected Expr rewrite(Expr e) {
        if (e instanceof Expr.Variable v && !isBound(v.name())) {
          return new Expr.GetAttr(new Expr.Parens(vars, vars.range()), v.name(), v.range(), v.range());
        }
        return e;
      }
    }.apply(withFiles);
  }

  /** The file under the grid's directory, or null after reporting why it is not there. */
  private Path resolve(Expr.FunctionCall c, String given) {
    Path root = gridRoot(c.range().file());
    if (root == null) {
      invalid(c, c.range(), c.name() + "() reads files of a grid on disk; this expression has none.");
      return null;
    }
    Path file = root.resolve(given).normalize();
    try {
      Path real = Files.exists(file) ? file.toRealPath() : file;
      if (!real.startsWith(root.toRealPath())) {
        invalid(c, c.args().get(0).range(), "\"" + given + "\" is outside the grid's directory " + root
            + "; " + c.name() + "() reads only files under it.");
        return null;
      }
    } catch (IOException e) {
      invalid(c, c.args().get(0).range(), "Cannot resolve \"" + given + "\": " + e.getMessage() + ".");
      return null;
    }
    return file;
  }

  private String read(Expr.FunctionCall c, Path file, String given) {
    if (!Files.isRegularFile(file)) {
      invalid(c, c.args().get(0).range(), "There is no file \"" + given + "\" in the grid's directory"
          + " (looked for " + file + "). Use fileexists() to test for an optional file.");
      return null;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      invalid(c, c.args().get(0).range(), "\"" + given + "\" is not UTF-8 text; " + c.name()
          + "() reads text files only.");
    } catch (IOException e) {
      invalid(c, c.args().get(0).range(), "Cannot read \"" + given + "\": " + e.getMessage() + ".");
    }
    return null;
  }

  private Expr invalid(Expr.FunctionCall c, Range at, String detail) {
    diags.error("eval/invalid-file-call", at, "Invalid " + c.name() + "() call", detail);
    diags.markInvalid(c.range());
    return c;
  }

  /** The grid's directory: the file's path with its path relative to the grid's root removed. */
  static Path gridRoot(SourceFile source) {
    if (source.path() == null) {
      return null;
    }
    Path root = source.path().toAbsolutePath().normalize();
    for (String ignored : source.rootName().split("/")) {
      root = root.getParent();
      if (root == null) {
        return null;
      }
    }
    return root;
  }

  /** A template's name as generated code carries it: relative to the grid's root. */
  private static String rootNameOf(SourceFile caller, String given) {
    Path root = gridRoot(caller);
    Path file = root.resolve(given).normalize();
    return root.relativize(file).toString().replace('\\', '/');
  }
}
