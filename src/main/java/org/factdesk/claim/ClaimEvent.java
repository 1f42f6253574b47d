package org.factdesk.claim;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a claim record, published in the transaction that did it: the audit
 * trail writes it down, the live updates show it to others who have the document open, and a
 * listener interested in one kind (a verdict set, evidence linked) hears only that type.
 *
 * <p>Each event also says itself in the audit trail's terms: the action, the field it changed where
 * it changed one, and the value before and after as text.
 */
public sealed interface ClaimEvent {

    /** Which claim, in which document, who, when. */
    record Header(long claimId, long documentId, String actor, Instant at) {
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

    /** A claim was highlighted (or imported, or accepted from a suggestion). */
    record Created(Header header, String claim) implements ClaimEvent {
        public String action() {
            return "created";
        }

        public @Nullable String field() {
            return null;
        }

        public @Nullable String before() {
            return null;
        }

        public String after() {
            return claim;
        }
    }

    /** A claim was deleted, alone or with its document. */
    record Deleted(Header header, String claim, boolean withDocument) implements ClaimEvent {
        public String action() {
            return "deleted";
        }

        public @Nullable String field() {
            return withDocument ? "document" : null;
        }

        public String before() {
            return claim;
        }

        public @Nullable String after() {
            return null;
        }
    }

    /** The claim's own text, tags or duplicate mark changed. */
    record Edited(Header header, String field, @Nullable String before, @Nullable String after) implements ClaimEvent {
        public String action() {
            return "updated";
        }
    }

    /** Where the claim sits in its document's text changed, or a person confirmed it. */
    record Placed(Header header, Placement how, @Nullable String before, @Nullable String after) implements ClaimEvent {
        public String action() {
            return how.action;
        }

        public String field() {
            return how.field;
        }
    }

    enum Placement {
        /** A person put the claim on other words. */
        RESELECTED("reselected", "anchor"),
        /** A person confirmed a flagged placement. */
        CONFIRMED("anchor confirmed", "anchorState"),
        /** The document's text was replaced and the claim followed its words, or lost them. */
        REANCHORED("reanchored", "anchor");

        private final String action;
        private final String field;

        Placement(String action, String field) {
            this.action = action;
            this.field = field;
        }
    }

    /** A part of the attribution (claimant, stated role, cue, form, spans, check) changed. */
    record AttributionEdited(Header header, String field, @Nullable String before, @Nullable String after)
            implements ClaimEvent {
        public String action() {
            return "attribution";
        }
    }

    /** The claim's claimant was merged into the same person's other entry. */
    record ClaimantsMerged(Header header, String before, String after) implements ClaimEvent {
        public String action() {
            return "claimants merged";
        }

        public String field() {
            return "attribution.claimant";
        }
    }

    record EvidenceLinked(Header header, String evidence) implements ClaimEvent {
        public String action() {
            return "evidence added";
        }

        public String field() {
            return "evidence";
        }

        public @Nullable String before() {
            return null;
        }

        public String after() {
            return evidence;
        }
    }

    record EvidenceUnlinked(Header header, String evidence) implements ClaimEvent {
        public String action() {
            return "evidence removed";
        }

        public String field() {
            return "evidence";
        }

        public String before() {
            return evidence;
        }

        public @Nullable String after() {
            return null;
        }
    }

    /** The verdict, its rationale or its no-evidence note changed. */
    record VerdictSet(Header header, String field, @Nullable String before, @Nullable String after) implements ClaimEvent {
        public String action() {
            return "verdict";
        }
    }

    record Assigned(Header header, @Nullable String before, @Nullable String after) implements ClaimEvent {
        public String action() {
            return "assigned";
        }

        public String field() {
            return "assignee";
        }
    }

    /** The workflow moved the claim from one status to another (with the note that came with it). */
    record StatusMoved(Header header, String before, String after) implements ClaimEvent {
        public String action() {
            return "status";
        }

        public String field() {
            return "status";
        }
    }

    /** The second person approved the verdict. */
    record Approved(Header header, String approval) implements ClaimEvent {
        public String action() {
            return "approved";
        }

        public String field() {
            return "approval";
        }

        public @Nullable String before() {
            return null;
        }

        public String after() {
            return approval;
        }
    }

    /** An editor sent the claim back to research. */
    record Rejected(Header header, String rejection) implements ClaimEvent {
        public String action() {
            return "rejected";
        }

        public String field() {
            return "rejection";
        }

        public @Nullable String before() {
            return null;
        }

        public String after() {
            return rejection;
        }
    }

    /** An editor reopened a published claim: its approval goes ({@code approval}), its correction is noted ({@code correction}). */
    record Reopened(Header header, String field, @Nullable String before, @Nullable String after) implements ClaimEvent {
        public String action() {
            return "reopened";
        }
    }

    /** The claim's review came from another fact-checker's published report. */
    record ReviewImported(Header header, String provenance) implements ClaimEvent {
        public String action() {
            return "imported";
        }

        public String field() {
            return "importedFrom";
        }

        public @Nullable String before() {
            return null;
        }

        public String after() {
            return provenance;
        }
    }

    /** Someone commented on the claim (discussion, not part of the record: the claim's version stays). */
    record Commented(Header header, String text) implements ClaimEvent {
        public String action() {
            return "commented";
        }

        public String field() {
            return "comment";
        }

        public @Nullable String before() {
            return null;
        }

        public String after() {
            return text;
        }
    }
}
