package dev.burstgrid.compiler.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The type arguments a class gives a generic interface, however indirectly: {@code class
 * SleepRunner implements Runner<Input, Output>} gives {@code Runner} {@code [Input, Output]}, and
 * so does a subclass of {@code abstract class Base<I> implements Runner<I, Output>} declared
 * {@code extends Base<Input>}. Module schemas come from these arguments.
 */
final class TypeArguments {
  private TypeArguments() {}

  /**
   * The record classes {@code impl} binds to {@code generic}'s type parameters, in order.
   *
   * @throws SchemaException when {@code impl} does not implement {@code generic}, implements it
   *     raw, or leaves a parameter unresolved or bound to something other than a record class
   */
  static List<Class<?>> records(Class<?> impl, Class<?> generic) throws SchemaException {
    List<Class<?>> records = new ArrayList<>();
    Type[] found = resolve(impl, generic);
    for (int i = 0; i < found.length; i++) {
      Class<?> k = classAt(found, i, generic);
      if (!k.isRecord()) {
        throw unresolved(generic, i, found[i], "a record class");
      }
      records.add(k);
    }
    return records;
  }

  /** The class {@code impl} binds to parameter {@code index} of {@code generic}. */
  static Class<?> classArgument(Class<?> impl, Class<?> generic, int index) throws SchemaException {
    return classAt(resolve(impl, generic), index, generic);
  }

  private static Type[] resolve(Class<?> impl, Class<?> generic) throws SchemaException {
    Type[] found = search(impl, generic, Map.of());
    if (found == null) {
      throw new SchemaException("it does not implement " + shape(generic));
    }
    if (found.length == 0) {
      throw new SchemaException("it implements " + shape(generic)
          + " without type arguments; name its types in the implements clause");
    }
    return found;
  }

  private static Class<?> classAt(Type[] found, int i, Class<?> generic) throws SchemaException {
    if (found[i] instanceof Class<?> k) {
      return k;
    }
    throw unresolved(generic, i, found[i], "a class");
  }

  private static SchemaException unresolved(Class<?> generic, int i, Type got, String wanted) {
    return new SchemaException("cannot resolve type parameter " + generic.getTypeParameters()[i].getName()
        + " of " + shape(generic) + " to " + wanted + " (got " + got.getTypeName()
        + "); name a concrete type in the implements or extends clause");
  }

  /**
   * The arguments {@code type} (with its own type variables bound in {@code bindings}) gives
   * {@code generic}: null when it does not reach it, empty when it reaches it raw.
   */
  private static Type[] search(Type type, Class<?> generic, Map<TypeVariable<?>, Type> bindings) {
    Class<?> raw;
    Map<TypeVariable<?>, Type> own = new HashMap<>();
    if (type instanceof Class<?> k) {
      raw = k;
    } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> k) {
      raw = k;
      TypeVariable<?>[] parameters = k.getTypeParameters();
      Type[] arguments = p.getActualTypeArguments();
      for (int i = 0; i < parameters.length; i++) {
        own.put(parameters[i], bindings.getOrDefault(arguments[i], arguments[i]));
      }
    } else {
      return null;
    }
    if (raw == generic) {
      if (!(type instanceof ParameterizedType)) {
        return new Type[0];
      }
      Type[] resolved = new Type[raw.getTypeParameters().length];
      for (int i = 0; i < resolved.length; i++) {
        resolved[i] = own.get(raw.getTypeParameters()[i]);
      }
      return resolved;
    }
    List<Type> supertypes = new ArrayList<>(List.of(raw.getGenericInterfaces()));
    if (raw.getGenericSuperclass() != null) {
      supertypes.add(raw.getGenericSuperclass());
    }
    for (Type supertype : supertypes) {
      Type[] found = search(supertype, generic, own);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** {@code Runner<I, O>}, {@code Runner.WithUses<I, U, O>}. */
  private static String shape(Class<?> generic) {
    List<String> names = new ArrayList<>();
    for (TypeVariable<?> v : generic.getTypeParameters()) {
      names.add(v.getName());
    }
    return Names.ofClass(generic) + "<" + String.join(", ", names) + ">";
  }
}
