package dev.burstgrid.lang;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the {@link ArgumentCheck} of an arguments record (a runner's input, an asset's config):
 * a class with a public no-argument constructor.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckedBy {
  Class<? extends ArgumentCheck> value();
}
