package org.factdesk.evidence;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.StaleVersionException;
import org.factdesk.document.DocumentService;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The source library: sources are found once and reused; the same page never becomes two sources. */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class SourceService {

    private final SourceRepository sources;
    private final EvidenceRepository evidence;
    private final DocumentService documents;
    private final CurrentUser currentUser;

    SourceService(SourceRepository sources, EvidenceRepository evidence, DocumentService documents,
            CurrentUser currentUser) {
        this.sources = sources;
        this.evidence = evidence;
        this.documents = documents;
        this.currentUser = currentUser;
    }

    /** Adds a source; a page already in the library (same canonical address) is refused, naming it. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public SourceView create(SourceDraft draft) {
        if (draft.url() != null) {
            var existing = sources.findByCanonicalUrl(WebAddresses.canonical(draft.url()));
            if (existing.isPresent()) {
                throw new DuplicateSourceException(view(existing.get()));
            }
        }
        if (draft.documentId() != null) {
            documents.summary(draft.documentId());
        }
        return view(sources.saveAndFlush(new Source(draft, currentUser.usernameOrSystem())));
    }

    /** The library's source for a web address, if there is one. */
    @Transactional(readOnly = true)
    public Optional<SourceView> findByUrl(String url) {
        return sources.findByCanonicalUrl(WebAddresses.canonical(url)).map(this::view);
    }

    /**
     * The source for an imported document, created from the document's metadata if there is none:
     * a primary source (a readout, a transcript) imported into Factdesk.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public SourceView forDocument(long documentId, SourceKind kind) {
        var existing = sources.findFirstByDocumentId(documentId);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        var document = documents.summary(documentId);
        var m = document.metadata();
        String url = m.sourceUrl();
        if (url != null && sources.findByCanonicalUrl(WebAddresses.canonical(url)).isPresent()) {
            // The page is in the library already: link that source to the imported text.
            var source = sources.findByCanonicalUrl(WebAddresses.canonical(url)).get();
            var d = source.draft();
            source.apply(new SourceDraft(d.url(), documentId, d.title(), d.publisher(), d.author(), d.publishedOn(),
                    d.accessedOn(), d.kind(), d.archiveUrl(), d.reliability(), d.reliabilityNote(), d.notes()));
            return view(source);
        }
        var draft = new SourceDraft(url, documentId, m.title(), m.publisher(), m.author(), m.publishedAt(), null, kind,
                null, null, null, null);
        return view(sources.saveAndFlush(new Source(draft, currentUser.usernameOrSystem())));
    }

    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public SourceView update(long id, @Nullable Long expectedVersion, SourceDraft draft) {
        var source = find(id);
        if (expectedVersion != null && expectedVersion != source.version()) {
            throw new StaleVersionException("source", id, expectedVersion, source.version());
        }
        if (draft.url() != null) {
            var other = sources.findByCanonicalUrl(WebAddresses.canonical(draft.url()));
            if (other.isPresent() && other.get().id() != id) {
                throw new DuplicateSourceException(view(other.get()));
            }
        }
        source.apply(draft);
        sources.flush();
        return view(source);
    }

    @Transactional(readOnly = true)
    public SourceView get(long id) {
        return view(find(id));
    }

    @Transactional(readOnly = true)
    public Page<SourceView> search(SourceFilter filter, Pageable pageable) {
        Specification<Source> spec = (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("publisher"), "")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("url"), "")), pattern, '\\')));
            }
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.publisher() != null && !filter.publisher().isBlank()) {
                predicates.add(cb.equal(cb.lower(root.get("publisher")), filter.publisher().strip().toLowerCase(Locale.ROOT)));
            }
            if (filter.minReliability() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("reliability"), filter.minReliability()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        var page = sources.findAll(spec, pageable);
        var counts = new HashMap<Long, Long>();
        if (!page.isEmpty()) {
            for (var row : evidence.countBySources(page.getContent().stream().map(Source::id).toList())) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return page.map(s -> SourceView.of(s, counts.getOrDefault(s.id(), 0L)));
    }

    /** The distinct publishers in the library, for filters. */
    @Transactional(readOnly = true)
    public List<String> publishers() {
        return sources.findAll().stream().map(s -> s.draft().publisher()).filter(p -> p != null).distinct().sorted()
                .toList();
    }

    @Transactional(readOnly = true)
    Source find(long id) {
        return sources.findById(id).orElseThrow(() -> new NotFoundException("Source", id));
    }

    @Transactional(readOnly = true)
    SourceView view(Source source) {
        return SourceView.of(source, evidence.countBySourceId(source.id()));
    }

    @Transactional(readOnly = true)
    Map<Long, SourceView> views(java.util.Collection<Long> ids) {
        var result = new HashMap<Long, SourceView>();
        for (var s : sources.findAllById(ids)) {
            result.put(s.id(), view(s));
        }
        return result;
    }
}
