package org.factdesk.audit;

import java.util.Locale;
import org.factdesk.claim.ClaimEvent;
import org.factdesk.claim.ClaimEvent.Span;
import org.jspecify.annotations.Nullable;

/**
 * A claim's history in the newsroom's words, one way for every door (the claim panel, the API):
 * "set the verdict" with "Mostly true → False" rather than the trail's codes, quotes without their
 * code-point offsets. One case per type of event: a new type does not compile until it is worded.
 */
public final class HistoryWording {

    /** What happened (a phrase that follows the actor's name) and the change in words, where there is one. */
    public record Words(String what, @Nullable String change) {
    }

    private HistoryWording() {
    }

    public static Words of(ClaimEvent event) {
        return switch (event) {
            case ClaimEvent.Created e -> new Words("created the claim", snapshot(e.claim()));
            case ClaimEvent.Deleted e -> new Words(e.withDocument() ? "deleted the claim with its document"
                    : "deleted the claim", snapshot(e.claim()));
            case ClaimEvent.Edited e -> switch (e.what()) {
                case claimText -> new Words("changed the claim text", change(e.from(), e.to()));
                case tags -> new Words("changed the tags", change(e.from(), e.to()));
                case duplicateOf -> e.to() == null
                        ? new Words("cleared the duplicate mark", "was a duplicate of claim " + e.from())
                        : new Words("marked it a duplicate of another claim", "duplicate of claim " + e.to());
            };
            case ClaimEvent.Reselected e -> new Words("moved the claim to other words",
                    quote(e.from()) + " \u2192 " + quote(e.to()));
            case ClaimEvent.PlacementConfirmed e -> new Words("confirmed where the claim sits",
                    code(e.fromState()) + " \u2192 Anchored");
            case ClaimEvent.Reanchored e -> e.to() == null
                    ? new Words("the text was replaced; the claim's words were not found",
                            quote(e.from()) + " \u2192 needs review" + (e.revision() == null ? "" : " in revision " + e.revision()))
                    : new Words("the text was replaced; the claim followed its words",
                            quote(e.from()) + " \u2192 " + quote(e.to()) + " (" + code(e.state()).toLowerCase(Locale.ROOT) + ")");
            case ClaimEvent.AttributionEdited e -> switch (e.what()) {
                case statedRole -> new Words("changed the stated role", change(e.from(), e.to()));
                case cue -> new Words("changed the cue", change(e.from(), e.to()));
                case form -> new Words("changed the form of attribution", change(codeOrNull(e.from()), codeOrNull(e.to())));
            };
            case ClaimEvent.ClaimantSet e -> new Words("changed who it is attributed to",
                    change(e.from() == null ? null : e.from().name(), e.to() == null ? null : e.to().name()));
            case ClaimEvent.SpanMarked e -> new Words(e.cue() ? "marked the cue's words" : "marked the source's words",
                    (e.from() == null ? e.fromToCheck() ? "words not found" : "nothing" : quote(e.from()))
                            + (e.fromToCheck() ? " (to check)" : "") + " \u2192 "
                            + (e.to() == null ? "nothing" : quote(e.to())));
            case ClaimEvent.AttributionChecked e -> new Words("checked the attribution",
                    noted(code(e.from()), e.fromNote()) + " \u2192 " + noted(code(e.to()), e.toNote()));
            case ClaimEvent.ClaimantsMerged e -> new Words("merged the claimant into the same person's other entry",
                    e.from().name() + " \u2192 " + e.into().name());
            case ClaimEvent.EvidenceLinked e -> new Words("linked evidence", evidence(e.evidence()));
            case ClaimEvent.EvidenceUnlinked e -> new Words("unlinked evidence", evidence(e.evidence()));
            case ClaimEvent.VerdictSet e -> switch (e.what()) {
                case verdict -> new Words("set the verdict", change(codeOrNull(e.from()), codeOrNull(e.to())));
                case rationale -> new Words("changed the rationale", change(e.from(), e.to()));
                case noEvidenceNote -> new Words("changed why no evidence exists", change(e.from(), e.to()));
            };
            case ClaimEvent.Assigned e -> new Words("changed who it is assigned to", change(e.before(), e.after()));
            case ClaimEvent.StatusMoved e -> new Words("changed the status",
                    code(e.from()) + " \u2192 " + noted(code(e.to()), e.note()));
            case ClaimEvent.Approved e -> new Words("approved and published it", noted("approved by " + e.by(), e.note()));
            case ClaimEvent.Rejected e -> new Words("sent it back to research", e.note());
            case ClaimEvent.Reopened e -> new Words("reopened it for a correction",
                    e.approvedBy() == null ? null : "the approval by " + e.approvedBy() + " was withdrawn");
            case ClaimEvent.CorrectionNoted e -> new Words("noted the correction", e.note());
            case ClaimEvent.ReviewImported e -> new Words("imported the review", "from " + e.provenance());
            case ClaimEvent.Commented e -> new Words("commented", e.text());
        };
    }

    /** A row the trail could not type (no version of Factdesk wrote it): its own words, as recorded. */
    static Words untyped(String action, @Nullable String field, @Nullable String before, @Nullable String after) {
        return new Words(action + (field == null ? "" : " (" + field + ")"),
                before == null && after == null ? null : change(before, after));
    }

    private static String snapshot(ClaimEvent.Snapshot claim) {
        return quote(claim.span()) + "; status " + code(claim.status()).toLowerCase(Locale.ROOT);
    }

    private static String evidence(ClaimEvent.Evidence e) {
        return stance(e.stance()) + " from \u201C" + e.sourceTitle() + "\u201D"
                + (e.excerpt() == null ? "" : ": \u201C" + e.excerpt() + "\u201D");
    }

    /** Evidence stances as the panel says them ("confirms the attribution"). */
    private static String stance(String code) {
        return switch (code) {
            case "SUPPORTS" -> "supports the claim";
            case "REFUTES" -> "refutes the claim";
            case "CONFIRMS_ATTRIBUTION" -> "confirms the attribution";
            case "DISPUTES_ATTRIBUTION" -> "disputes the attribution";
            default -> code(code).toLowerCase(Locale.ROOT);
        };
    }

    private static String quote(Span span) {
        return "\u201C" + span.words() + "\u201D";
    }

    private static String change(@Nullable String before, @Nullable String after) {
        if (before == null || before.isBlank()) {
            return after == null || after.isBlank() ? "nothing" : after;
        }
        return before + " \u2192 " + (after == null || after.isBlank() ? "nothing" : after);
    }

    private static String noted(String words, @Nullable String note) {
        return note == null || note.isBlank() ? words : words + ": " + note;
    }

    private static @Nullable String codeOrNull(@Nullable String code) {
        return code == null || code.isBlank() ? null : code(code);
    }

    /** A code as words: {@code MOSTLY_TRUE} reads "Mostly true". */
    static String code(String code) {
        if (code.isEmpty()) {
            return code;
        }
        var words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
