package org.factdesk.attribution.ui;

import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.ArrayList;
import org.factdesk.attribution.ClaimantView;
import org.jspecify.annotations.Nullable;

/**
 * The roles a claimant held on a document's date, beside the role the article states: what a
 * reviewer checks a stated title against. Roles without dates, or not held that day, are listed as
 * other roles.
 */
class RolesHeld extends Div {

    RolesHeld() {
        addClassName("fd-muted");
    }

    /** Shows the claimant's roles on that date; nothing for no claimant or one without roles. */
    void show(@Nullable ClaimantView chosen, @Nullable LocalDate date) {
        removeAll();
        if (chosen == null || chosen.roles().isEmpty()) {
            return;
        }
        var held = new ArrayList<String>();
        var other = new ArrayList<String>();
        for (var role : chosen.roles()) {
            if (date != null && (role.startedOn() != null || role.endedOn() != null) && role.heldOn(date)) {
                held.add(role.title());
            } else {
                other.add(role.toString());
            }
        }
        if (date != null && !held.isEmpty()) {
            add(new Div("On " + date + " " + chosen.name() + " was " + String.join("; ", held) + "."));
        }
        if (!other.isEmpty()) {
            add(new Div("Other roles: " + String.join("; ", other)));
        }
    }
}
