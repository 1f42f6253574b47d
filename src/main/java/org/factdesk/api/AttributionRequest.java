package org.factdesk.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.HashSet;
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
        var set = new HashSet<String>();
        mark(set, "claimantId", claimantId);
        mark(set, "statedRole", statedRole);
        mark(set, "cue", cue);
        mark(set, "form", form);
        mark(set, "check", check);
        mark(set, "checkNote", checkNote);
        mark(set, "sourceSpan", sourceSpan);
        mark(set, "cueSpan", cueSpan);
        return new AttributionDraft(Given.value(claimantId), Given.value(statedRole), Given.value(cue),
                EnumNames.parse(AttributionForm.class, Given.value(form), "attribution.form"),
                EnumNames.parse(AttributionCheck.class, Given.value(check), "attribution.check"),
                Given.value(checkNote), span(sourceSpan, "sourceSpan"), span(cueSpan, "cueSpan"), set);
    }

    private static void mark(HashSet<String> set, String name, @Nullable Given<?> field) {
        if (Given.sent(field)) {
            set.add(name);
        }
    }

    private static @Nullable TextSpan span(@Nullable Given<SpanRequest> field, String name) {
        var span = Given.value(field);
        if (span == null) {
            return null;
        }
        Integer start = Given.value(span.start());
        Integer end = Given.value(span.end());
        if (start == null || end == null) {
            throw new InvalidInputException("attribution." + name, "'" + name + "' is {start, end, exact?} in code points");
        }
        return new TextSpan(start, end, Given.value(span.exact()));
    }
}
