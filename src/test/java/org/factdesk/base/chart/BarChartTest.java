package org.factdesk.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void bars_are_proportional_labelled_and_escaped() {
        var svg = BarChart.bars("Claims by verdict", List.of(new BarChart.Bar("True", 4, "#2e7d32"),
                new BarChart.Bar("<script>alert(1)</script>", 2, "#c62828\" onload=\"x")));
        assertThat(svg).startsWith("<svg role=\"img\" aria-label=\"Claims by verdict\"")
                .contains("width=\"300\"").contains("width=\"150\"")
                .contains("&lt;script&gt;").doesNotContain("<script>").doesNotContain("\" onload=\"");
    }

    @Test
    void columns_show_every_series_per_category_with_its_total_in_the_legend() {
        var svg = BarChart.columns("Per week", List.of("2 Nov", "9 Nov"), List.of(
                new BarChart.Series("Claims created", "#36c", List.of(3L, 5L)),
                new BarChart.Series("Published", "#393", List.of(0L, 2L))));
        assertThat(svg).contains("Claims created (8)").contains("Published (2)")
                .contains("<title>Claims created, 9 Nov: 5</title>").contains("<title>Published, 2 Nov: 0</title>");
    }
}
