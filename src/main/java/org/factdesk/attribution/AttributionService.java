package org.factdesk.attribution;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.factdesk.anchoring.AnchorException;
import org.factdesk.anchoring.Anchors;
import org.factdesk.base.Inputs;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.domain.Counts;
import org.factdesk.claim.ClaimEvent;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimView;
import org.factdesk.document.DocumentService;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's attribution and its check. The rules: every check result but Unverified needs a note
 * saying what was found; every result but Unverified and Unattributable needs at least one evidence
 * link showing what was really said and by whom.
 */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class AttributionService {

    private final AttributionRepository attributions;
    private final ClaimantService claimants;
    private final ClaimService claims;
    private final DocumentService documents;
    private final EvidenceService evidence;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AttributionService(AttributionRepository attributions, ClaimantService claimants, ClaimService claims,
            DocumentService documents, EvidenceService evidence, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.attributions = attributions;
        this.claimants = claimants;
        this.claims = claims;
        this.documents = documents;
        this.evidence = evidence;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<AttributionView> get(long claimId) {
        return attributions.findById(claimId).map(this::view);
    }

    @Transactional(readOnly = true)
    public Map<Long, AttributionView> forClaims(Collection<Long> claimIds) {
        var result = new HashMap<Long, AttributionView>();
        if (claimIds.isEmpty()) {
            return result;
        }
        var list = attributions.findByClaimIdIn(claimIds);
        var claimantViews = new HashMap<Long, ClaimantView>();
        claimants.views(list.stream().map(Attribution::claimantId).filter(Objects::nonNull).distinct().toList())
                .forEach(c -> claimantViews.put(c.id(), c));
        for (var a : list) {
            result.put(a.claimId(), view(a, a.claimantId() == null ? null : claimantViews.get(a.claimantId())));
        }
        return result;
    }

    /** Creates a claim with its attribution in one transaction: both or neither. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimView createAttributedClaim(long documentId, org.factdesk.claim.NewClaim request,
            @Nullable AttributionDraft draft) {
        var claim = claims.create(documentId, request);
        if (draft != null && !draft.isEmpty()) {
            set(claim.id(), null, draft);
        }
        return claim;
    }

    /** Changes the fields the draft names; refuses a check result without its note or evidence. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public AttributionView set(long claimId, @Nullable Long expectedVersion, AttributionDraft draft) {
        // The claim's version is the attribution's too: a stale one refuses the change, a change moves it.
        var change = claims.change(claimId, expectedVersion);
        var claim = change.view();
        var existing = attributions.findById(claimId);
        var attribution = existing.orElseGet(() -> new Attribution(claimId));
        var recordedBefore = change.recorded();
        var who = currentUser.usernameOrSystem();
        if (draft.claimantId().present()) {
            Long claimantId = draft.claimantId().valueOrNull();
            ClaimEvent.Claimant newName = null;
            if (claimantId != null) {
                var claimant = claimants.hold(claimantId);
                if (claimant.getMergedInto() != null) {
                    throw new InvalidInputException("claimantId", "Claimant " + claimantId + " was merged into "
                            + claimant.getMergedInto() + "; use that one");
                }
                newName = new ClaimEvent.Claimant(claimantId, claimant.getName());
            }
            if (!Objects.equals(claimantId, attribution.claimantId())) {
                var oldName = attribution.claimantId() == null ? null : new ClaimEvent.Claimant(attribution.claimantId(),
                        claimants.find(attribution.claimantId()).getName());
                change.record(new ClaimEvent.ClaimantSet(change.header(), oldName, newName));
                attribution.setClaimantId(claimantId);
            }
        }
        if (draft.statedRole().present()) {
            var role = Inputs.line(draft.statedRole().valueOrNull(), Attribution.STATED_ROLE_MAX_LENGTH, "statedRole");
            if (!Objects.equals(role, attribution.statedRole())) {
                change.record(new ClaimEvent.AttributionEdited(change.header(), ClaimEvent.AttributionField.statedRole, attribution.statedRole(), role));
                attribution.setStatedRole(role);
            }
        }
        if (draft.cue().present()) {
            var cue = Inputs.line(draft.cue().valueOrNull(), Attribution.CUE_MAX_LENGTH, "cue");
            if (!Objects.equals(cue, attribution.cue())) {
                change.record(new ClaimEvent.AttributionEdited(change.header(), ClaimEvent.AttributionField.cue, attribution.cue(), cue));
                attribution.setCue(cue);
            }
        }
        var form = draft.form().valueOrNull();
        if (form != null && form != attribution.form()) {
            change.record(new ClaimEvent.AttributionEdited(change.header(), ClaimEvent.AttributionField.form, attribution.form().name(),
                    form.name()));
            attribution.setForm(form);
        }
        if (draft.sourceSpan().present() || draft.cueSpan().present()) {
            var text = documents.currentText(claim.documentId());
            if (draft.sourceSpan().present()) {
                var span = span(text.text(), draft.sourceSpan().valueOrNull(), "sourceSpan");
                if (!Objects.equals(span, attribution.sourceSpan())) {
                    change.record(new ClaimEvent.SpanMarked(change.header(), false,
                            describe(attribution.sourceSpan()), false, describe(span)));
                    attribution.setSourceSpan(span);
                } else if (attribution.sourcePlacement() != null) {
                    // The same words marked again after a replacement asked for a look: the place is confirmed
                    // (or, sent empty, the lost words are given up).
                    change.record(new ClaimEvent.SpanMarked(change.header(), false,
                            describe(attribution.sourceSpan()), true, describe(span)));
                    attribution.setSourceSpan(span);
                }
            }
            if (draft.cueSpan().present()) {
                var span = span(text.text(), draft.cueSpan().valueOrNull(), "cueSpan");
                if (!Objects.equals(span, attribution.cueSpan())) {
                    change.record(new ClaimEvent.SpanMarked(change.header(), true,
                            describe(attribution.cueSpan()), false, describe(span)));
                    attribution.setCueSpan(span);
                } else if (attribution.cuePlacement() != null) {
                    // The same words marked again after a replacement asked for a look: the place is confirmed
                    // (or, sent empty, the lost words are given up).
                    change.record(new ClaimEvent.SpanMarked(change.header(), true,
                            describe(attribution.cueSpan()), true, describe(span)));
                    attribution.setCueSpan(span);
                }
            }
        }
        if (draft.check().present() || draft.checkNote().present()) {
            var check = draft.check().valueOrNull() != null ? draft.check().valueOrNull() : attribution.check();
            var note = draft.checkNote().present()
                    ? Inputs.text(draft.checkNote().valueOrNull(), Attribution.NOTE_MAX_LENGTH, "checkNote")
                    : attribution.checkNote();
            if (check.needsNote() && (note == null || note.isBlank())) {
                throw new InvalidInputException("checkNote", "The attribution check \u201C" + check.label()
                        + "\u201D needs a note saying what was found");
            }
            if (check.needsEvidence() && evidence.count(claimId) == 0) {
                throw new InvalidInputException("check", "The attribution check \u201C" + check.label()
                        + "\u201D needs at least one evidence link showing what was really said and by whom; "
                        + "link a source to this claim first (stance: confirms or disputes the attribution)");
            }
            if (check != attribution.check() || !Objects.equals(note, attribution.checkNote())) {
                change.record(new ClaimEvent.AttributionChecked(change.header(), attribution.check().name(),
                        attribution.checkNote(), check.name(), note));
                attribution.setCheck(check, note, who);
            }
        }
        if (change.recorded() == recordedBefore) {
            return view(attribution);
        }
        attribution.touched(who);
        return view(attributions.saveAndFlush(attribution));
    }

    /** Claims attributed to any claimant whose name or alias matches ("Kiev" finds Kyiv's). */
    @Transactional(readOnly = true)
    public List<Long> claimIdsForClaimant(String query) {
        var ids = claimants.idsMatching(query);
        return ids.isEmpty() ? List.of() : attributions.claimIdsByClaimants(ids);
    }

    @Transactional(readOnly = true)
    public List<Long> claimIdsForClaimant(long claimantId) {
        return attributions.claimIdsByClaimants(List.of(claimantId));
    }

    @Transactional(readOnly = true)
    public List<Long> claimIdsWithCheck(Set<AttributionCheck> checks) {
        return checks.isEmpty() ? List.of() : attributions.claimIdsByCheck(checks);
    }

    /** Every attributed claim's claimant name (to order claims by). */
    @Transactional(readOnly = true)
    public Map<Long, String> claimantNames() {
        var names = new java.util.HashMap<Long, String>();
        attributions.claimantNames().forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /** How many claims have each check result, over the given claims. */
    @Transactional(readOnly = true)
    public Map<AttributionCheck, Long> checkCounts(Collection<Long> claimIds) {
        var counts = Counts.zeroed(AttributionCheck.class);
        forClaims(claimIds).values().forEach(a -> counts.merge(a.check(), 1L, Long::sum));
        return counts;
    }

    private AttributionView view(Attribution a) {
        return view(a, a.claimantId() == null ? null : claimants.get(a.claimantId()));
    }

    private static AttributionView view(Attribution a, @Nullable ClaimantView claimant) {
        return new AttributionView(a.claimId(), claimant, a.statedRole(), a.cue(), a.form(), a.check(), a.checkNote(),
                a.checkedBy(), a.checkedAt(), a.sourceSpan(), a.cueSpan(), notice(a, true), notice(a, false),
                a.updatedAt(), a.updatedBy(), a.version());
    }

    private static @Nullable SpanNotice notice(Attribution a, boolean source) {
        var check = source ? a.sourcePlacement() : a.cuePlacement();
        if (check == null) {
            return null;
        }
        var lost = a.lostWords(source);
        var span = source ? a.sourceSpan() : a.cueSpan();
        var words = lost != null ? lost : span != null && span.exact() != null ? span.exact() : "";
        return new SpanNotice(check, words);
    }

    private static @Nullable TextSpan span(org.factdesk.anchoring.CodePointText text, @Nullable TextSpan span,
            String field) {
        if (span == null) {
            return null;
        }
        try {
            var anchor = Anchors.at(text, span.start(), span.end(), span.exact());
            if (anchor.exact().length() > 2000) {
                throw new InvalidInputException(field, "A source or cue span has at most 2000 characters");
            }
            return new TextSpan(anchor.start(), anchor.end(), anchor.exact());
        } catch (AnchorException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    private static ClaimEvent.@Nullable Span describe(@Nullable TextSpan span) {
        return span == null ? null : new ClaimEvent.Span(span.start(), span.end(), span.exact());
    }
}
