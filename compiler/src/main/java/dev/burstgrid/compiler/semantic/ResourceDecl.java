package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.schema.AssetSchema;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import java.util.Map;

/** A {@code resource "asset" "name" {…}} block after binding; {@code scope} is one of {@link #SCOPES}. */
public record ResourceDecl(
    String assetType, String name, AssetSchema schema, Map<String, Attribute> arguments, String scope, Block block) {

  /** How long one instance lives under load: {@code run} (the default), {@code vu} or {@code iteration}. */
  public static final java.util.List<String> SCOPES = java.util.List.of("run", "vu", "iteration");

  public String address() {
    return "resource." + assetType + "." + name;
  }

  /** Declarations are compared by identity: each stands for one block in one file. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
