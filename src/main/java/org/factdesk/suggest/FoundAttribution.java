package org.factdesk.suggest;

import org.jspecify.annotations.Nullable;

/**
 * One attribution.
 *
 * @param quoted the content is in quotation marks (a direct quote)
 * @param confidence how sure the rule is, 0 to 1
 * @param clause where a clause of the attribution's own begins ("…, but insisted that …"): the end of
 *     the word before it, or -1; the content of an earlier cue in the sentence ends there
 */
public record FoundAttribution(Span cue, @Nullable Span source, Span content, boolean quoted, double confidence, int sentence,
        @Nullable Span continuation, int clause) {

    public FoundAttribution(Span cue, @Nullable Span source, Span content, boolean quoted, double confidence, int sentence) {
        this(cue, source, content, quoted, confidence, sentence, null, -1);
    }

    public FoundAttribution(Span cue, @Nullable Span source, Span content, boolean quoted, double confidence, int sentence,
            @Nullable Span continuation) {
        this(cue, source, content, quoted, confidence, sentence, continuation, -1);
    }

    /** From the content's start to the end of its continuation, if it has one, else the content. */
    public Span whole() {
        return continuation == null ? content : new Span(content.start(), continuation.end());
    }
}
