package dev.burstgrid.runtime.report;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the HTML report: lines over time and bars of a distribution, drawn
 * here so the page needs no script and no network.
 */
final class SvgChart {

  static final String[] COLOURS = {"#2563eb", "#d97706", "#dc2626", "#059669"};
  private static final int WIDTH = 560;
  private static final int HEIGHT = 180;
  private static final int LEFT = 56;
  private static final int BOTTOM = 24;

  /** One line: its label and a y value per x. */
  record Series(String label, double[] values) {}

  private SvgChart() {}

  /** Lines over {@code xs} (seconds), each series a polyline, with the y maximum on the axis. */
  static String lines(String id, String title, String unit, double[] xs, List<Series> series) {
    double maxX = xs.length == 0 ? 1 : Math.max(xs[xs.length - 1], 1e-9);
    double maxY = 0;
    for (Series s : series) {
      for (double v : s.values()) {
        maxY = Math.max(maxY, v);
      }
    }
    maxY = maxY == 0 ? 1 : maxY;
    StringBuilder svg = open(id, title);
    axes(svg, Html.number(maxY) + " " + unit, Html.number(maxX) + " s");
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      StringBuilder points = new StringBuilder();
      for (int j = 0; j < xs.length && j < s.values().length; j++) {
        points.append(fmt(x(xs[j] / maxX))).append(',').append(fmt(y(s.values()[j] / maxY))).append(' ');
      }
      svg.append("<polyline class=\"series\" data-label=\"").append(Html.text(s.label())).append("\" fill=\"none\" stroke=\"")
          .append(COLOURS[i % COLOURS.length]).append("\" stroke-width=\"2\" points=\"").append(points.toString().trim())
          .append("\"/>");
      svg.append("<text x=\"").append(LEFT + 8 + i * 110).append("\" y=\"14\" font-size=\"12\" fill=\"")
          .append(COLOURS[i % COLOURS.length]).append("\">").append(Html.text(s.label())).append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  /** Bars: {@code counts[i]} of the bucket labelled {@code labels[i]}. */
  static String bars(String id, String title, String[] labels, long[] counts) {
    long max = 1;
    for (long c : counts) {
      max = Math.max(max, c);
    }
    StringBuilder svg = open(id, title);
    axes(svg, max + "", labels.length == 0 ? "" : labels[labels.length - 1]);
    double w = (double) (WIDTH - LEFT - 8) / Math.max(1, counts.length);
    for (int i = 0; i < counts.length; i++) {
      double h = (HEIGHT - BOTTOM - 20) * (double) counts[i] / max;
      svg.append("<rect class=\"bar\" x=\"").append(fmt(LEFT + i * w + 1)).append("\" y=\"")
          .append(fmt(HEIGHT - BOTTOM - h)).append("\" width=\"").append(fmt(Math.max(1, w - 2))).append("\" height=\"")
          .append(fmt(h)).append("\" fill=\"").append(COLOURS[0]).append("\"><title>").append(Html.text(labels[i]))
          .append(": ").append(counts[i]).append("</title></rect>");
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String id, String title) {
    return new StringBuilder("<svg id=\"").append(id).append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\"><title>").append(Html.text(title)).append("</title>");
  }

  private static void axes(StringBuilder svg, String yMax, String xMax) {
    int bottom = HEIGHT - BOTTOM;
    svg.append("<line x1=\"").append(LEFT).append("\" y1=\"20\" x2=\"").append(LEFT).append("\" y2=\"").append(bottom)
        .append("\" stroke=\"#999\"/><line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"")
        .append(WIDTH - 8).append("\" y2=\"").append(bottom).append("\" stroke=\"#999\"/>");
    svg.append("<text x=\"4\" y=\"28\" font-size=\"11\" fill=\"#555\">").append(Html.text(yMax)).append("</text>");
    svg.append("<text x=\"").append(WIDTH - 70).append("\" y=\"").append(HEIGHT - 6)
        .append("\" font-size=\"11\" fill=\"#555\">").append(Html.text(xMax)).append("</text>");
  }

  private static double x(double share) {
    return LEFT + share * (WIDTH - LEFT - 8);
  }

  private static double y(double share) {
    return HEIGHT - BOTTOM - share * (HEIGHT - BOTTOM - 20);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
