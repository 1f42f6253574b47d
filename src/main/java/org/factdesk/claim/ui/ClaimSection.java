package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import org.factdesk.claim.ClaimView;

/**
 * A part of the claim panel that another feature contributes (attribution, evidence, verdict,
 * comments). Each panel asks every {@link Factory} bean for its own section.
 */
public interface ClaimSection {

    Component component();

    /** Shows the given claim; called whenever the selection or the claim changes. */
    void show(ClaimView claim);

    /** Makes sections beans that the reader discovers without depending on their features. */
    interface Factory {

        /** Where the section goes in the panel, lower first. */
        int order();

        ClaimSection create(ClaimContext context);

        /** Spans this feature draws in a document's text for all claims at once (attribution sources and cues). */
        default java.util.List<Reader.MarkedSpan> spans(long documentId) {
            return java.util.List.of();
        }

        /** The same for some claims of the document only (one was created or changed). */
        default java.util.List<Reader.MarkedSpan> spans(long documentId, java.util.Collection<Long> claimIds) {
            return spans(documentId).stream().filter(s -> claimIds.contains(s.claimId())).toList();
        }
    }
}
