package org.factdesk.audit;

import java.time.Instant;
import java.util.List;
import org.factdesk.claim.ClaimEvent;
import org.factdesk.claim.ClaimEvent.Claimant;
import org.factdesk.claim.ClaimEvent.Evidence;
import org.factdesk.claim.ClaimEvent.Header;
import org.factdesk.claim.ClaimEvent.Snapshot;
import org.factdesk.claim.ClaimEvent.Span;

/** Examples of every type of claim event, with and without their optional parts. */
final class EventExamples {

    static final Header H = new Header(7, 3, "alice", Instant.parse("2026-12-01T10:15:30.123456Z"));
    private static final Span TROOPS = new Span(1204, 1227, "more than 80,000 troops");
    private static final Span MOVED = new Span(1300, 1323, "more than 80,000 troops");
    private static final Span SAID = new Span(1190, 1194, "said");

    private EventExamples() {
    }

    static List<ClaimEvent> all() {
        return List.of(
                new ClaimEvent.Created(H, new Snapshot(TROOPS, "UNCHECKED")),
                new ClaimEvent.Deleted(H, new Snapshot(TROOPS, "IN_RESEARCH"), false),
                new ClaimEvent.Deleted(H, new Snapshot(TROOPS, "IN_RESEARCH"), true),
                new ClaimEvent.Edited(H, ClaimEvent.ClaimField.claimText, null, "Russia has 80,000 troops near Kharkiv"),
                new ClaimEvent.Edited(H, ClaimEvent.ClaimField.tags, "war", "war, troops"),
                new ClaimEvent.Edited(H, ClaimEvent.ClaimField.duplicateOf, null, "12"),
                new ClaimEvent.Edited(H, ClaimEvent.ClaimField.duplicateOf, "12", null),
                new ClaimEvent.Reselected(H, TROOPS, new Span(1204, 1220, "more than 80,000")),
                new ClaimEvent.PlacementConfirmed(H, "INEXACT"),
                new ClaimEvent.Reanchored(H, TROOPS, MOVED, "ANCHORED", 3),
                new ClaimEvent.Reanchored(H, TROOPS, null, "NEEDS_REVIEW", 3),
                new ClaimEvent.AttributionEdited(H, ClaimEvent.AttributionField.statedRole, null, "defence minister"),
                new ClaimEvent.AttributionEdited(H, ClaimEvent.AttributionField.cue, "said", "according to"),
                new ClaimEvent.AttributionEdited(H, ClaimEvent.AttributionField.form, "DIRECT", "INDIRECT"),
                new ClaimEvent.ClaimantSet(H, null, new Claimant(5, "Kyiv")),
                new ClaimEvent.ClaimantSet(H, new Claimant(5, "Kyiv"), new Claimant(6, "Volodymyr Zelensky")),
                new ClaimEvent.ClaimantSet(H, new Claimant(5, "Kyiv"), null),
                new ClaimEvent.SpanMarked(H, false, null, false, new Span(1180, 1184, "Kyiv")),
                new ClaimEvent.SpanMarked(H, true, SAID, true, SAID),
                new ClaimEvent.SpanMarked(H, true, null, true, null),
                new ClaimEvent.AttributionChecked(H, "UNCHECKED", null, "CORRECT", null),
                new ClaimEvent.AttributionChecked(H, "CORRECT", null, "MISATTRIBUTED", "It was Minsk: said at a briefing"),
                new ClaimEvent.ClaimantsMerged(H, new Claimant(9, "V. Zelensky"), new Claimant(6, "Volodymyr Zelensky")),
                new ClaimEvent.EvidenceLinked(H, new Evidence("SUPPORTS", "Ministry briefing", "80,000 troops")),
                new ClaimEvent.EvidenceLinked(H, new Evidence("DISPUTES_ATTRIBUTION", "Minsk \u201Cstatement\u201D", null)),
                new ClaimEvent.EvidenceUnlinked(H, new Evidence("REFUTES", "Satellite images", "no troops seen")),
                new ClaimEvent.VerdictSet(H, ClaimEvent.VerdictField.verdict, null, "MOSTLY_TRUE"),
                new ClaimEvent.VerdictSet(H, ClaimEvent.VerdictField.verdict, "MOSTLY_TRUE", "FALSE"),
                new ClaimEvent.VerdictSet(H, ClaimEvent.VerdictField.rationale, null, "Two sources agree"),
                new ClaimEvent.VerdictSet(H, ClaimEvent.VerdictField.noEvidenceNote, "none public", null),
                new ClaimEvent.Assigned(H, null, "bob"),
                new ClaimEvent.StatusMoved(H, "UNCHECKED", "IN_RESEARCH", null),
                new ClaimEvent.StatusMoved(H, "IN_REVIEW", "IN_RESEARCH", "needs a second source: the ministry's"),
                new ClaimEvent.Approved(H, "bob", null),
                new ClaimEvent.Approved(H, "bob", "fine: publish"),
                new ClaimEvent.Rejected(H, "bob", "the figure needs a second source"),
                new ClaimEvent.Reopened(H, "bob"),
                new ClaimEvent.Reopened(H, null),
                new ClaimEvent.CorrectionNoted(H, "carol", "the date was wrong: 3 May"),
                new ClaimEvent.ReviewImported(H, "Full Fact, https://fullfact.org/x (2026-11-02)"),
                new ClaimEvent.Commented(H, "Line 1\nline 2: \"quoted\""));
    }
}
