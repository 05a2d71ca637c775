package com.example;

import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import java.util.Locale;

/** A runner of the project's own: {@code step "slug" "name" { arguments { title = "…" } }}. */
@Kind(name = "slug", doc = "Turns a title into the slug of its URL.")
public final class SlugRunner implements Runner<SlugRunner.Input, SlugRunner.Output> {
  @Doc("Arguments of slug.")
  public record Input(@Doc("The title, such as \"Hello, World\".") String title) {}

  @Doc("Outputs of slug.")
  public record Output(@Doc("Lower case words joined by '-', such as \"hello-world\".") String slug) {}

  @Override
  public Output run(Input input, RunContext context) {
    String words = input.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    return new Output(words.replace(' ', '-'));
  }
}
