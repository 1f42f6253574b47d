package org.factdesk.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain check finds every way a stored publication can be changed, removed, moved or forged. */
class PublicationChainTest {

    static PublishedCheck check(long sequence, String previous, long claimId, int version, String claim,
            PublishedCheck.Correction correction) {
        return new PublishedCheck(sequence, previous, claimId, version, Instant.parse("2026-12-0" + (1 + sequence % 8)
                + "T10:15:30.123456Z"), claim, new PublishedCheck.Quote(claim, "He said ", ".", 8, 8 + claim.length()),
                new PublishedCheck.Article(7, "Article", "https://news.example/a", "News", null,
                        LocalDate.parse("2026-11-30"), "en", 1),
                new PublishedCheck.Attribution(3L, "Ann Minister", "PERSON", null, "Trade minister", List.of("Minister"),
                        "said", "DIRECT", "CONFIRMED", "Confirmed", "On video"),
                List.of(new PublishedCheck.Evidence(4, 9, "Statistics", "https://stats.example", null, "REFUTES", "Refutes",
                        "rose 40 percent", null, null)),
                new PublishedCheck.Verdict("FALSE", "False", 1), "Up 40%.", null,
                new PublishedCheck.People("editor", List.of("editor"), "editor2"), correction);
    }

    /** A chain of n publications of distinct claims, then version 2 of the first claim. */
    static List<PublicationChain.Row> chain(int n) {
        var rows = new ArrayList<PublicationChain.Row>();
        String previous = null;
        for (int i = 1; i <= n; i++) {
            var c = check(i, previous, 100 + i, 1, "exports doubled " + i, null);
            rows.add(row(i, c));
            previous = rows.getLast().sha256();
        }
        var first = rows.getFirst();
        var correction = new PublishedCheck.Correction("New figures", "editor", Instant.parse("2026-12-05T09:00:00Z"),
                first.id(), 1, first.sha256());
        rows.add(row(n + 1, check(n + 1, previous, 101, 2, "exports doubled 1", correction)));
        return rows;
    }

    static PublicationChain.Row row(long id, PublishedCheck c) {
        var body = CanonicalJson.write(c);
        return new PublicationChain.Row(id, c.sequence(), c.claimId(), c.version(), c.publishedAt(), body,
                CanonicalJson.sha256(body), c.previousSha256());
    }

    static PublicationChain.Head head(List<PublicationChain.Row> rows) {
        return new PublicationChain.Head(rows.getLast().sequence(), rows.getLast().sha256());
    }

    @Test
    void an_untouched_chain_verifies() {
        var rows = chain(5);
        var result = PublicationChain.verify(rows, head(rows));
        assertThat(result.breaks()).isEmpty();
        assertThat(result.checked()).isEqualTo(6);
        assertThat(result.summary()).startsWith("6 publications, chain intact, last hash ");
        assertThat(PublicationChain.verify(List.of(), new PublicationChain.Head(0, null)).intact()).isTrue();
    }

    @Test
    void canonical_json_gives_the_same_bytes_for_the_same_record_and_reads_back_to_it() {
        var c = check(1, null, 5, 1, "exports doubled", null);
        assertThat(CanonicalJson.write(CanonicalJson.read(CanonicalJson.write(c)))).isEqualTo(CanonicalJson.write(c));
        assertThat(CanonicalJson.read(CanonicalJson.write(c))).isEqualTo(c);
        assertThat(CanonicalJson.write(c)).startsWith("{\"article\":{").doesNotContain("\n").contains("\"publishedAt\":\"2026-");
    }

    @Test
    void a_changed_body_is_found_even_with_its_hash_recomputed() {
        var rows = new ArrayList<>(chain(4));
        var target = rows.get(1);
        var forged = target.body().replace("\"FALSE\"", "\"TRUE\"");
        rows.set(1, new PublicationChain.Row(target.id(), target.sequence(), target.claimId(), target.version(),
                target.publishedAt(), forged, target.sha256(), target.previousSha256()));
        assertThat(PublicationChain.verify(rows, head(rows)).breaks()).extracting(PublicationChain.Break::publicationId)
                .containsExactly(2L);
        // Rewriting the hash too only moves the break to the next link.
        rows.set(1, new PublicationChain.Row(target.id(), target.sequence(), target.claimId(), target.version(),
                target.publishedAt(), forged, CanonicalJson.sha256(forged), target.previousSha256()));
        var breaks = PublicationChain.verify(rows, head(rows)).breaks();
        assertThat(breaks).extracting(PublicationChain.Break::publicationId).containsExactly(3L);
        assertThat(breaks.getFirst().problem()).contains("as the publication before it");
    }

    @Test
    void a_publication_removed_from_the_middle_or_the_end_is_found() {
        var rows = new ArrayList<>(chain(4));
        var head = head(rows);
        var middle = new ArrayList<>(rows);
        middle.remove(2);
        assertThat(PublicationChain.verify(middle, head).breaks()).extracting(PublicationChain.Break::publicationId)
                .contains(4L);
        var end = new ArrayList<>(rows);
        end.removeLast();
        var breaks = PublicationChain.verify(end, head).breaks();
        assertThat(breaks).hasSize(1);
        assertThat(breaks.getFirst().problem()).contains("should end at publication 5");
    }

    @Test
    void columns_that_disagree_with_the_record_and_a_forged_correction_are_found() {
        var rows = new ArrayList<>(chain(3));
        var r = rows.get(0);
        rows.set(0, new PublicationChain.Row(r.id(), r.sequence(), 999, r.version(), r.publishedAt(), r.body(), r.sha256(),
                r.previousSha256()));
        assertThat(PublicationChain.verify(rows, head(rows)).breaks()).extracting(PublicationChain.Break::problem)
                .anyMatch(p -> p.contains("columns"));

        var alone = List.of(row(1, check(1, null, 5, 2, "x", new PublishedCheck.Correction("n", "e", Instant.EPOCH, 9, 1,
                "ab"))));
        assertThat(PublicationChain.verify(alone, head(alone)).breaks()).extracting(PublicationChain.Break::problem)
                .anyMatch(p -> p.contains("follows 0 earlier")).anyMatch(p -> p.contains("not in the chain"));
    }

    @Test
    void a_body_that_is_not_a_record_is_a_break_not_a_crash() {
        var rows = new ArrayList<>(chain(1));
        var r = rows.get(0);
        rows.set(0, new PublicationChain.Row(r.id(), r.sequence(), r.claimId(), r.version(), r.publishedAt(), "{oops",
                CanonicalJson.sha256("{oops"), r.previousSha256()));
        assertThat(PublicationChain.verify(rows, new PublicationChain.Head(2, CanonicalJson.sha256(rows.get(1).body())))
                .breaks()).extracting(PublicationChain.Break::problem).anyMatch(p -> p.contains("not a publication record"));
    }
}
