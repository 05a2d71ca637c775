package dev.burstgrid.runtime.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an argument optional with a default, written as an HCL expression: {@code
 * @Default("\"GET\"")}, {@code @Default("[]")}, {@code @Default("false")}. The compiler
 * parses and type-checks it against the component's type and emits the value.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {
  String value();
}
