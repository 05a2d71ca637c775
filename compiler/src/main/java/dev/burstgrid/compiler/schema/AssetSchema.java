package dev.burstgrid.compiler.schema;

import dev.burstgrid.runtime.spi.Asset;

/** An asset (resource) type as the compiler knows it. */
public record AssetSchema(
    String type,
    String description,
    Class<?> assetClass,
    Asset<?, ?> asset,
    RecordSchema config,
    Class<?> instanceClass) {}
