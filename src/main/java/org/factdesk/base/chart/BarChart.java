package org.factdesk.base.chart;

import java.util.List;
import org.factdesk.base.Html;

/**
 * Small charts as inline SVG, drawn the same way in the HTML report and on the dashboard. Every
 * label is escaped; a chart carries {@code role="img"} and an {@code aria-label} that says what it
 * shows, and every bar its number as text, so the figures are there without the picture.
 */
public final class BarChart {

    /** One bar: what it counts, how many, in which colour (CSS colour). */
    public record Bar(String label, long value, String color) {
    }

    /** One series of a column chart: its name, colour and a value per category. */
    public record Series(String name, String color, List<Long> values) {
    }

    private static final int ROW = 22;
    private static final int LABEL_WIDTH = 150;
    private static final int BAR_WIDTH = 300;

    private BarChart() {
    }

    /** Horizontal bars, longest for the largest value. */
    public static String bars(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        var svg = new StringBuilder();
        svg.append("<svg role=\"img\" aria-label=\"").append(Html.escape(title)).append("\" width=\"")
                .append(LABEL_WIDTH + BAR_WIDTH + 60).append("\" height=\"").append(bars.size() * ROW + 4)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\" font-family=\"sans-serif\">");
        int y = 2;
        for (var bar : bars) {
            int width = (int) Math.round((double) BAR_WIDTH * bar.value() / max);
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(Html.escape(bar.label())).append("</text>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"").append(width)
                    .append("\" height=\"14\" fill=\"").append(Html.escape(bar.color())).append("\"/>");
            svg.append("<text x=\"").append(LABEL_WIDTH + 6 + width).append("\" y=\"").append(y + 15).append("\">")
                    .append(bar.value()).append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** Columns per category (weeks, say), one column per series side by side, with a legend. */
    public static String columns(String title, List<String> categories, List<Series> series) {
        long max = Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(1));
        int columnWidth = 10;
        int group = Math.max(1, series.size()) * columnWidth + 14;
        int plotHeight = 120;
        int legendWidth = 34 + series.stream().mapToInt(s -> legendItemWidth(s)).sum();
        int width = Math.max(Math.max(320, categories.size() * group + 40), legendWidth);
        var svg = new StringBuilder();
        svg.append("<svg role=\"img\" aria-label=\"").append(Html.escape(title)).append("\" width=\"").append(width)
                .append("\" height=\"").append(plotHeight + 60)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"11\" font-family=\"sans-serif\">");
        svg.append("<line x1=\"30\" y1=\"").append(plotHeight + 10).append("\" x2=\"").append(width).append("\" y2=\"")
                .append(plotHeight + 10).append("\" stroke=\"#888\"/>");
        svg.append("<text x=\"0\" y=\"16\">").append(max).append("</text>");
        for (int c = 0; c < categories.size(); c++) {
            int x0 = 34 + c * group;
            for (int s = 0; s < series.size(); s++) {
                long value = series.get(s).values().get(c);
                int h = (int) Math.round((double) plotHeight * value / max);
                svg.append("<rect x=\"").append(x0 + s * columnWidth).append("\" y=\"").append(plotHeight + 10 - h)
                        .append("\" width=\"").append(columnWidth - 1).append("\" height=\"").append(h).append("\" fill=\"")
                        .append(Html.escape(series.get(s).color())).append("\"><title>")
                        .append(Html.escape(series.get(s).name() + ", " + categories.get(c) + ": " + value))
                        .append("</title></rect>");
            }
            if (c % Math.max(1, categories.size() / 6) == 0) {
                svg.append("<text x=\"").append(x0).append("\" y=\"").append(plotHeight + 24).append("\">")
                        .append(Html.escape(categories.get(c))).append("</text>");
            }
        }
        int lx = 34;
        for (var s : series) {
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(plotHeight + 36).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(Html.escape(s.color())).append("\"/>");
            svg.append("<text x=\"").append(lx + 14).append("\" y=\"").append(plotHeight + 45).append("\">")
                    .append(Html.escape(s.name() + " (" + s.values().stream().mapToLong(Long::longValue).sum() + ")"))
                    .append("</text>");
            lx += legendItemWidth(s);
        }
        return svg.append("</svg>").toString();
    }

    /** A legend entry's width: the swatch and its text, at about 7 px a character of the 11 px font. */
    private static int legendItemWidth(Series s) {
        return 14 + 7 * (s.name().length() + 8);
    }
}
