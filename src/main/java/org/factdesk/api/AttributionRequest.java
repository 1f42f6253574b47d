package org.factdesk.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.attribution.AttributionDraft;
import org.factdesk.attribution.AttributionForm;
import org.factdesk.attribution.TextSpan;
import org.factdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * An attribution as a request sends it, on its own (PUT) or inside a claim (create, PATCH): only the
 * fields sent change; a field sent as null clears it. The read-only fields of the attribution's own
 * JSON, as a client echoes it back, are ignored; any other field is refused by configuration.
 */
@JsonIgnoreProperties(value = {"claimant", "checkedBy", "checkedAt", "version"})
record AttributionRequest(@Nullable Given<Long> claimantId, @Nullable Given<String> statedRole,
        @Nullable Given<String> cue, @Nullable Given<String> form, @Nullable Given<String> check,
        @Nullable Given<String> checkNote, @Nullable Given<SpanRequest> sourceSpan, @Nullable Given<SpanRequest> cueSpan) {

    /** Where in the text: {@code {start, end, exact?}} in code points. */
    record SpanRequest(@Nullable Given<Integer> start, @Nullable Given<Integer> end, @Nullable Given<String> exact) {
    }

    AttributionDraft draft() {
        return new AttributionDraft(Given.patch(claimantId), Given.patch(statedRole), Given.patch(cue),
                Given.patch(form).map(f -> EnumNames.parse(AttributionForm.class, f, "attribution.form")),
                Given.patch(check).map(c -> EnumNames.parse(AttributionCheck.class, c, "attribution.check")),
                Given.patch(checkNote), Given.patch(sourceSpan).map(s -> span(s, "sourceSpan")),
                Given.patch(cueSpan).map(s -> span(s, "cueSpan")));
    }

    private static TextSpan span(SpanRequest span, String name) {
        Integer start = Given.value(span.start());
        Integer end = Given.value(span.end());
        if (start == null || end == null) {
            throw new InvalidInputException("attribution." + name, "'" + name + "' is {start, end, exact?} in code points");
        }
        return new TextSpan(start, end, Given.value(span.exact()));
    }
}
