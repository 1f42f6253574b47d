package org.factdesk.report.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.document.DocumentDetails;
import org.factdesk.publication.PublicationView;
import org.factdesk.publication.PublishingProperties;
import org.factdesk.verification.VerdictView;
import org.jspecify.annotations.Nullable;

/**
 * The verification report of one document: its metadata and text, every claim with attribution,
 * verdict and evidence, and who reviewed and approved. The input of every exporter.
 *
 * @param document the document with its current text; null for a report over many documents
 * @param alreadyChecked per claim id, the best matches in the library of verified claims (only the
 *     JSON export asks for them; empty otherwise)
 */
public record DocumentReport(@Nullable DocumentDetails document, List<ReportClaim> claims, List<VerdictView> scale,
        Publisher publisher, Instant generatedAt, String generatedBy, String title,
        Map<Long, List<AlreadyChecked>> alreadyChecked, Map<Long, List<PublicationView>> publications) {

    public DocumentReport(@Nullable DocumentDetails document, List<ReportClaim> claims, List<VerdictView> scale,
            Publisher publisher, Instant generatedAt, String generatedBy, String title) {
        this(document, claims, scale, publisher, generatedAt, generatedBy, title, Map.of(), Map.of());
    }

    /** The same report with the claims' matches in the library of verified claims. */
    public DocumentReport withAlreadyChecked(Map<Long, List<AlreadyChecked>> matches) {
        return new DocumentReport(document, claims, scale, publisher, generatedAt, generatedBy, title, Map.copyOf(matches),
                publications);
    }

    /** The same report with the published versions of its claims' fact checks (oldest first per claim). */
    public DocumentReport withPublications(Map<Long, List<PublicationView>> published) {
        return new DocumentReport(document, claims, scale, publisher, generatedAt, generatedBy, title, alreadyChecked,
                Map.copyOf(published));
    }

    /**
     * A match of a claim in the library of verified claims: another workspace claim (its id, status
     * and verdict) or an imported fact-check (its id, rating, publisher and address), with its score.
     */
    public record AlreadyChecked(int rank, double score, String origin, String claim, @Nullable Long claimId,
            @Nullable Long factCheckId, @Nullable String status, @Nullable String verdict,
            @Nullable String publisher, @Nullable String url) {
    }

    /** Who publishes the fact checks, for ClaimReview. */
    public record Publisher(String name, @Nullable String url, String factCheckBaseUrl, String appBaseUrl,
            PublishingProperties settings) {
    }

    /**
     * Claims numbered 1…n as a reader meets them: in the text's order for a document's report (by where
     * they start), in the report's order otherwise. The numbers a printed report shows; ids stay internal.
     */
    public Map<Long, Integer> readingNumbers() {
        var ordered = new java.util.ArrayList<>(claims);
        if (document != null) {
            ordered.sort(java.util.Comparator.comparingInt((ReportClaim c) -> c.claim().start())
                    .thenComparingInt(c -> c.claim().end()));
        }
        var numbers = new LinkedHashMap<Long, Integer>();
        ordered.forEach(c -> numbers.putIfAbsent(c.claim().id(), numbers.size() + 1));
        return numbers;
    }

    /**
     * The name a download of this report gets, without its extension: the document's title (or the
     * report's) in plain letters and dashes, then the day it was made: {@code jobs-report-checked-2026-12-07}.
     */
    public String fileName() {
        var named = document != null ? document.metadata().title() : title;
        var slug = java.text.Normalizer.normalize(named, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            int cut = slug.lastIndexOf('-', 60);
            slug = slug.substring(0, cut > 20 ? cut : 60);
        }
        return (slug.isEmpty() ? "report" : slug) + "-" + java.time.LocalDate.ofInstant(generatedAt,
                java.time.ZoneId.systemDefault());
    }

    /** The address annotations target: the article's own web address, or the document in Factdesk. */
    public @Nullable String documentUri() {
        if (document == null) {
            return null;
        }
        var source = document.metadata().sourceUrl();
        return source != null ? source : publisher.appBaseUrl().replaceAll("/+$", "") + "/documents/" + document.id();
    }

    /** Claims per verdict code, in the order of the scale; "" counts claims without a verdict. */
    public Map<String, Long> verdictCounts() {
        var counts = new LinkedHashMap<String, Long>();
        scale.forEach(v -> counts.put(v.code(), 0L));
        counts.put("", 0L);
        for (var c : claims) {
            var code = c.review().verdict() == null ? "" : c.review().verdict().code();
            counts.merge(code, 1L, Long::sum);
        }
        return counts;
    }

    /** Claims per attribution check; claims without an attribution count as Unverified. */
    public Map<AttributionCheck, Long> checkCounts() {
        var counts = new LinkedHashMap<AttributionCheck, Long>();
        for (var check : AttributionCheck.values()) {
            counts.put(check, 0L);
        }
        for (var c : claims) {
            counts.merge(c.attribution() == null ? AttributionCheck.UNVERIFIED : c.attribution().check(), 1L, Long::sum);
        }
        return counts;
    }

    public Set<String> reviewers() {
        var names = new TreeSet<String>();
        claims.forEach(c -> {
            if (c.review().verdictBy() != null) {
                names.add(c.review().verdictBy());
            }
        });
        return names;
    }

    public Set<String> approvers() {
        var names = new TreeSet<String>();
        claims.forEach(c -> {
            if (c.review().approvedBy() != null) {
                names.add(c.review().approvedBy());
            }
        });
        return names;
    }

    public @Nullable String label(String verdictCode) {
        return scale.stream().filter(v -> v.code().equals(verdictCode)).map(VerdictView::label).findFirst().orElse(null);
    }
}
