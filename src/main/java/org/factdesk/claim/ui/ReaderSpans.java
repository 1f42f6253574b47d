package org.factdesk.claim.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words the features mark in the reader besides claims (attribution sources and cues): all of them
 * when a document opens or its text is replaced, then only those of the claim that changed, so that a
 * claim created in an article with thousands of marks does not send and redraw them all. Marks chosen in a
 * panel but not saved yet are drawn in place of that claim's saved ones.
 */
final class ReaderSpans {

    private final Reader reader;
    private final List<ClaimSection.Factory> factories;
    private List<Reader.MarkedSpan> saved = List.of();
    private List<Reader.MarkedSpan> pending = List.of();

    ReaderSpans(Reader reader, List<ClaimSection.Factory> factories) {
        this.reader = reader;
        this.factories = factories;
    }

    /** Every mark of the document, afresh. */
    void reloadAll(long documentId) {
        var all = new ArrayList<Reader.MarkedSpan>();
        factories.forEach(f -> all.addAll(f.spans(documentId)));
        saved = all;
        pending = List.of();
        reader.showSpans(all);
    }

    /** The marks of one claim, afresh (it was created or changed); its unsaved marks are dropped. */
    void reloadClaim(long documentId, long claimId) {
        var mine = new ArrayList<Reader.MarkedSpan>();
        factories.forEach(f -> mine.addAll(f.spans(documentId, List.of(claimId))));
        var kept = new ArrayList<Reader.MarkedSpan>(saved.size() + mine.size());
        saved.stream().filter(s -> s.claimId() != claimId).forEach(kept::add);
        kept.addAll(mine);
        saved = kept;
        pending = pending.stream().filter(s -> s.claimId() != claimId).toList();
        reader.replaceSpans(List.of(claimId), mine);
    }

    /** Marks chosen in a panel but not saved yet, drawn in place of their claim's saved ones. */
    void showPending(List<Reader.MarkedSpan> marks) {
        var claimsBefore = claims(pending);
        pending = List.copyOf(marks);
        var touched = claims(pending);
        touched.addAll(claimsBefore);
        var drawn = new ArrayList<Reader.MarkedSpan>(pending);
        var pendingClaims = claims(pending);
        saved.stream().filter(s -> touched.contains(s.claimId()) && !pendingClaims.contains(s.claimId()))
                .forEach(drawn::add);
        reader.replaceSpans(touched, drawn);
    }

    private static Set<Long> claims(Collection<Reader.MarkedSpan> marks) {
        return marks.stream().map(Reader.MarkedSpan::claimId).collect(Collectors.toSet());
    }
}
