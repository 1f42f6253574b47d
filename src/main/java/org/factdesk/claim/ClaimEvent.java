package org.factdesk.claim;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a claim record, published in the transaction that did it: the audit
 * trail writes it down (its type and its parts as a structured record), the live updates show it to
 * others who have the document open, and a listener interested in one kind (a verdict set, evidence
 * linked) hears only that type.
 *
 * <p>Each event's parts are values, not sentences: a claim's words with their offsets, a claimant
 * with its id, a status with its note. It also says itself in the audit trail's older terms (the
 * action, the field it changed where it changed one, and the value before and after as text), which
 * the trail keeps beside the record for the dashboards and readers of the raw table.
 */
public sealed interface ClaimEvent {

    /** Which claim, in which document, who, when. */
    record Header(long claimId, long documentId, String actor, Instant at) {
    }

    /** Words of the document at their code-point offsets. */
    record Span(int start, int end, String words) {
        /** As the trail writes a claim's place: {@code 12..40 "words"}. */
        public String plain() { return start + ".." + end + " \"" + words + "\""; }

        /** As the trail writes an attribution's span: {@code 12..40 “words”}. */
        public String quoted() { return start + ".." + end + " \u201C" + words + "\u201D"; }
    }

    /** A claim as it stood: where its words are and its status. */
    record Snapshot(Span span, String status) {
        String text() {
            return span.plain() + "; status " + status;
        }
    }

    /** A claimant by id and name as it was at the time. */
    record Claimant(long id, String name) {
        String text() {
            return name + " (" + id + ")";
        }

        static @Nullable String text(@Nullable Claimant claimant) {
            return claimant == null ? null : claimant.text();
        }
    }

    /** An evidence link as it was: its stance (a code), the source's title and the excerpt. */
    record Evidence(String stance, String sourceTitle, @Nullable String excerpt) {
        String text() {
            return stance + " from \u201C" + sourceTitle + "\u201D" + (excerpt == null ? "" : ": \u201C" + excerpt + "\u201D");
        }
    }

    Header header();

    /** What happened, in the audit trail's word for it ("created", "verdict", "evidence added"...). */
    String action();

    /** The field that changed, where one did. */
    @Nullable String field();

    @Nullable String before();

    @Nullable String after();

    default long claimId() {
        return header().claimId();
    }

    default long documentId() {
        return header().documentId();
    }

    default String actor() {
        return header().actor();
    }

    default Instant at() {
        return header().at();
    }

    /** The type's name as the audit trail stores it: the record's own name, fixed once written. */
    default String type() {
        return getClass().getSimpleName();
    }

    private static @Nullable String noted(@Nullable String code, @Nullable String note) {
        return code == null ? null : code + (note == null || note.isBlank() ? "" : ": " + note);
    }

    /** A claim was highlighted (or imported, or accepted from a suggestion). */
    record Created(Header header, Snapshot claim) implements ClaimEvent {
        public String action() { return "created"; }
        public @Nullable String field() { return null; }
        public @Nullable String before() { return null; }
        public String after() { return claim.text(); }
    }

    /** A claim was deleted, alone or with its document. */
    record Deleted(Header header, Snapshot claim, boolean withDocument) implements ClaimEvent {
        public String action() { return "deleted"; }
        public @Nullable String field() { return withDocument ? "document" : null; }
        public String before() { return claim.text(); }
        public @Nullable String after() { return null; }
    }

    /** What of the claim itself an edit changes. */
    enum ClaimField {
        /** The claim as the desk words it. */
        claimText,
        /** Its tags, comma-separated. */
        tags,
        /** The claim it duplicates (an id). */
        duplicateOf
    }

    /** The claim's own text, tags or duplicate mark changed. */
    record Edited(Header header, ClaimField what, @Nullable String from, @Nullable String to) implements ClaimEvent {
        public String action() { return "updated"; }
        public String field() { return what.name(); }
        public @Nullable String before() { return from; }
        public @Nullable String after() { return to; }
    }

    /** A person put the claim on other words. */
    record Reselected(Header header, Span from, Span to) implements ClaimEvent {
        public String action() { return "reselected"; }
        public String field() { return "anchor"; }
        public String before() { return from.plain(); }
        public String after() { return to.plain(); }
    }

    /** A person confirmed a flagged placement (from the state it was in). */
    record PlacementConfirmed(Header header, String fromState) implements ClaimEvent {
        public String action() { return "anchor confirmed"; }
        public String field() { return "anchorState"; }
        public String before() { return fromState; }
        public String after() { return "ANCHORED"; }
    }

    /**
     * The document's text was replaced and the claim followed its words ({@code to} with the state
     * of the new placement) or lost them ({@code to} null: it needs review in that revision). The
     * revision is null in entries older than typed history that followed their words.
     */
    record Reanchored(Header header, Span from, @Nullable Span to, String state, @Nullable Integer revision) implements ClaimEvent {
        public String action() { return "reanchored"; }
        public String field() { return "anchor"; }
        public String before() { return from.plain(); }
        public String after() { return to == null ? "needs review in revision " + revision : to.plain() + " (" + state + ")"; }
    }

    /** What of the attribution a plain edit changes. */
    enum AttributionField {
        /** The role the article gives the claimant. */
        statedRole,
        /** The words that attribute it ("said", "according to"). */
        cue,
        /** Direct, indirect, mixed... (a code). */
        form
    }

    /** The attribution's stated role, cue or form changed. */
    record AttributionEdited(Header header, AttributionField what, @Nullable String from, @Nullable String to)
            implements ClaimEvent {
        public String action() { return "attribution"; }
        public String field() { return "attribution." + what.name(); }
        public @Nullable String before() { return from; }
        public @Nullable String after() { return to; }
    }

