package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.schema.AssetSchema;
import dev.burstgrid.compiler.schema.FieldSchema;
import dev.burstgrid.compiler.schema.ModuleCatalog;
import dev.burstgrid.compiler.schema.RecordSchema;
import dev.burstgrid.compiler.schema.RunnerSchema;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bggoc modules}: every runner and asset with its schema, as text or seed manifests. */
@Command(name = "modules", mixinStandardHelpOptions = true,
    description = "Lists every runner and asset type with its arguments and outputs.")
final class ModulesCommand implements Callable<Integer> {
  enum Format { text, hcl }

  @Option(names = "--format", defaultValue = "text",
      description = "text, or hcl for runner/asset manifest blocks. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--modules", paramLabel = "PATH", split = ":",
      description = "Extra module jars or directories of jars.")
  List<Path> modules = new ArrayList<>();

  @Spec CommandSpec spec;

  private static final String PURE =
      "its output depends on its arguments alone (@Pure), so a step may set cache = true";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GridPathOptions options = new GridPathOptions();
    options.modules = modules;
    ModuleCatalog catalog;
    try {
      catalog = options.catalog();
    } catch (UsageException e) {
      err.println("bggoc: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    for (String problem : catalog.problems()) {
      err.println("bggoc: warning: " + problem);
    }
    for (AssetSchema a : catalog.assets().values()) {
      if (format == Format.hcl) {
        manifest(out, "asset", a.type(), a.description(), a.config(), null, List.of());
      } else {
        out.println("asset " + a.type() + " — " + a.description());
        fields(out, "  argument", a.config());
        out.println();
      }
    }
    for (RunnerSchema r : catalog.runners().values()) {
      if (format == Format.hcl) {
        if (r.isPure()) {
          out.println("# pure: " + PURE); // a comment: the seed's manifest format has no such field
        }
        manifest(out, "runner", r.type(), r.description(), r.input(), r.output(), r.slots());
      } else {
        out.println("runner " + r.type() + " — " + r.description());
        if (r.isPure()) {
          out.println("  pure     " + PURE);
        }
        for (RunnerSchema.UsesSlot s : r.slots()) {
          out.println("  uses     " + s.name() + ": resource " + s.assetType() + (s.required() ? "" : " (optional)"));
        }
        fields(out, "  argument", r.input());
        fields(out, "  output  ", r.output());
        out.println();
      }
    }
    return ExitCodes.OK;
  }

  private static void fields(PrintWriter out, String prefix, RecordSchema schema) {
    for (FieldSchema f : schema.fields()) {
      String req = f.required() ? "required" : f.hasDefault() ? "default " + HclText.literal(f.defaultValue()) : "optional";
      if (prefix.trim().equals("output")) {
        req = "";
      }
      out.println(prefix + " " + f.name() + ": " + f.type().friendlyName()
          + (req.isEmpty() ? "" : ", " + req) + (f.sensitive() ? ", sensitive" : "")
          + (f.doc().isEmpty() ? "" : " — " + f.doc()));
    }
  }

  private static void manifest(PrintWriter out, String kind, String type, String description,
      RecordSchema inputs, RecordSchema outputs, List<RunnerSchema.UsesSlot> slots) {
    out.println(kind + " \"" + type + "\" {");
    out.println("  description = " + HclText.quote(description));
    for (RunnerSchema.UsesSlot s : slots) {
      out.println();
      out.println("  uses \"" + s.name() + "\" {");
      out.println("    asset_type = " + HclText.quote(s.assetType()));
      out.println("  }");
    }
    for (FieldSchema f : inputs.fields()) {
      out.println();
      out.println("  input \"" + f.name() + "\" {");
      out.println("    type        = " + f.type().friendlyName());
      out.println("    description = " + HclText.quote(f.doc()));
      if (f.hasDefault()) {
        out.println("    default     = " + HclText.literal(f.defaultValue()));
      }
      out.println("  }");
    }
    if (outputs != null) {
      for (FieldSchema f : outputs.fields()) {
        out.println();
        out.println("  output \"" + f.name() + "\" {");
        out.println("    type        = " + f.type().friendlyName());
        out.println("    description = " + HclText.quote(f.doc()));
        out.println("  }");
      }
    }
    out.println("}");
    out.println();
  }
}
