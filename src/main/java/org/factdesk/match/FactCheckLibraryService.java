package org.factdesk.match;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imported part of the library of verified claims: collections of fact-checks from other
 * organisations, one per imported file, deduplicated by URL across the whole library, listed and
 * deleted as a whole. They are kept apart from the workspace's own claims and verdicts.
 */
@Service
public class FactCheckLibraryService {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final CurrentUser currentUser;
    private final org.factdesk.evidence.SourceService sources;
    private final org.factdesk.evidence.EvidenceService evidence;

    FactCheckLibraryService(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, CurrentUser currentUser,
            org.factdesk.evidence.SourceService sources, org.factdesk.evidence.EvidenceService evidence) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.currentUser = currentUser;
        this.sources = sources;
        this.evidence = evidence;
    }

    /** A collection of imported fact-checks. */
    public record Collection(long id, String name, String format, Instant importedAt, String importedBy, int items) {
    }

    /** What an import did: the collection it made, and how many fact-checks were already in the library. */
    public record ImportResult(Collection collection, int imported, int duplicates) {
    }

    /**
     * Imports a file of fact-checks as a new collection. Fact-checks whose URL is in the library
     * already (or earlier in the same file) are skipped and counted; a file with any bad row, or with
     * nothing new, is refused and nothing is written.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public ImportResult importFile(String name, byte[] content) {
        var shown = name == null ? "" : name.strip();
        if (shown.isEmpty() || shown.length() > 200) {
            throw new InvalidInputException("name", "A collection needs a name of 1 to 200 characters");
        }
        var parsed = FactCheckFile.parse(content);
        // Keyed by the canonical address (lower-case host, no default port, no fragment, no utm_ or other
        // tracking parameters), so that one fact-check shared with two tracking links is one entry.
        var fresh = new LinkedHashMap<String, FactCheckFile.Row>();
        for (var row : parsed.rows()) {
            fresh.putIfAbsent(org.factdesk.evidence.WebAddresses.canonical(row.url()), row);
        }
        var known = new HashSet<String>();
        var urls = new ArrayList<>(fresh.keySet());
        for (int i = 0; i < urls.size(); i += 1000) {
            known.addAll(jdbc.sql("select url from fact_check where url in (:urls)")
                    .param("urls", urls.subList(i, Math.min(urls.size(), i + 1000))).query(String.class).list());
        }
        known.forEach(fresh::remove);
        int duplicates = parsed.rows().size() - fresh.size();
        if (fresh.isEmpty()) {
            throw new InvalidInputException("file", "All " + parsed.rows().size() + " fact-checks of this file are in"
                    + " the library already (the same URLs); nothing was imported");
        }
        var now = Instant.now();
        var who = currentUser.usernameOrSystem();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into fact_check_collection (name, format, imported_at, imported_by, item_count)"
                + " values (?, ?, ?, ?, ?)").params(shown, parsed.format(), Timestamp.from(now), who, fresh.size())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        // One batch of inserts rather than a round trip per fact-check (a file may hold 200,000).
        var rows = new ArrayList<Object[]>(fresh.size());
        for (var entry : fresh.entrySet()) {
            var row = entry.getValue();
            rows.add(new Object[] { id, entry.getKey(), row.claim(), row.title(), row.rating(), row.publisher(),
                    row.date() == null ? null : Date.valueOf(row.date()), row.claimant() });
        }
        try {
            batch.batchUpdate("insert into fact_check (collection_id, url, claim, title, rating, publisher,"
                    + " published_on, claimant) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // Another import committed some of the same addresses while this one ran: this transaction rolls
            // back whole, and the file can be sent again to add what is still new.
            throw new org.factdesk.base.ConflictException("file", "Another import added some of these fact-checks"
                    + " at the same moment; nothing was imported from this file. Import it again to add the rest.");
        }
        return new ImportResult(new Collection(id, shown, parsed.format(), now, who, fresh.size()), fresh.size(),
                duplicates);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<Collection> collections() {
        return jdbc.sql("select id, name, format, imported_at, imported_by, item_count from fact_check_collection"
                + " order by id").query((rs, n) -> new Collection(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getInt(6))).list();
    }

    /** One imported fact-check as the library's pages and the API list it. */
    public record FactCheck(long id, long collectionId, String claim, @Nullable String title, @Nullable String rating,
            @Nullable String publisher, @Nullable LocalDate date, @Nullable String claimant, String url) {
    }

    /** One collection: its own row. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Collection collection(long id) {
        return collections().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Collection of fact-checks", id));
    }

    /**
     * A collection's fact-checks, newest first, a page at a time; with words, only those whose claim,
     * title, rating, publisher or claimant holds them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<FactCheck> factChecks(long collectionId, @Nullable String words, Pageable pageable) {
        collection(collectionId);
        var where = new StringBuilder(" from fact_check where collection_id = :collection");
        var pattern = words == null || words.isBlank() ? null
                : "%" + words.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        if (pattern != null) {
            where.append(" and (lower(claim) like :p escape '\\' or lower(coalesce(title, '')) like :p escape '\\'"
                    + " or lower(coalesce(rating, '')) like :p escape '\\'"
                    + " or lower(coalesce(publisher, '')) like :p escape '\\'"
                    + " or lower(coalesce(claimant, '')) like :p escape '\\')");
        }
        var count = jdbc.sql("select count(*)" + where).param("collection", collectionId);
        var rows = jdbc.sql("select id, collection_id, claim, title, rating, publisher, published_on, claimant, url"
                + where + " order by published_on desc nulls last, id limit :size offset :offset")
                .param("collection", collectionId).param("size", pageable.getPageSize())
                .param("offset", pageable.getOffset());
        if (pattern != null) {
            count = count.param("p", pattern);
            rows = rows.param("p", pattern);
        }
        long total = count.query(Long.class).single();
        var content = rows.query((rs, n) -> new FactCheck(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9)))
                .list();
        return new PageImpl<>(content, pageable, total);
    }

    /** Deletes a collection with its fact-checks (evidence already linked to their URLs stays). */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void delete(long id) {
        if (jdbc.sql("delete from fact_check_collection where id = ?").param(id).update() == 0) {
            throw new NotFoundException("Collection of fact-checks", id);
        }
    }

    /**
     * Links an imported fact-check to a claim as evidence, with the stance the reviewer chose: the
     * fact-check's article becomes a source (or the library's source for that address is used), and
     * the evidence says what the fact-check rated. All of it or nothing.
     */
    @org.springframework.transaction.annotation.Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public org.factdesk.evidence.EvidenceView linkAsEvidence(long claimId, long factCheckId,
            org.factdesk.evidence.Stance stance) {
        record FactCheck(String url, String claim, @Nullable String title, @Nullable String rating,
                @Nullable String publisher, @Nullable LocalDate date) {
        }
        var check = jdbc.sql("select url, claim, title, rating, publisher, published_on from fact_check where id = ?")
                .param(factCheckId).query((rs, n) -> new FactCheck(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()))
                .optional().orElseThrow(() -> new NotFoundException("Fact-check", factCheckId));
        var title = check.title() != null ? check.title() : "Fact-check: " + check.claim();
        var source = sources.findByUrl(check.url()).orElseGet(() -> sources.create(new org.factdesk.evidence.SourceDraft(
                check.url(), null, title.length() > 500 ? title.substring(0, 499) + "…" : title, check.publisher(), null,
                check.date(), LocalDate.now(), org.factdesk.evidence.SourceKind.NEWS_REPORT, null, null, null,
                "A fact-check from an imported collection.")));
        var locator = (check.rating() == null ? "fact-check" : "rated \u201C" + check.rating() + "\u201D")
                + (check.publisher() == null ? "" : " by " + check.publisher());
        var excerpt = check.claim().length() > 2000 ? check.claim().substring(0, 1999) + "…" : check.claim();
        return evidence.add(claimId, new org.factdesk.evidence.NewEvidence(source.id(), stance, excerpt,
                locator.length() > 200 ? locator.substring(0, 199) + "…" : locator, null, null, null));
    }
}
