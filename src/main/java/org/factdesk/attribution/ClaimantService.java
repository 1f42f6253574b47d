package org.factdesk.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.StaleVersionException;
import org.factdesk.claim.ClaimEvent;
import org.factdesk.claim.ClaimService;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People and organisations claims are attributed to: created, found by any alias, merged. */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class ClaimantService {

    private final ClaimantRepository claimants;
    private final AttributionRepository attributions;
    private final ClaimService claims;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ClaimantService(ClaimantRepository claimants, AttributionRepository attributions, ClaimService claims,
            CurrentUser currentUser, ApplicationEventPublisher events) {
        this.claimants = claimants;
        this.attributions = attributions;
        this.claims = claims;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimantView create(ClaimantDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInputException("name", "A claimant needs a name");
        }
        var claimant = new Claimant(draft.name(), draft.kind() == null ? ClaimantKind.PERSON : draft.kind(),
                currentUser.usernameOrSystem());
        apply(claimant, draft);
        return ClaimantView.of(claimants.saveAndFlush(claimant));
    }

    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimantView update(long id, @Nullable Long expectedVersion, ClaimantDraft draft) {
        var claimant = find(id);
        if (expectedVersion != null && expectedVersion != claimant.getVersion()) {
            throw new StaleVersionException("claimant", id, expectedVersion, claimant.getVersion());
        }
        if (claimant.getMergedInto() != null) {
            throw new InvalidInputException("id", "This claimant was merged into claimant " + claimant.getMergedInto()
                    + "; change that one");
        }
        if (draft.name() != null) {
            claimant.setName(draft.name());
        }
        if (draft.kind() != null) {
            claimant.setKind(draft.kind());
        }
        apply(claimant, draft);
        claimants.flush();
        return ClaimantView.of(claimant);
    }

    private static void apply(Claimant claimant, ClaimantDraft draft) {
        if (draft.aliases() != null) {
            claimant.setAliases(new LinkedHashSet<>(draft.aliases()));
        }
        if (draft.roles() != null) {
            claimant.setRoles(draft.roles());
        }
        if (draft.wikidataId() != null) {
            claimant.setWikidataId(draft.wikidataId());
        }
        if (draft.notes() != null) {
            claimant.setNotes(draft.notes());
        }
    }

    @Transactional(readOnly = true)
    public ClaimantView get(long id) {
        return ClaimantView.of(find(id));
    }

    /** Claimants whose name or any alias contains the query (case, accents and punctuation aside). */
    @Transactional(readOnly = true)
    public Page<ClaimantView> search(String query, Pageable pageable) {
        var q = Names.normalize(query);
        if (q.isEmpty()) {
            return claimants.findActive(pageable).map(ClaimantView::of);
        }
        return claimants.search("%" + escape(q) + "%", pageable).map(ClaimantView::of);
    }

    /** Ids of every claimant a name or alias search matches, merged claimants included. */
    @Transactional(readOnly = true)
    public List<Long> idsMatching(String query) {
        var q = Names.normalize(query);
        if (q.isEmpty()) {
            return List.of();
        }
        var ids = new ArrayList<Long>();
        claimants.search("%" + escape(q) + "%", Pageable.unpaged()).forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** An active claimant with exactly this name or alias (normalised), if there is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<ClaimantView> findNamed(String name) {
        var normalized = Names.normalize(name);
        return claimants.idsNamed(normalized).stream().map(this::find)
                .filter(c -> c.getMergedInto() == null).findFirst().map(ClaimantView::of);
    }

    /** How many claims are attributed to a claimant. */
    @Transactional(readOnly = true)
    public long claimCount(long id) {
        return attributions.countByClaimant(id);
    }

    /**
     * Merges {@code source} into {@code target}: every claim attributed to the source is attributed
     * to the target, the source's name and aliases become the target's aliases, its roles are added,
     * and each moved claim records the merge in its audit trail.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimantView merge(long sourceId, long targetId) {
        if (sourceId == targetId) {
            throw new InvalidInputException("targetId", "A claimant cannot be merged into itself");
        }
        // Both rows, in one order, before either is read: two merges at once (A into B while B into A)
        // run one after the other and the second sees the first; an attribution to the source waits.
        claimants.lockInOrder(List.of(sourceId, targetId));
        var source = find(sourceId);
        var target = find(targetId);
        if (source.getMergedInto() != null) {
            throw new InvalidInputException("sourceId", "Claimant " + sourceId + " was already merged into "
                    + source.getMergedInto());
        }
        if (target.getMergedInto() != null) {
            throw new InvalidInputException("targetId", "Claimant " + targetId + " was merged into "
                    + target.getMergedInto() + "; merge into that one");
        }
        var who = currentUser.usernameOrSystem();
        for (var attribution : attributions.findByClaimantId(sourceId)) {
            var change = claims.changeReference(attribution.claimId());
            attribution.setClaimantId(targetId);
            attribution.touched(who);
            change.record(new ClaimEvent.ClaimantsMerged(change.header(),
                    new ClaimEvent.Claimant(sourceId, source.getName()), new ClaimEvent.Claimant(targetId, target.getName())));
        }
        var aliases = new LinkedHashSet<String>();
        aliases.add(source.getName());
        aliases.addAll(source.getAliases());
        target.addAliases(aliases);
        var roles = new ArrayList<>(target.getRoles());
        for (var role : source.getRoles()) {
            if (roles.stream().noneMatch(r -> r.title().equalsIgnoreCase(role.title()))) {
                roles.add(role);
            }
        }
        target.setRoles(roles);
        if (target.getWikidataId() == null && source.getWikidataId() != null) {
            target.setWikidataId(source.getWikidataId());
        }
        if (source.getNotes() != null) {
            target.setNotes(target.getNotes() == null ? source.getNotes()
                    : target.getNotes() + "\n\n(from " + source.getName() + ") " + source.getNotes());
        }
        source.mergedInto(targetId);
        claimants.flush();
        attributions.flush();
        return ClaimantView.of(target);
    }

    @Transactional(readOnly = true)
    Claimant find(long id) {
        return claimants.findById(id).orElseThrow(() -> new NotFoundException("Claimant", id));
    }

    /**
     * The claimant, its row held until the transaction ends: a claim being attributed to it is saved
     * before any merge of it can move the claimant's claims (or after, and then it is refused).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    Claimant hold(long id) {
        claimants.lockInOrder(List.of(id));
        return find(id);
    }

    @Transactional(readOnly = true)
    List<ClaimantView> views(Collection<Long> ids) {
        return claimants.findAllById(ids).stream().map(ClaimantView::of).toList();
    }

    private static String escape(String s) {
        return s.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
