package org.factdesk.verification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import java.util.regex.Pattern;
import org.factdesk.IntegrationTest;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.verification.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class DashboardViewTest extends SpringBrowserlessTest {

    private static final Pattern VERDICTS = Pattern.compile("Verdicts set \\((\\d+)\\)");

    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviews;

    private long verdictsThisWeek() {
        navigate(MyWorkView.class); // away and back: navigating to the open route keeps the old view
        var m = VERDICTS.matcher(svg(navigate(DashboardView.class).overTime));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    @WithUserDetails("reviewer")
    void a_verdict_counts_once_in_the_weekly_chart_however_many_fields_it_wrote() {
        long before = verdictsThisWeek();
        var doc = documents.create(DocumentMetadata.titled("Weekly chart"), "The mayor said the bridge was closed.").id();
        var claim = claims.create(doc, NewClaim.at(15, 36));
        reviews.setVerdict(claim.id(), null, "FALSE", "The bridge was open that day.", null);
        assertThat(verdictsThisWeek()).isEqualTo(before + 1);
    }

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
