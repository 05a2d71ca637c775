package dev.burstgrid.runtime.spi;

/** The uses record of a runner that needs no asset. */
public record NoUses() {
  public static final NoUses INSTANCE = new NoUses();
}
