package org.factdesk.audit.ui;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A claim's history in the newsroom's words: "set the verdict: Mostly true → False" rather than the
 * audit trail's "verdict verdict MOSTLY_TRUE → FALSE", and quotes without their code-point offsets.
 * The audit trail keeps the exact values; this is only how the panel reads them out.
 */
final class HistoryWording {

    private static final Map<String, String> WHAT = Map.ofEntries(
            Map.entry("created", "created the claim"),
            Map.entry("deleted", "deleted the claim"),
            Map.entry("deleted document", "deleted the claim with its document"),
            Map.entry("updated claimText", "changed the claim text"),
            Map.entry("updated tags", "changed the tags"),
            Map.entry("updated duplicateOf", "marked it a duplicate of another claim"),
            Map.entry("reselected anchor", "moved the claim to other words"),
            Map.entry("anchor confirmed anchorState", "confirmed where the claim sits"),
            Map.entry("reanchored anchor", "the text was replaced; the claim followed its words"),
            Map.entry("status status", "changed the status"),
            Map.entry("imported status", "imported the claim"),
            Map.entry("imported review", "imported the review"),
            Map.entry("attribution attribution.claimant", "changed who it is attributed to"),
            Map.entry("attribution attribution.statedRole", "changed the stated role"),
            Map.entry("attribution attribution.cue", "changed the cue"),
            Map.entry("attribution attribution.form", "changed the form of attribution"),
            Map.entry("attribution attribution.sourceSpan", "marked the source's words"),
            Map.entry("attribution attribution.cueSpan", "marked the cue's words"),
            Map.entry("attribution attribution.check", "checked the attribution"),
            Map.entry("verdict verdict", "set the verdict"),
            Map.entry("verdict rationale", "changed the rationale"),
            Map.entry("verdict noEvidenceNote", "changed why no evidence exists"),
            Map.entry("assigned assignee", "changed who it is assigned to"),
            Map.entry("approved approval", "approved and published it"),
            Map.entry("rejected approval", "sent it back to research"),
            Map.entry("reopened approval", "reopened it with a correction"),
            Map.entry("reopened correction", "noted the correction"),
            Map.entry("commented comment", "commented"),
            Map.entry("evidence added evidence", "linked evidence"),
            Map.entry("evidence removed evidence", "unlinked evidence"));

    /** An enum's name as the whole value, or before a note ("IN_RESEARCH: needs a source"). */
    private static final Pattern CODE_FIRST = Pattern.compile("^([A-Z][A-Z0-9_]*)(: .*)?$", Pattern.DOTALL);
    /** A claim's description ends in its status: {@code 12..40 "words"; status UNCHECKED}. */
    private static final Pattern STATUS_LAST = Pattern.compile("; status ([A-Z][A-Z_]*)$");
    private static final Pattern OFFSETS = Pattern.compile("^\\d+\\.\\.\\d+ (?=\")");

    private static final Pattern CLAIMANT_ID = Pattern.compile(" \\(\\d+\\)$");
    private static final Pattern STANCE_FIRST = Pattern.compile("^([A-Z_]+)(?= from )");
    /** Evidence stances as the panel says them ("confirms the attribution"). */
    private static final Map<String, String> STANCES = Map.of("SUPPORTS", "supports the claim", "REFUTES",
            "refutes the claim", "CONTEXT", "context", "CONFIRMS_ATTRIBUTION", "confirms the attribution",
            "DISPUTES_ATTRIBUTION", "disputes the attribution");

    private HistoryWording() {
    }

    /** What happened, as a phrase that follows the actor's name. */
    static String what(String action, @Nullable String field) {
        var key = field == null ? action : action + " " + field;
        var known = WHAT.get(key);
        if (known != null) {
            return known;
        }
        var words = field == null ? action : action + " (" + field.replaceAll("([a-z])([A-Z])", "$1 $2")
                .replace("attribution.", "").toLowerCase(Locale.ROOT) + ")";
        return words;
    }

    /** The fields whose values are codes (statuses, verdicts, forms, checks), not free text. */
    private static final java.util.Set<String> CODED = java.util.Set.of("status", "verdict", "attribution.form",
            "attribution.check", "anchorState");

    /**
     * A recorded value as a reader says it: a coded field's value as words ("Mostly true"), a quote
     * without its offsets; free text as written.
     */
    static String value(@Nullable String field, @Nullable String recorded) {
        if ("approval".equals(field)) {
            return recorded == null || recorded.isBlank() ? "withdrawn" : "approved by " + recorded;
        }
        if (recorded == null || recorded.isBlank()) {
            return "nothing";
        }
        if ("attribution.claimant".equals(field)) {
            // Recorded with the claimant's id for the audit trail: "Kyiv (1)" reads "Kyiv".
            return CLAIMANT_ID.matcher(recorded).replaceFirst("");
        }
        if ("evidence".equals(field)) {
            var stance = STANCE_FIRST.matcher(recorded);
            if (stance.find() && STANCES.containsKey(stance.group(1))) {
                return STANCES.get(stance.group(1)) + recorded.substring(stance.end(1));
            }
        }
        var code = CODE_FIRST.matcher(recorded);
        if (field != null && CODED.contains(field) && code.matches()) {
            return words(code.group(1)) + (code.group(2) == null ? "" : code.group(2));
        }
        var text = OFFSETS.matcher(recorded).replaceFirst("");
        var status = STATUS_LAST.matcher(text);
        return status.find() ? text.substring(0, status.start()) + "; status " + words(status.group(1)).toLowerCase(Locale.ROOT)
                : text;
    }

    private static String words(String code) {
        var words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
