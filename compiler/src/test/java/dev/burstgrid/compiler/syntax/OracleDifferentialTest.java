package dev.burstgrid.compiler.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.diag.Diagnostic;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.SourceFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Differential test against HashiCorp's implementation (the conformance corpus's reference
 * oracle, built with its {@code build.sh}): mutated real inputs and random token soups must
 * be rejected as syntax errors exactly when the oracle rejects them at parse time (it also counts an argument set
 * twice, which bggo reports in its semantic stage). Runs only when {@code -Dhcl.oracle=/path/to/oracle} is given; {@code
 * -Dhcl.oracle.count=N} sets the number of inputs.
 */
class OracleDifferentialTest {
  private static final String PUNCTUATION = "{}[]()\"=,.:?!<>+-*/%&|#$~\\\n ";

  /** Expression-level token soup, one attribute per input. */
  private static final String[] EXPRESSION_PIECES = {"a", "b", " ", "\n", "1", "2.5", "1e3",
      "\"s\"", "\"${", "}", "{", "[", "]", "(", ")", ",", ".", "*", "[*]", ".*", "for", "in",
      ":", "=>", "...", "?", "if", "+", "-", "!", "==", "&&", "||", "<", "=", "f(",
      "<<EOT\nx\nEOT\n", "%{if a}", "%{endif}", "~}", "${~", "true", "null", "#c\n", "/*c*/",
      ".0"};

  /** Structure-level token soup: blocks, labels, attributes, newlines. */
  private static final String[] STRUCTURE_PIECES = {"blk", " x", " \"l\"", " {", "}", "\n",
      " = 1", " = {", " = [", "]", " ", "a", "b = 2\n", "c {}\n", "d { e = 1 }", ",", "#\n",
      " = <<EOT\nt\nEOT\n", " = \"${x}\""};

  @Test
  void mutatedInputsAgreeWithReference() throws Exception {
    int count = Integer.getInteger("hcl.oracle.count", 5000);
    compareWithReference(mutatedInputs(seeds(), count));
  }

  @Test
  void tokenSoupAgreesWithReference() throws Exception {
    int count = Integer.getInteger("hcl.oracle.count", 5000);
    Random random = new Random(5);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean expression = random.nextBoolean();
      String[] pieces = expression ? EXPRESSION_PIECES : STRUCTURE_PIECES;
      StringBuilder sb = new StringBuilder(expression ? "a = " : "");
      int n = 1 + random.nextInt(expression ? 8 : 14);
      for (int j = 0; j < n; j++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      inputs.add(sb.append('\n').toString());
    }
    compareWithReference(inputs);
  }

  private void compareWithReference(List<String> inputs) throws Exception {
    String oracle = System.getProperty("hcl.oracle");
    Assumptions.assumeTrue(oracle != null && Files.isExecutable(Path.of(oracle)),
        "set -Dhcl.oracle to run");
    List<Boolean> reference = oracleParseErrors(oracle, inputs);
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i).contains("::")) {
        continue; // namespaced functions are newer than the packaged reference (v2.14.1)
      }
      boolean ours = syntaxErrors(inputs.get(i));
      if (ours != reference.get(i)) {
        disagreements.add((ours ? "we reject: " : "we accept: ") + inputs.get(i));
      }
    }
    assertThat(disagreements).as(String.join("\n----\n", disagreements)).isEmpty();
  }

  /** Our syntax errors, plus an argument set twice in one body, which the oracle counts too. */
  private static boolean syntaxErrors(String text) {
    Diagnostics diags = new Diagnostics();
    ConfigFile file = HclParser.parseConfig(SourceFile.of("d.hcl", text), diags);
    for (Diagnostic d : diags.all()) {
      if (d.isError()) {
        return true;
      }
    }
    return hasDuplicateArgument(file.body());
  }

  private static boolean hasDuplicateArgument(Body body) {
    Set<String> names = new HashSet<>();
    for (Attribute a : body.attributes()) {
      if (!names.add(a.name())) {
        return true;
      }
    }
    return body.blocks().stream().anyMatch(b -> hasDuplicateArgument(b.body()));
  }

  @SuppressWarnings("unchecked")
  private static List<String> seeds() throws IOException {
    List<String> seeds = new ArrayList<>();
    for (Map<String, Object> row : ConformanceVectorsTest.rows("config-vectors.jsonl")) {
      seeds.add((String) row.get("source"));
    }
    for (Map<String, Object> row : ConformanceVectorsTest.rows("expr-vectors.jsonl")) {
      seeds.add("a = " + row.get("source") + "\n");
    }
    if (Files.isDirectory(RobustnessTest.SEED_GRIDS)) {
      try (Stream<Path> s = Files.list(RobustnessTest.SEED_GRIDS)) {
        for (Path p : s.sorted().toList()) {
          seeds.add(Files.readString(p));
        }
      }
    }
    return seeds;
  }

  private static List<String> mutatedInputs(List<String> seeds, int count) {
    Random random = new Random(11);
    List<String> out = new ArrayList<>(seeds);
    while (out.size() < count) {
      StringBuilder sb = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits && sb.length() > 0; e++) {
        int at = random.nextInt(sb.length());
        if (Character.isSurrogate(sb.charAt(at))) {
          continue; // keep the text valid UTF-16; encoding errors are tested elsewhere
        }
        switch (random.nextInt(3)) {
          case 0:
            sb.deleteCharAt(at);
            break;
          case 1:
            sb.insert(at, PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
            break;
          default:
            sb.setCharAt(at, PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static List<Boolean> oracleParseErrors(String oracle, List<String> inputs)
      throws Exception {
    Process process = new ProcessBuilder(oracle).redirectErrorStream(false).start();
    Thread feeder = new Thread(() -> {
      try (Writer w = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
        for (int i = 0; i < inputs.size(); i++) {
          w.write("{\"id\":\"" + i + "\",\"mode\":\"config\",\"source\":" + json(inputs.get(i))
              + ",\"vars\":{}}\n");
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    feeder.start();
    List<Boolean> results = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) MiniJson.parse(line);
        results.add(Boolean.TRUE.equals(answer.get("parse_error")));
      }
    }
    feeder.join();
    process.waitFor();
    assertThat(results).hasSize(inputs.size());
    return results;
  }

  private static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
