package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.Args.str;
import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.function.FunctionSpec.returns;
import static dev.burstgrid.lang.value.Type.ANY;
import static dev.burstgrid.lang.value.Type.STRING;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Terraform's encoding functions: base64, CSV, JSON, text encodings and URL escaping. */
final class EncodingFunctions {
  private EncodingFunctions() {}

  static List<Function> all() {
    return List.of(
        FunctionSpec.of(
            "base64decode",
            "Decodes a Base64 string whose bytes are UTF-8 text.",
            params(Param.of("str", STRING)),
            returns(STRING),
            args -> Value.string(utf8(base64(args, 0), 0))),
        FunctionSpec.of(
            "base64encode",
            "Encodes a string's UTF-8 bytes as Base64.",
            params(Param.of("str", STRING)),
            returns(STRING),
            args -> Value.string(encode64(str(args, 0).getBytes(StandardCharsets.UTF_8)))),
        FunctionSpec.of(
            "base64gzip",
            "Compresses a string with gzip and encodes the result as Base64.",
            params(Param.of("str", STRING)),
            returns(STRING),
            args -> Value.string(encode64(gzip(str(args, 0))))),
        FunctionSpec.of(
            "csvdecode",
            "Parses CSV text with a header row into a list of objects.",
            params(Param.of("str", STRING)),
            returns(ANY),
            args -> CsvDecoder.decode(str(args, 0))),
        FunctionSpec.of(
            "jsondecode",
            "Parses a JSON string into a value.",
            params(Param.of("str", STRING)),
            returns(ANY),
            args -> {
              try {
                return Json.decode(str(args, 0));
              } catch (Json.JsonException e) {
                throw new FunctionException(0, e.getMessage());
              }
            }),
        FunctionSpec.of(
            "jsonencode",
            "Encodes a value as a JSON string.",
            params(Param.nullable("val", ANY)),
            returns(STRING),
            args -> Value.string(Json.encodeHtmlSafe(args.get(0)))),
        FunctionSpec.of(
            "textdecodebase64",
            "Decodes Base64 data as text in the named character encoding.",
            params(Param.of("source", STRING), Param.of("encoding", STRING)),
            returns(STRING),
            args -> {
              Charset cs = charset(args, 1);
              byte[] bytes = base64(args, 0);
              try {
                return Value.string(
                    cs.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString());
              } catch (CharacterCodingException e) {
                throw new FunctionException(
                    0, "the decoded bytes are not valid " + cs.name() + " text");
              }
            }),
        FunctionSpec.of(
            "textencodebase64",
            "Encodes a string in the named character encoding, then as Base64.",
            params(Param.of("string", STRING), Param.of("encoding", STRING)),
            returns(STRING),
            args -> {
              Charset cs = charset(args, 1);
              try {
                ByteBuffer buf =
                    cs.newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .encode(java.nio.CharBuffer.wrap(str(args, 0)));
                byte[] bytes = new byte[buf.remaining()];
                buf.get(bytes);
                return Value.string(encode64(bytes));
              } catch (CharacterCodingException e) {
                throw new FunctionException(
                    0, "the given string contains characters that cannot be represented in " + cs.name());
              }
            }),
        FunctionSpec.of(
            "urlencode",
            "Escapes a string for use in a URL query.",
            params(Param.of("str", STRING)),
            returns(STRING),
            args -> Value.string(queryEscape(str(args, 0)))));
  }

  private static String encode64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static byte[] base64(List<Value> args, int i) throws FunctionException {
    String s = str(args, i);
    if (s.length() % 4 != 0) {
      throw new FunctionException(i, "failed to decode base64 data " + Json.encode(Value.string(s)));
    }
    try {
      return Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw new FunctionException(i, "failed to decode base64 data " + Json.encode(Value.string(s)));
    }
  }

  private static String utf8(byte[] bytes, int i) throws FunctionException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new FunctionException(
          i, "the result of decoding the provided string is not valid UTF-8");
    }
  }

  private static byte[] gzip(String s) throws FunctionException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new FunctionException("failed to compress: " + e.getMessage());
    }
    return out.toByteArray();
  }

  private static Charset charset(List<Value> args, int i) throws FunctionException {
    String name = str(args, i);
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      throw new FunctionException(
          i, "\"" + name + "\" is not a supported IANA encoding name or alias");
    }
  }

  /** Go's url.QueryEscape: unreserved characters stay, space becomes '+'. */
  static String queryEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        sb.append((char) c);
      } else if (c == ' ') {
        sb.append('+');
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }
}
