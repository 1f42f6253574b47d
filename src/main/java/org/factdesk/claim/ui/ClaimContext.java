package org.factdesk.claim.ui;

import java.util.function.Consumer;
import org.factdesk.claim.ClaimView;

/**
 * What a claim panel section may ask of the reader around it: refresh a claim after changing it,
 * and read the span the user last selected in the text (to mark a source or cue, say).
 */
public interface ClaimContext {

    /** The document the reader shows. */
    long documentId();

    /** Reloads a claim everywhere (text, list, panel) after a section changed it. */
    void claimChanged(long claimId);

    /** The span last selected in the text, if any. */
    java.util.Optional<Reader.Span> lastSelection();

    /** The text of a span of the current document. */
    String textOf(Reader.Span span);

    /** Whether the signed-in user may change claims. */
    boolean canEdit();

    /** Lets a section hear about new selections (for "use selection" buttons). */
    void onSelection(Consumer<Reader.Span> listener);

    /** Draws extra spans (attribution source and cue) for the selected claim. */
    void showSpans(java.util.List<Reader.MarkedSpan> spans);

    /** The claim currently shown. */
    java.util.Optional<ClaimView> current();
}
