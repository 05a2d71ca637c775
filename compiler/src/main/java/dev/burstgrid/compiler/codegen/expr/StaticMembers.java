package dev.burstgrid.compiler.codegen.expr;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The static fields and helper methods expression code needs in the generated class, named {@code
 * <prefix><Kind><n>} so they cannot clash with the grid writer's own members as long as its names
 * do not start with the prefix.
 */
final class StaticMembers {
  private final String prefix;
  private final List<FieldSpec> fields = new ArrayList<>();
  private final List<MethodSpec> methods = new ArrayList<>();
  private int next;

  StaticMembers(String prefix) {
    this.prefix = prefix;
  }

  String newName(String kind) {
    return prefix + kind + next++;
  }

  String prefixed(String name) {
    return prefix + name;
  }

  void add(FieldSpec f) {
    fields.add(f);
  }

  void add(MethodSpec m) {
    methods.add(m);
  }

  List<FieldSpec> fields() {
    return List.copyOf(fields);
  }

  List<MethodSpec> methods() {
    return List.copyOf(methods);
  }

  void addTo(TypeSpec.Builder type) {
    type.addFields(fields);
    type.addMethods(methods);
  }
}