    /** Who the claim is attributed to changed (null: nobody). */
    record ClaimantSet(Header header, @Nullable Claimant from, @Nullable Claimant to) implements ClaimEvent {
        public String action() { return "attribution"; }
        public String field() { return "attribution.claimant"; }
        public @Nullable String before() { return Claimant.text(from); }
        public @Nullable String after() { return Claimant.text(to); }
    }

    /**
     * The words naming the source ({@code cue} false) or the cue ({@code cue} true) were marked:
     * {@code fromToCheck} when the earlier place was flagged after a text replacement (and
     * {@code from} null when its words were not found).
     */
    record SpanMarked(Header header, boolean cue, @Nullable Span from, boolean fromToCheck, @Nullable Span to)
            implements ClaimEvent {
        public String action() { return "attribution"; }
        public String field() { return cue ? "attribution.cueSpan" : "attribution.sourceSpan"; }

        public @Nullable String before() {
            if (fromToCheck) {
                return (from == null ? "words not found" : from.quoted()) + " (to check)";
            }
            return from == null ? null : from.quoted();
        }

        public @Nullable String after() { return to == null ? null : to.quoted(); }
    }

    /** The attribution's check (a code) and its note changed. */
    record AttributionChecked(Header header, String from, @Nullable String fromNote, String to, @Nullable String toNote)
            implements ClaimEvent {
        public String action() { return "attribution"; }
        public String field() { return "attribution.check"; }
        public String before() { return from + (fromNote == null ? "" : ": " + fromNote); }
        public String after() { return to + (toNote == null ? "" : ": " + toNote); }
    }

    /** The claim's claimant was merged into the same person's other entry. */
    record ClaimantsMerged(Header header, Claimant from, Claimant into) implements ClaimEvent {
        public String action() { return "claimants merged"; }
        public String field() { return "attribution.claimant"; }
        public String before() { return from.text(); }
        public String after() { return into.text(); }
    }

    record EvidenceLinked(Header header, Evidence evidence) implements ClaimEvent {
        public String action() { return "evidence added"; }
        public String field() { return "evidence"; }
        public @Nullable String before() { return null; }
        public String after() { return evidence.text(); }
    }

    record EvidenceUnlinked(Header header, Evidence evidence) implements ClaimEvent {
        public String action() { return "evidence removed"; }
        public String field() { return "evidence"; }
        public String before() { return evidence.text(); }
        public @Nullable String after() { return null; }
    }

    /** What of the review a verdict edit changes. */
    enum VerdictField {
        /** The verdict (a code of the desk's scale). */
        verdict,
        /** Why the verdict is what it is. */
        rationale,
        /** Why no evidence can be linked. */
        noEvidenceNote
    }

    /** The verdict, its rationale or its no-evidence note changed. */
    record VerdictSet(Header header, VerdictField what, @Nullable String from, @Nullable String to) implements ClaimEvent {
        public String action() { return "verdict"; }
        public String field() { return what.name(); }
        public @Nullable String before() { return from; }
        public @Nullable String after() { return to; }
    }

    record Assigned(Header header, @Nullable String before, @Nullable String after) implements ClaimEvent {
        public String action() { return "assigned"; }
        public String field() { return "assignee"; }
    }

    /** The workflow moved the claim from one status to another, with the note that came with it. */
    record StatusMoved(Header header, String from, String to, @Nullable String note) implements ClaimEvent {
        public String action() { return "status"; }
        public String field() { return "status"; }
        public String before() { return from; }
        public String after() { return java.util.Objects.requireNonNull(noted(to, note)); }
    }

    /** The second person approved the verdict. */
    record Approved(Header header, String by, @Nullable String note) implements ClaimEvent {
        public String action() { return "approved"; }
        public String field() { return "approval"; }
        public @Nullable String before() { return null; }
        public String after() { return java.util.Objects.requireNonNull(noted(by, note)); }
    }

    /** An editor sent the claim back to research, saying why. */
    record Rejected(Header header, String by, String note) implements ClaimEvent {
        public String action() { return "rejected"; }
        public String field() { return "rejection"; }
        public @Nullable String before() { return null; }
        public String after() { return by + ": " + note; }
    }

    /** An editor reopened a published claim: its approval (by {@code approvedBy}) is withdrawn. */
    record Reopened(Header header, @Nullable String approvedBy) implements ClaimEvent {
        public String action() { return "reopened"; }
        public String field() { return "approval"; }
        public @Nullable String before() { return approvedBy; }
        public @Nullable String after() { return null; }
    }

    /** The correction an editor noted when reopening a published claim. */
    record CorrectionNoted(Header header, String by, String note) implements ClaimEvent {
        public String action() { return "reopened"; }
        public String field() { return "correction"; }
        public @Nullable String before() { return null; }
        public String after() { return by + ": " + note; }
    }

    /** The claim's review came from another fact-checker's published report. */
    record ReviewImported(Header header, String provenance) implements ClaimEvent {
        public String action() { return "imported"; }
        public String field() { return "importedFrom"; }
        public @Nullable String before() { return null; }
        public String after() { return provenance; }
    }

    /** Someone commented on the claim (discussion, not part of the record: the claim's version stays). */
    record Commented(Header header, String text) implements ClaimEvent {
        public String action() { return "commented"; }
        public String field() { return "comment"; }
        public @Nullable String before() { return null; }
        public String after() { return text; }
    }
}
