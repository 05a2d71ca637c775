package dev.burstgrid.runtime.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an argument (or uses entry) optional with no default: when the grid omits it, or sets
 * it to null, the component is {@code null}. A component is otherwise optional only when its
 * record's {@code DEFAULTS} constant gives it a value; all others are required.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OptionalArg {}
