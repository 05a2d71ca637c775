package dev.burstgrid.compiler.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiler's stages depend one way: code generation reads the plan and nothing before it,
 * so a feature is built once, in the plan, and only written out by codegen.
 */
class StageBoundaryTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/burstgrid/compiler");
  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?dev\\.burstgrid\\.compiler\\.(\\w+)", Pattern.MULTILINE);
  private static final Pattern QUALIFIED = Pattern.compile("dev\\.burstgrid\\.compiler\\.(\\w+)\\.");

  @Test
  void codeGenerationReadsNeitherSyntaxNorDeclarationsNorTheEvaluator() throws IOException {
    List<String> violations = new ArrayList<>();
    List<Path> files = javaFiles(SOURCES.resolve("codegen"));
    assertTrue(files.size() > 10, "the codegen sources were found");
    for (Path file : files) {
      String text = Files.readString(file);
      for (Pattern p : List.of(IMPORT, QUALIFIED)) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          String stage = m.group(1);
          if (stage.equals("syntax") || stage.equals("semantic") || stage.equals("eval")) {
            violations.add(SOURCES.relativize(file) + " uses dev.burstgrid.compiler." + stage);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void thePlanDoesNotReachForwardIntoCodeGeneration() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path file : javaFiles(SOURCES.resolve("plan"))) {
      Matcher m = QUALIFIED.matcher(Files.readString(file));
      while (m.find()) {
        if (m.group(1).equals("codegen") || m.group(1).equals("cli")) {
          violations.add(SOURCES.relativize(file) + " uses dev.burstgrid.compiler." + m.group(1));
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}
