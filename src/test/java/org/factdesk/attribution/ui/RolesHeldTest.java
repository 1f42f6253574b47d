package org.factdesk.attribution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.attribution.AttributionForm;
import org.factdesk.attribution.AttributionView;
import org.factdesk.attribution.ClaimantKind;
import org.factdesk.attribution.ClaimantRole;
import org.factdesk.attribution.ClaimantView;
import org.junit.jupiter.api.Test;

class RolesHeldTest {

    private static ClaimantView claimant(List<ClaimantRole> roles) {
        return new ClaimantView(1, "Ann Lee", ClaimantKind.values()[0], List.of(), roles, null, null, null, Instant.EPOCH,
                "editor", Instant.EPOCH, 0);
    }

    private static List<String> lines(RolesHeld roles) {
        return roles.getChildren().map(c -> c.getElement().getText()).toList();
    }

    @Test
    void the_roles_held_on_the_documents_date_come_first_and_the_rest_are_other_roles() {
        var roles = new RolesHeld();
        roles.show(claimant(List.of(new ClaimantRole("Mayor", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)),
                new ClaimantRole("Senator", LocalDate.of(2024, 1, 1), null), new ClaimantRole("Lawyer", null, null))),
                LocalDate.of(2021, 6, 1));

        assertThat(lines(roles)).hasSize(2);
        assertThat(lines(roles).getFirst()).isEqualTo("On 2021-06-01 Ann Lee was Mayor.");
        assertThat(lines(roles).get(1)).startsWith("Other roles: ").contains("Senator").contains("Lawyer");
    }

    @Test
    void without_a_date_every_role_is_another_role_and_without_roles_nothing_shows() {
        var roles = new RolesHeld();
        roles.show(claimant(List.of(new ClaimantRole("Mayor", LocalDate.of(2020, 1, 1), null))), null);
        assertThat(lines(roles)).singleElement().asString().startsWith("Other roles: Mayor");

        roles.show(claimant(List.of()), LocalDate.of(2021, 6, 1));
        assertThat(lines(roles)).isEmpty();
        roles.show(null, LocalDate.of(2021, 6, 1));
        assertThat(lines(roles)).isEmpty();
    }

    @Test
    void two_attributions_say_the_same_whoever_saved_them_and_when() {
        var a = new AttributionView(7, null, "mayor", "said", AttributionForm.INDIRECT, AttributionCheck.UNVERIFIED, null,
                null, null, null, null, null, null, Instant.EPOCH, "reviewer", 1);
        var laterByOther = new AttributionView(7, null, "mayor", "said", AttributionForm.INDIRECT, AttributionCheck.UNVERIFIED,
                null, "editor", Instant.now(), null, null, null, null, Instant.now(), "editor", 2);
        var otherCue = new AttributionView(7, null, "mayor", "claimed", AttributionForm.INDIRECT, AttributionCheck.UNVERIFIED,
                null, null, null, null, null, null, null, Instant.EPOCH, "reviewer", 1);

        assertThat(AttributionView.sameContent(a, laterByOther)).isTrue();
        assertThat(AttributionView.sameContent(a, otherCue)).isFalse();
        assertThat(AttributionView.sameContent(a, null)).isFalse();
        assertThat(AttributionView.sameContent(null, null)).isTrue();
    }
}
