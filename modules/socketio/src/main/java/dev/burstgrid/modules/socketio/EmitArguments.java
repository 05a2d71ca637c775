package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.value.Value;
import dev.burstgrid.modules.websocket.Base64Argument;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of an emitted event, from a step's {@code data} (one argument), {@code args}
 * (several) and {@code binary} (base64 text, sent as bytes after the others).
 */
final class EmitArguments {
  private EmitArguments() {}

  /** One argument, or none when {@code data} is null. */
  static Object[] of(Value data) {
    return data == null || data.isNull() ? new Object[0] : new Object[] {Payloads.toArgument(data)};
  }

  /**
   * @param names the grid names of the three arguments, for messages
   * @throws IllegalArgumentException when both data and args are given, args is not a list, or
   *     binary is not base64
   */
  static Object[] of(Value data, Value args, String binary, String... names) {
    String problem = problem(data, args, names);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    List<Object> arguments = new ArrayList<>();
    if (data != null && !data.isNull()) {
      arguments.add(Payloads.toArgument(data));
    } else if (args != null && !args.isNull()) {
      Payloads.items(args).forEach(a -> arguments.add(Payloads.toArgument(a)));
    }
    if (binary != null) {
      arguments.add(Base64Argument.decode(names[2], binary));
    }
    return arguments.toArray();
  }

  /**
   * What is wrong with {@code data} and {@code args} (named {@code names[0]} and {@code
   * names[1]}), or null: both given, or {@code args} not a list.
   */
  static String problem(Value data, Value args, String... names) {
    boolean hasArgs = args != null && !args.isNull();
    if (data != null && !data.isNull() && hasArgs) {
      return "give " + names[0] + " (one argument) or " + names[1] + " (several), not both";
    }
    if (hasArgs && Payloads.items(args) == null) {
      return names[1] + " must be a list of the event's arguments, such as [1, \"two\"]";
    }
    return null;
  }
}
