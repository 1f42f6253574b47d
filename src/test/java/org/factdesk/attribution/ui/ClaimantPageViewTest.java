package org.factdesk.attribution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.factdesk.IntegrationTest;
import org.factdesk.attribution.ClaimantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ClaimantPageViewTest extends SpringBrowserlessTest {

    @Autowired
    ClaimantService claimants;

    @Test
    @WithUserDetails("reviewer")
    void a_reviewer_edits_aliases_and_dated_roles_and_a_bad_date_is_shown_on_the_roles_field() {
        var shoigu = claimants.findNamed("Sergei Shoigu").orElseThrow();
        var view = navigate("claimants/" + shoigu.id(), ClaimantPageView.class);
        test(view.edit).click();
        var dialog = $(EditClaimantDialog.class).single();

        dialog.aliases.setValue("Sergey Shoygu\nShoigu\nSergei Kuzhugetovich Shoigu");
        dialog.roles.setValue("Minister of Defence of Russia | 2012-11-06 | 2024-05-12\nSecretary of the Security Council | 2024/05/12 |");
        test(dialog.save).click();
        assertThat(dialog.roles.isInvalid()).isTrue();
        assertThat(dialog.roles.getErrorMessage()).contains("2024/05/12").contains("is not a date");
        assertThat(dialog.isOpened()).as("nothing is lost: the dialog stays open with what was typed").isTrue();
        assertThat(claimants.get(shoigu.id()).aliases()).doesNotContain("Sergei Kuzhugetovich Shoigu");

        dialog.roles.setValue("Minister of Defence of Russia | 2012-11-06 | 2024-05-12\nSecretary of the Security Council | 2024-05-12 |");
        test(dialog.save).click();
        var saved = claimants.get(shoigu.id());
        assertThat(saved.aliases()).contains("Sergei Kuzhugetovich Shoigu");
        assertThat(saved.roles()).extracting(r -> r.title()).containsExactly("Minister of Defence of Russia",
                "Secretary of the Security Council");
        assertThat(view.facts.getText()).contains("Secretary of the Security Council");
    }
}
