package dev.burstgrid.runtime.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an argument (or uses entry) optional with no default: when the grid omits it the
 * component is {@code null}. Components with neither this nor {@link Default} are required.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OptionalArg {}
