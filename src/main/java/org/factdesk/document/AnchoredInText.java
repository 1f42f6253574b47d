package org.factdesk.document;

import java.util.Map;
import org.factdesk.anchoring.Reanchoring;
import org.factdesk.anchoring.TextAnchor;
import org.jspecify.annotations.Nullable;

/**
 * A feature that keeps places in a document's text (claims; their attribution's source and cue;
 * evidence excerpts quoting it).
 * When the text is replaced, {@link DocumentService#replaceText} asks each for its places, re-anchors
 * them all in the new text and hands each its outcomes, in the replacing transaction and under the
 * document's write lock, so nothing can point into the old text once the new one is committed.
 *
 * @param <K> how the feature knows its places (a claim id, say)
 * @param <R> what the feature reports about the replacement (nothing, or a summary for the person who did it)
 */
public interface AnchoredInText<K, R> {

    /** Who goes first, lower first: claims before what hangs on claims. */
    int order();

    /**
     * The places this feature keeps in the document's text before this revision (the one being replaced),
     * each by a key of its own.
     */
    Map<K, TextAnchor> places(DocumentRevised revised);

    /** Where re-anchoring put each place in the new revision, or that it did not find it. */
    @Nullable R reanchored(DocumentRevised revised, Map<K, Reanchoring> outcomes);
}
