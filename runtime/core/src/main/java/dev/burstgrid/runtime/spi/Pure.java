package dev.burstgrid.runtime.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a runner whose output depends on its input alone, so a step may set {@code cache =
 * true}: an instance whose input equals an earlier one's reuses that output instead of running.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Pure {
  /** Change it when the runner's output for the same input changes, so old cached outputs are not reused. */
  String version() default "1";
}
