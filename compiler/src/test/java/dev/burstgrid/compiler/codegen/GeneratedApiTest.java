package dev.burstgrid.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.cli.Cli;
import dev.burstgrid.compiler.cli.CliResult;
import dev.burstgrid.lang.CountKeys;
import dev.burstgrid.lang.GridValues;
import dev.burstgrid.lang.RetryOn;
import dev.burstgrid.lang.cache.StepCache;
import dev.burstgrid.lang.expr.Calls;
import java.io.IOException;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API generated code calls — every public static member of {@code GridValues}, {@code
 * CountKeys}, {@code RetryOn}, {@code StepCache} and of the classes in {@code dev.burstgrid.lang.expr}
 * — is exercised by the golden files, whose Java
 * {@link GoldenTest} compiles (with compile-testing, warnings as failures) against runtime/lang:
 * {@code golden/expressions.hcl} holds every kind of expression, {@code golden/runtime_calls.hcl}
 * every conversion, step shape and dependency form. A public member no golden calls is either
 * shared with the compile-time evaluator only (listed here) or should not be public.
 */
class GeneratedApiTest {
  /** Public for the compiler's evaluator and planner (one rule, one implementation), never emitted. */
  private static final Set<String> EVALUATOR_ONLY = Set.of(
      "Calls.expand", "Calls.failure",
      "Conditionals.convert", "Conditionals.condition", "Conditionals.inconsistentTypes", "Conditionals.resultType",
      "ForExprs.checkCollection", "ForExprs.duplicateKey", "ForExprs.include", "ForExprs.key",
      "Iteration.entries", "Iteration.samples",
      "Operators.invalidOperand", "Operators.invalidUnaryOperand", "Operators.logicOperand",
      "Structures.ambiguousKey", "Structures.duplicateKey", "Structures.objectKey",
      "Templates.checkCollection", "Templates.condition", "Templates.text");

  @Test
  void theGoldensCallEveryPublicMemberOfTheGeneratedCodeApi() throws Exception {
    String golden = goldenJava();
    List<String> neverCalled = new ArrayList<>();
    List<String> evaluatorOnlyButCalled = new ArrayList<>();
    for (String member : apiMembers()) {
      boolean called = calls(member).matcher(golden).find();
      if (EVALUATOR_ONLY.contains(member)) {
        if (called) {
          evaluatorOnlyButCalled.add(member);
        }
      } else if (!called) {
        neverCalled.add(member);
      }
    }
    assertThat(neverCalled).as("public API members no golden's generated code calls: add a golden grid that"
        + " makes code generation emit them, or make them package-private").isEmpty();
    assertThat(evaluatorOnlyButCalled).as("members listed as the evaluator's that generated code calls").isEmpty();
  }

  @Test
  void theExpressionsGoldenRunsWithEvalsAnswers() {
    CliResult r = Cli.run("run", GoldenTest.GOLDEN.resolve("expressions.hcl").toString(), "--quiet");

    assertThat(r.exitCode()).as(r.err()).isZero();
    String many = String.join(",", java.util.Collections.nCopies(66, "3"));
    assertThat(r.out().lines().sorted()).containsExactly(
        "step.print.arithmetic [4,2,6,1.5,1,-3,false]",
        "step.print.calls [\"HI\",2,3,\"fallback\",false,70,0,\"ambiguous key\",false]",
        "step.print.comparison [false,false,true,true,false,true,true,true]",
        "step.print.conditional [3,false,1]",
        "step.print.for [[\"A\",\"B\"],{\"x\":3,\"y\":6},{\"a\":[\"ann\"],\"b\":[\"bob\"]}]",
        "step.print.structure {\"Hi\":[3,\"Hi\"],\"fixed\":{\"big\":12345678901234567890.5,\"list\":[\"a\",\"b\"],"
            + "\"map\":{\"a\":1,\"b\":2},\"nested\":{\"deep\":{\"deeper\":[1.5]}},\"set\":[\"a\",\"b\"],"
            + "\"tuple\":[\"a\",1,true,null]},\"many\":[" + many + "]}",
        "step.print.template [\"Hi and 3\",\"yes\",\"0=a;1=;2=b;\",\"heredoc Hi\\n\"]",
        "step.print.traversal [\"o\",\"\",1,\"p\",[\"ann\",\"bob\"],[\"ann\",\"bob\"]]");
  }

  @Test
  void theEvaluatorOnlyListNamesMembersThatExist() throws Exception {
    assertThat(apiMembers()).containsAll(EVALUATOR_ONLY);
  }

  /** A call of {@code Class.member}, also with an explicit type argument ({@code RetryOn.<Out>attempt}). */
  private static Pattern calls(String member) {
    int dot = member.indexOf('.');
    return Pattern.compile("\\b" + Pattern.quote(member.substring(0, dot)) + "\\.(<[\\w.]+>)?"
        + Pattern.quote(member.substring(dot + 1)) + "\\b");
  }

  /** {@code Class.member} for every public static method and field of the generated-code API. */
  static Set<String> apiMembers() throws IOException, URISyntaxException, ClassNotFoundException {
    Set<String> out = new TreeSet<>();
    List<Class<?>> classes = new ArrayList<>(exprClasses());
    classes.add(GridValues.class);
    classes.add(CountKeys.class);
    classes.add(RetryOn.class);
    classes.add(StepCache.class);
    for (Class<?> k : classes) {
      if (!Modifier.isPublic(k.getModifiers())) {
        continue;
      }
      List<Member> members = new ArrayList<>(List.of(k.getDeclaredMethods()));
      members.addAll(List.of(k.getDeclaredFields()));
      for (Member m : members) {
        if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
          out.add(k.getSimpleName() + "." + m.getName());
        }
      }
    }
    return out;
  }

  /** The top-level classes of {@code dev.burstgrid.lang.expr}, from its class directory or jar. */
  private static List<Class<?>> exprClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(Calls.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String pkg = Calls.class.getPackageName();
    List<Class<?>> out = new ArrayList<>();
    if (Files.isDirectory(location)) {
      addClasses(location.resolve(pkg.replace('.', '/')), pkg, out);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        addClasses(jar.getPath(pkg.replace('.', '/')), pkg, out);
      }
    }
    assertThat(out).as("classes of " + pkg).isNotEmpty();
    return out;
  }

  private static void addClasses(Path dir, String pkg, List<Class<?>> out) throws IOException, ClassNotFoundException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          out.add(Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length())));
        }
      }
    }
  }

  private static String goldenJava() throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(GoldenTest.GOLDEN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        sb.append(Files.readString(f)).append('\n');
      }
    }
    return sb.toString();
  }
}
