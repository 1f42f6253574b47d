package org.factdesk.claim;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.factdesk.base.domain.Counts;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding and counting claims: the read side, beside {@link ClaimService}'s changes. */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class ClaimQueries {

    private final ClaimRepository claims;
    private final ClaimIndex index;

    ClaimQueries(ClaimRepository claims, ClaimIndex index) {
        this.claims = claims;
        this.index = index;
    }

    @Transactional(readOnly = true)
    public Map<ClaimStatus, Long> countsByStatus(long documentId) {
        var counts = Counts.zeroed(ClaimStatus.class);
        for (var row : claims.countByStatus(documentId)) {
            counts.put((ClaimStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Claims in each status, over the whole workspace. */
    @Transactional(readOnly = true)
    public Map<ClaimStatus, Long> countsByStatus() {
        var counts = Counts.zeroed(ClaimStatus.class);
        for (var row : claims.countAllByStatus()) {
            counts.put((ClaimStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public Map<Long, Map<ClaimStatus, Long>> countsByStatus(Collection<Long> documentIds) {
        var result = new HashMap<Long, Map<ClaimStatus, Long>>();
        if (documentIds.isEmpty()) {
            return result;
        }
        for (var id : documentIds) {
            var counts = Counts.zeroed(ClaimStatus.class);
            result.put(id, counts);
        }
        for (var row : claims.countByDocumentAndStatus(documentIds)) {
            result.get((Long) row[0]).put((ClaimStatus) row[1], (Long) row[2]);
        }
        return result;
    }

    /** Claims of a document whose placement a person should check. */
    @Transactional(readOnly = true)
    public long countNeedingAttention(long documentId) {
        return claims.countByAnchorState(documentId).stream()
                .filter(row -> ((AnchorState) row[0]).needsAttention())
                .mapToLong(row -> (Long) row[1]).sum();
    }

    /**
     * Claims that match a filter, a page at a time. The in-memory index picks and orders them; the
     * page itself is read from the database. Orders the index does not know go to the database.
     */
    @Transactional(readOnly = true)
    public Page<ClaimView> search(ClaimFilter filter, Pageable pageable) {
        return search(filter, pageable, null);
    }

    /**
     * Claims that match a filter in the order of a ranking another feature gave (a verdict's place on
     * the scale, an assignee's or claimant's name, a document's title), then in the page's own order.
     */
    @Transactional(readOnly = true)
    public Page<ClaimView> search(ClaimFilter filter, Pageable pageable, @Nullable ClaimRanking ranking) {
        var ids = index.find(filter, pageable.getSort(), ranking);
        if (ids != null) {
            var pageIds = pageable.isUnpaged() ? ids : ids.subList((int) Math.min(ids.size(), pageable.getOffset()),
                    (int) Math.min(ids.size(), pageable.getOffset() + pageable.getPageSize()));
            var byId = new HashMap<Long, Claim>();
            claims.findAllById(pageIds).forEach(c -> byId.put(c.id(), c));
            var content = pageIds.stream().map(byId::get).filter(Objects::nonNull).map(ClaimView::of).toList();
            return new PageImpl<>(content, pageable, ids.size());
        }
        return searchInDatabase(filter, pageable);
    }

    private Page<ClaimView> searchInDatabase(ClaimFilter filter, Pageable pageable) {
        Specification<Claim> spec = (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.documentId() != null) {
                predicates.add(cb.equal(root.get("documentId"), filter.documentId()));
            }
            if (!filter.statuses().isEmpty()) {
                predicates.add(root.get("status").in(filter.statuses()));
            }
            if (!filter.anchorStates().isEmpty()) {
                predicates.add(root.get("anchorState").in(filter.anchorStates()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("claimText")), pattern, '\\'),
                        cb.like(cb.lower(root.get("exact")), pattern, '\\')));
            }
            if (filter.tag() != null && !filter.tag().isBlank()) {
                predicates.add(cb.isMember(filter.tag().strip().toLowerCase(Locale.ROOT), root.get("tags")));
            }
            if (filter.onlyIds() != null) {
                if (filter.onlyIds().isEmpty()) {
                    predicates.add(cb.disjunction());
                } else {
                    predicates.add(root.get("id").in(filter.onlyIds()));
                }
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        return claims.findAll(spec, pageable).map(ClaimView::of);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
