package dev.burstgrid.benchmarks;

/**
 * Writes synthetic grids of a given size for benchmarks and scale tests: a shared HTTP
 * client, chains of http_request steps with headers, query and templates, and print steps
 * that fan in over earlier steps. About 300 bytes per step (5,000 steps ≈ 1.5 MB).
 */
public final class GridGenerator {
  private GridGenerator() {}

  public static String grid(int steps) {
    StringBuilder sb = new StringBuilder(steps * 420);
    sb.append("variable \"base_url\" {\n  type    = string\n  default = \"http://127.0.0.1:8080\"\n}\n\n");
    sb.append("locals {\n  headers = { \"X-Run\" = \"bench\", Accept = \"application/json\" }\n}\n\n");
    sb.append("resource \"http_client\" \"shared\" {\n  arguments {\n    timeout = \"30s\"\n  }\n}\n\n");
    for (int i = 0; i < steps; i++) {
      if (i % 10 == 9) {
        sb.append("# Fan-in over the previous nine requests.\n");
        sb.append("step \"print\" \"s").append(i).append("\" {\n  arguments {\n    input = {\n");
        sb.append("      codes = [");
        for (int k = i - 9; k < i; k++) {
          sb.append(k == i - 9 ? "" : ", ").append("step.http_request.s").append(k).append(".output.status_code");
        }
        sb.append("]\n      label = \"batch-${").append(i / 10).append(" + 1}\"\n    }\n  }\n}\n\n");
      } else {
        sb.append("step \"http_request\" \"s").append(i).append("\" {\n");
        sb.append("  uses {\n    client = resource.http_client.shared\n  }\n");
        sb.append("  arguments {\n");
        sb.append("    url     = \"${var.base_url}/items/").append(i).append("?page=${").append(i % 7).append(" * 2}\"\n");
        sb.append("    method  = \"").append(i % 3 == 0 ? "POST" : "GET").append("\"\n");
        sb.append("    headers = merge(local.headers, { \"X-Step\" = \"").append(i).append("\" })\n");
        sb.append("  }\n");
        if (i % 10 != 0) {
          sb.append("  depends_on = [\"http_request.s").append(i - 1).append("\"]\n");
        }
        sb.append("}\n\n");
      }
    }
    return sb.toString();
  }

  /** {@code java -cp benchmarks.jar dev.burstgrid.benchmarks.GridGenerator 5000 > big.hcl} */
  public static void main(String[] args) {
    System.out.print(grid(args.length > 0 ? Integer.parseInt(args[0]) : 1000));
  }
}
