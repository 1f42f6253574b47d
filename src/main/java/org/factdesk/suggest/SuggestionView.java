package org.factdesk.suggest;

import java.util.List;
import org.factdesk.attribution.AttributionForm;
import org.jspecify.annotations.Nullable;

/**
 * A suggested claim, in code points of the text it was made for.
 *
 * @param key identifies the suggestion within its text: its start and end
 * @param score how worth checking its sentence is, 0 to 1
 * @param attribution who it is attributed to, if anyone
 * @param quantities the numbers, dates and comparisons it asserts
 * @param reasons the features of its sentence that raise its score most, in a reader's words
 */
public record SuggestionView(String key, int start, int end, String text, double score,
        @Nullable AttributionSuggestion attribution, List<Signal> quantities, List<String> reasons) {

    /** A span of the text. */
    public record Part(int start, int end, String text) {
    }

    /**
     * Who said it, with which cue.
     *
     * @param speaker the source's name, a pronoun resolved to the last source named before it
     * @param claimantId an existing claimant whose name or alias matches the speaker
     * @param confidence how sure the rule that found it is, 0 to 1
     */
    public record AttributionSuggestion(@Nullable Part source, Part cue, Part content, AttributionForm form,
            @Nullable String speaker, @Nullable String role, @Nullable Long claimantId, @Nullable String claimantName,
            double confidence) {
    }

    /** A number with what it counts, a date, or a comparison. */
    public record Signal(int start, int end, String text, String kind) {
    }
}
