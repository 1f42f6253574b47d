package org.factdesk.claim.ui;

import com.vaadin.flow.component.html.Span;
import org.factdesk.claim.ClaimStatus;

/** A claim's status as a small coloured label, in the colours of the reader's highlights. */
public final class StatusBadge extends Span {

    public StatusBadge(ClaimStatus status) {
        super(status.label());
        addClassName("fd-status-badge");
        getElement().setAttribute("data-status", status.name());
    }
}
