package org.factdesk.claim.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.factdesk.claim.ClaimStatus;

/** What the highlight colours and lines in the reader mean. */
final class Legend extends Div {

    Legend() {
        addClassName("fd-legend");
        for (var status : ClaimStatus.values()) {
            var swatch = new Span(status.label());
            swatch.addClassName("fd-swatch");
            swatch.getElement().setAttribute("data-status", status.name());
            add(swatch);
        }
        add(new Span("darker = overlapping claims"), new Span("wavy underline = check placement"),
                new Span("blue underline = who said it"), new Span("dotted = cue word"));
    }
}
