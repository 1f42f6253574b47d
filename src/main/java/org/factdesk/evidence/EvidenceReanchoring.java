package org.factdesk.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factdesk.anchoring.Reanchoring;
import org.factdesk.anchoring.SpanCheck;
import org.factdesk.anchoring.TextAnchor;
import org.factdesk.document.AnchoredInText;
import org.factdesk.document.DocumentRevised;
import org.factdesk.document.SpansReport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence excerpts that quote a desk document by offsets move with its text when it is replaced: each
 * follows its words into the new revision, or is placed and flagged, or, not found, keeps its words and
 * the revision they were quoted from and loses its offsets, flagged. An excerpt quoting an older revision
 * than the one replaced stays with that revision: its offsets say where, in the revision it names.
 */
@Component
class EvidenceReanchoring implements AnchoredInText<Long, SpansReport> {

    private final EvidenceRepository evidence;

    EvidenceReanchoring(EvidenceRepository evidence) {
        this.evidence = evidence;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, TextAnchor> places(DocumentRevised revised) {
        var places = new LinkedHashMap<Long, TextAnchor>();
        for (var e : evidence.findAnchoredIn(revised.documentId(), revised.revision() - 1)) {
            var start = e.excerptStart();
            var end = e.excerptEnd();
            var words = e.excerpt();
            if (start != null && end != null && end > start && words != null) {
                places.put(e.id(), new TextAnchor(start, end, words, "", ""));
            }
        }
        return places;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public SpansReport reanchored(DocumentRevised revised, Map<Long, Reanchoring> outcomes) {
        var entries = new ArrayList<SpansReport.Entry>();
        for (var e : evidence.findAllById(outcomes.keySet())) {
            var result = outcomes.get(e.id());
            var check = SpanCheck.of(result);
            var anchor = result.anchor();
            @Nullable Integer start = anchor == null ? null : anchor.start();
            @Nullable Integer end = anchor == null ? null : anchor.end();
            e.excerptReanchored(start, end, revised.revision(), check);
            entries.add(new SpansReport.Entry(e.claimId(), e.id(), SpansReport.Part.EXCERPT, result.outcome(), check,
                    check == SpanCheck.NOT_FOUND ? null : start, check == SpanCheck.NOT_FOUND ? null : end,
                    anchor != null ? anchor.exact() : String.valueOf(e.excerpt())));
        }
        evidence.flush();
        return new SpansReport(entries);
    }
}
