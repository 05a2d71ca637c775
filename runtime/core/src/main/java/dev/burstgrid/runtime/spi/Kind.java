package dev.burstgrid.runtime.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a {@link Runner} or {@link Asset} for grids and documents it: {@code @Kind(name =
 * "sleep", doc = "Waits for the given duration.")} makes the class the runner of {@code step
 * "sleep" "…"} blocks, and {@code bggoc modules} shows the doc. Every runner and asset class
 * carries exactly this annotation; the compiler reports a class without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Kind {
  /** The type label grids use, such as {@code http_request}: letters, digits, {@code _} and {@code -}. */
  String name();

  /** One sentence for {@code bggoc modules}. */
  String doc();
}
