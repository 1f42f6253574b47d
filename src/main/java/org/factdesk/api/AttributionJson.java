package org.factdesk.api;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.attribution.AttributionDraft;
import org.factdesk.attribution.AttributionForm;
import org.factdesk.attribution.TextSpan;
import org.factdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Attribution from request JSON: {claimantId, statedRole, cue, form, check, checkNote, spans}. */
final class AttributionJson {

    private static final List<String> FIELDS = List.of("claimantId", "statedRole", "cue", "form", "check", "checkNote",
            "sourceSpan", "cueSpan");

    private AttributionJson() {
    }

    /** A draft from request JSON; only the fields present are changed. */
    static AttributionDraft draft(Map<String, Object> json) {
        for (var key : json.keySet()) {
            if (!FIELDS.contains(key) && !key.equals("claimant") && !key.equals("version")) {
                throw new InvalidInputException("attribution." + key, "Unknown attribution field '" + key
                        + "'; use " + FIELDS);
            }
        }
        var set = new HashSet<String>();
        for (var f : FIELDS) {
            if (json.containsKey(f)) {
                set.add(f);
            }
        }
        return new AttributionDraft(longValue(json.get("claimantId"), "claimantId"), string(json, "statedRole"),
                string(json, "cue"), enumValue(AttributionForm.class, json.get("form"), "form"),
                enumValue(AttributionCheck.class, json.get("check"), "check"), string(json, "checkNote"),
                spanValue(json.get("sourceSpan"), "sourceSpan"), spanValue(json.get("cueSpan"), "cueSpan"), set);
    }

    private static @Nullable String string(Map<String, Object> json, String key) {
        return JsonFields.string(json, key, "attribution." + key);
    }

    private static @Nullable Long longValue(@Nullable Object v, String key) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        throw new InvalidInputException("attribution." + key, "'" + key + "' is a number");
    }

    static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable Object v, String key) {
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toString().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(key, "'" + v + "' is not a " + key + "; use one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    @SuppressWarnings("unchecked")
    private static @Nullable TextSpan spanValue(@Nullable Object v, String key) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> map) || !(map.get("start") instanceof Number s) || !(map.get("end") instanceof Number e)) {
            throw new InvalidInputException("attribution." + key, "'" + key + "' is {start, end, exact?} in code points");
        }
        var exact = map.get("exact");
        return new TextSpan(s.intValue(), e.intValue(), exact == null ? null : exact.toString());
    }
}
