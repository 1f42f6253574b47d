package org.factdesk.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.factdesk.IntegrationTest;
import org.factdesk.api.PublishedFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Publications screen lists what the desk published with the claimant's name as published, and
 * an admin checks the chain there: intact, or each break named.
 */
@IntegrationTest
class PublicationsViewTest extends SpringBrowserlessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy contexts;

    @Test
    @WithUserDetails("admin")
    void an_admin_checks_the_chain_and_sees_a_changed_record_named() throws Exception {
        // MockMvc's requests leave the test's security context behind them: it is put back after.
        var signedIn = contexts.getContext().getAuthentication();
        var published = PublishedFixture.publish(mvc, "Screen check", "Ann Screen");
        var context = contexts.createEmptyContext();
        context.setAuthentication(signedIn);
        contexts.setContext(context);
        org.springframework.security.test.context.TestSecurityContextHolder.setContext(context);
        var view = navigate(PublicationsView.class);
        assertThat(test(view.grid).size()).isPositive();
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Ann Screen");
        test(view.verify).click();
        assertThat(view.verification.getElement().getAttribute("data-intact")).isEqualTo("true");
        assertThat(text(view)).startsWith("Chain intact");

        var original = jdbc.queryForObject("select body from publication where id = ?", String.class,
                published.publication());
        try {
            jdbc.update("update publication set body = ? where id = ?", original.replace("Ann Screen", "Someone Else"),
                    published.publication());
            test(view.verify).click();
            assertThat(view.verification.getElement().getAttribute("data-intact")).isEqualTo("false");
            assertThat(text(view)).contains("Publication " + published.publication())
                    .contains("no longer matches its hash");
        } finally {
            jdbc.update("update publication set body = ? where id = ?", original, published.publication());
        }
    }

    private static String text(PublicationsView view) {
        return view.verification.getChildren().map(c -> c.getElement().getText())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_reads_the_list_but_has_no_chain_check() {
        var view = navigate(PublicationsView.class);
        assertThat(view.verify.isVisible()).isFalse();
        assertThat(view.desk.getText()).contains("signed-in people only");
    }
}
