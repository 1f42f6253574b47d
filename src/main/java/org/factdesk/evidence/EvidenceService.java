package org.factdesk.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.anchoring.AnchorException;
import org.factdesk.anchoring.Anchors;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.domain.Counts;
import org.factdesk.claim.ClaimEvent;
import org.factdesk.claim.ClaimService;
import org.factdesk.document.DocumentService;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Links claims to sources with a stance and the exact words that matter. */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class EvidenceService {

    private final EvidenceRepository evidence;
    private final SourceService sources;
    private final ClaimService claims;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    EvidenceService(EvidenceRepository evidence, SourceService sources, ClaimService claims,
            DocumentService documents, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.evidence = evidence;
        this.sources = sources;
        this.claims = claims;
        this.documents = documents;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public EvidenceView add(long claimId, NewEvidence request) {
        return add(claimId, null, request);
    }

    /** Links a source to a claim; the claim's version moves, and a stale {@code expectedVersion} refuses it. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public EvidenceView add(long claimId, @Nullable Long expectedVersion, NewEvidence request) {
        var source = sources.find(request.sourceId());
        var excerpt = clean(request.excerpt(), Evidence.EXCERPT_MAX_LENGTH, "excerpt");
        var locator = clean(request.locator(), Evidence.LOCATOR_MAX_LENGTH, "locator");
        var note = clean(request.note(), Evidence.NOTE_MAX_LENGTH, "note");
        Integer start = request.excerptStart();
        Integer end = request.excerptEnd();
        Integer revision = null;
        if (start != null || end != null) {
            // An anchored excerpt: the exact words of an imported document, checked against its text.
            if (start == null || end == null) {
                throw new InvalidInputException(start == null ? "excerptStart" : "excerptEnd",
                        "An anchored excerpt needs both excerptStart and excerptEnd");
            }
            if (source.documentId() == null) {
                throw new InvalidInputException("excerptStart", "Only a source that is an imported document can be "
                        + "quoted by offsets; give the excerpt as text instead");
            }
            var text = documents.currentText(source.documentId());
            final int s = start;
            final int e = end;
            final String given = excerpt;
            org.factdesk.anchoring.TextAnchor anchor;
            try {
                anchor = Anchors.at(text.text(), s, e, given);
            } catch (AnchorException ex) {
                throw new InvalidInputException(ex.field().equals("exact") ? "excerpt" : "excerpt" + capital(ex.field()),
                        ex.getMessage());
            }
            if (anchor.exact().length() > Evidence.EXCERPT_MAX_LENGTH) {
                throw new InvalidInputException("excerptEnd", "An excerpt has at most "
                        + Evidence.EXCERPT_MAX_LENGTH + " characters");
            }
            excerpt = anchor.exact();
            revision = text.revision();
        }
        var change = claims.change(claimId, expectedVersion);
        var saved = evidence.saveAndFlush(new Evidence(claimId, source.id(), request.stance(), excerpt, locator, start,
                end, revision, note, change.actor()));
        change.record(new ClaimEvent.EvidenceLinked(change.header(), describe(saved, source.draft().title())));
        return view(saved, sources.view(source));
    }

    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void remove(long evidenceId) {
        remove(evidenceId, null);
    }

    /** Unlinks evidence from its claim; the claim's version moves, and a stale {@code expectedVersion} refuses it. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public void remove(long evidenceId, @Nullable Long expectedVersion) {
        var e = evidence.findById(evidenceId).orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
        var change = claims.change(e.claimId(), expectedVersion);
        var source = sources.find(e.sourceId());
        change.record(new ClaimEvent.EvidenceUnlinked(change.header(), describe(e, source.draft().title())));
        evidence.delete(e);
        evidence.flush();
    }

    @Transactional(readOnly = true)
    public EvidenceView get(long evidenceId) {
        var e = evidence.findById(evidenceId).orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
        return view(e, sources.get(e.sourceId()));
    }

    @Transactional(readOnly = true)
    public List<EvidenceView> forClaim(long claimId) {
        return views(evidence.findByClaimIdOrderByIdAsc(claimId));
    }

    @Transactional(readOnly = true)
    public Map<Long, List<EvidenceView>> forClaims(Collection<Long> claimIds) {
        var result = new HashMap<Long, List<EvidenceView>>();
        if (claimIds.isEmpty()) {
            return result;
        }
        for (var v : views(evidence.findByClaimIdInOrderByIdAsc(claimIds))) {
            result.computeIfAbsent(v.claimId(), k -> new ArrayList<>()).add(v);
        }
        return result;
    }

    /** The evidence citing a source, for the source's page. */
    @Transactional(readOnly = true)
    public List<EvidenceView> citing(long sourceId) {
        return views(evidence.findBySourceIdOrderByIdAsc(sourceId));
    }

    @Transactional(readOnly = true)
    public long count(long claimId) {
        return evidence.countByClaimId(claimId);
    }

    @Transactional(readOnly = true)
    public Map<Long, Long> counts(Collection<Long> claimIds) {
        var result = new HashMap<Long, Long>();
        if (!claimIds.isEmpty()) {
            for (var row : evidence.countByClaims(claimIds)) {
                result.put((Long) row[0], (Long) row[1]);
            }
        }
        return result;
    }

    /** How many links of each stance a claim has. */
    @Transactional(readOnly = true)
    public Map<Stance, Long> stanceCounts(long claimId) {
        var counts = Counts.zeroed(Stance.class);
        for (var row : evidence.countByStance(claimId)) {
            counts.put((Stance) row[0], (Long) row[1]);
        }
        return counts;
    }

    private List<EvidenceView> views(List<Evidence> list) {
        var sourceViews = sources.views(list.stream().map(Evidence::sourceId).distinct().toList());
        return list.stream().map(e -> view(e, sourceViews.get(e.sourceId()))).toList();
    }

    private static EvidenceView view(Evidence e, SourceView source) {
        return new EvidenceView(e.id(), e.claimId(), source, e.stance(), e.excerpt(), e.locator(), e.excerptStart(),
                e.excerptEnd(), e.excerptRevision(), e.excerptPlacement(), e.note(), e.createdAt(), e.createdBy(),
                e.version());
    }

    private static ClaimEvent.Evidence describe(Evidence e, String sourceTitle) {
        return new ClaimEvent.Evidence(e.stance().name(), sourceTitle, e.excerpt() == null ? null : abbreviate(e.excerpt()));
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static @Nullable String clean(@Nullable String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "The " + field + " has at most " + max + " characters");
        }
        return value.strip();
    }
}
