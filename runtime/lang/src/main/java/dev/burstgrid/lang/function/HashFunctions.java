package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.Args.str;
import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.function.FunctionSpec.returns;
import static dev.burstgrid.lang.value.Type.STRING;

import dev.burstgrid.lang.value.Value;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Terraform's pure hash functions (of a string's UTF-8 bytes) and {@code uuidv5}. */
final class HashFunctions {
  private HashFunctions() {}

  static List<Function> all() {
    return List.of(
        hex("md5", "MD5", "Returns the MD5 hash of a string, in hexadecimal."),
        hex("sha1", "SHA-1", "Returns the SHA-1 hash of a string, in hexadecimal."),
        hex("sha256", "SHA-256", "Returns the SHA-256 hash of a string, in hexadecimal."),
        hex("sha512", "SHA-512", "Returns the SHA-512 hash of a string, in hexadecimal."),
        base64("base64sha256", "SHA-256", "Returns the SHA-256 hash of a string, in Base64."),
        base64("base64sha512", "SHA-512", "Returns the SHA-512 hash of a string, in Base64."),
        FunctionSpec.of(
            "uuidv5",
            "Returns a name-based (SHA-1) UUID for a namespace and a name.",
            params(Param.of("namespace", STRING), Param.of("name", STRING)),
            returns(STRING),
            HashFunctions::uuidv5));
  }

  private static Function hex(String name, String algorithm, String description) {
    return FunctionSpec.of(
        name,
        description,
        params(Param.of("str", STRING)),
        returns(STRING),
        args -> Value.string(HexFormat.of().formatHex(digest(algorithm, bytes(str(args, 0))))));
  }

  private static Function base64(String name, String algorithm, String description) {
    return FunctionSpec.of(
        name,
        description,
        params(Param.of("str", STRING)),
        returns(STRING),
        args ->
            Value.string(
                Base64.getEncoder().encodeToString(digest(algorithm, bytes(str(args, 0))))));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] digest(String algorithm, byte[]... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance(algorithm);
      for (byte[] p : parts) {
        md.update(p);
      }
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }

  private static Value uuidv5(List<Value> args) throws FunctionException {
    String ns = str(args, 0);
    UUID namespace;
    switch (ns) {
      case "dns" -> namespace = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
      case "url" -> namespace = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
      case "oid" -> namespace = UUID.fromString("6ba7b812-9dad-11d1-80b4-00c04fd430c8");
      case "x500" -> namespace = UUID.fromString("6ba7b814-9dad-11d1-80b4-00c04fd430c8");
      default -> {
        try {
          if (!ns.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw new IllegalArgumentException();
          }
          namespace = UUID.fromString(ns);
        } catch (IllegalArgumentException e) {
          throw new FunctionException(
              0, "uuidv5() doesn't support namespace \"" + ns + "\"");
        }
      }
    }
    ByteBuffer nsBytes = ByteBuffer.allocate(16);
    nsBytes.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    byte[] hash = digest("SHA-1", nsBytes.array(), bytes(str(args, 1)));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return Value.string(new UUID(b.getLong(), b.getLong()).toString());
  }
}
