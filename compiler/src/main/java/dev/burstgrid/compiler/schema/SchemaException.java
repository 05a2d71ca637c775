package dev.burstgrid.compiler.schema;

/** A module's records cannot serve as a schema (an unsupported component type, say). */
public final class SchemaException extends Exception {
  public SchemaException(String message) {
    super(message);
  }
}
