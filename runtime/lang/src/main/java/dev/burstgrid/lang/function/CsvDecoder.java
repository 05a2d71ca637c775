package dev.burstgrid.lang.function;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code csvdecode}: RFC 4180 text whose first row names the columns. */
final class CsvDecoder {
  private final String text;
  private int pos;
  private int line = 1;

  private CsvDecoder(String text) {
    this.text = text;
  }

  static Value decode(String text) throws FunctionException {
    List<List<String>> rows = new CsvDecoder(text).rows();
    if (rows.isEmpty()) {
      throw new FunctionException(0, "missing header line");
    }
    List<String> header = rows.get(0);
    Map<String, Type> attrTypes = new TreeMap<>();
    for (String h : header) {
      if (attrTypes.put(h, Type.STRING) != null) {
        throw new FunctionException(0, "duplicate column name \"" + h + "\"");
      }
    }
    List<Value> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() != header.size()) {
        throw new FunctionException(
            0, "record on line " + (r + 1) + ": wrong number of fields");
      }
      Map<String, Value> attrs = new TreeMap<>();
      for (int c = 0; c < row.size(); c++) {
        attrs.put(header.get(c), Value.string(row.get(c)));
      }
      out.add(Value.ObjectValue.of(attrs));
    }
    return Args.list(Type.ObjectOf.of(attrTypes), out);
  }

  private List<List<String>> rows() throws FunctionException {
    List<List<String>> rows = new ArrayList<>();
    while (pos < text.length()) {
      if (atLineEnd()) {
        skipLineEnd(); // blank lines are ignored
        continue;
      }
      rows.add(row());
    }
    return rows;
  }

  private List<String> row() throws FunctionException {
    List<String> fields = new ArrayList<>();
    while (true) {
      fields.add(field());
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        continue;
      }
      skipLineEnd();
      return fields;
    }
  }

  private String field() throws FunctionException {
    if (pos < text.length() && text.charAt(pos) == '"') {
      int startLine = line;
      StringBuilder sb = new StringBuilder();
      pos++;
      while (true) {
        if (pos >= text.length()) {
          throw new FunctionException(
              0, "parse error on line " + startLine + ": extraneous or missing \" in quoted-field");
        }
        char c = text.charAt(pos++);
        if (c == '"') {
          if (pos < text.length() && text.charAt(pos) == '"') {
            sb.append('"');
            pos++;
            continue;
          }
          if (pos < text.length() && text.charAt(pos) != ',' && !atLineEnd()) {
            throw new FunctionException(
                0, "parse error on line " + line + ": extraneous or missing \" in quoted-field");
          }
          return sb.toString();
        }
        if (c == '\n') {
          line++;
        }
        sb.append(c);
      }
    }
    int start = pos;
    while (pos < text.length() && text.charAt(pos) != ',' && !atLineEnd()) {
      if (text.charAt(pos) == '"') {
        throw new FunctionException(0, "parse error on line " + line + ": bare \" in non-quoted-field");
      }
      pos++;
    }
    return text.substring(start, pos);
  }

  private boolean atLineEnd() {
    char c = text.charAt(pos);
    return c == '\n' || (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n');
  }

  private void skipLineEnd() {
    if (pos < text.length() && text.charAt(pos) == '\r') {
      pos++;
    }
    if (pos < text.length() && text.charAt(pos) == '\n') {
      pos++;
      line++;
    }
  }
}
