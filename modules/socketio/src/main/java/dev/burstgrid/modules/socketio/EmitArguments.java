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
    boolean hasData = data != null && !data.isNull();
    boolean hasArgs = args != null && !args.isNull();
    if (hasData && hasArgs) {
      throw new IllegalArgumentException(
          "give " + names[0] + " (one argument) or " + names[1] + " (several), not both");
    }
    List<Object> arguments = new ArrayList<>();
    if (hasData) {
      arguments.add(Payloads.toArgument(data));
    } else if (hasArgs) {
      List<Value> items = Payloads.items(args);
      if (items == null) {
        throw new IllegalArgumentException(
            names[1] + " must be a list of the event's arguments, such as [1, \"two\"]");
      }
      items.forEach(a -> arguments.add(Payloads.toArgument(a)));
    }
    if (binary != null) {
      arguments.add(Base64Argument.decode(names[2], binary));
    }
    return arguments.toArray();
  }
}
