package org.factdesk.verification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import org.factdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class DashboardViewTest extends SpringBrowserlessTest {

    private static String svg(com.vaadin.flow.component.html.Div chart) {
        return chart.getChildren().filter(Html.class::isInstance).map(c -> ((Html) c).getInnerHtml())
                .findFirst().orElse("");
    }

    @Test
    @WithUserDetails("viewer")
    void the_dashboard_draws_its_figures_as_charts_with_the_numbers_in_words() {
        var view = navigate(DashboardView.class);
        assertThat(svg(view.byStatus)).contains("<rect").contains("Unchecked");
        assertThat(view.byStatus.getChildren().filter(Html.class::isInstance).findFirst().orElseThrow()
                .getElement().getAttribute("aria-label")).startsWith("Claims by status: Unchecked ");
        assertThat(svg(view.byVerdict)).contains("Mostly true");
        assertThat(svg(view.overTime)).contains("Claims created (").contains("Published (");
        assertThat(view.perPerson.getElement().getTextRecursively()).isNotBlank();
    }
}
