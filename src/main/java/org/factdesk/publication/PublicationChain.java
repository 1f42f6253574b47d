package org.factdesk.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks a desk's publications end to end, the same for the admin screen, the API and the
 * command line: each row's JSON still hashes to its hash, says what its columns say, and names the
 * hash of the row before it; a correction names the version it corrects; the chain ends where the
 * head says. Every break is reported, not only the first.
 */
public final class PublicationChain {

    /** A publication row as stored. */
    public record Row(long id, long sequence, long claimId, int version, Instant publishedAt, String body,
            String sha256, @Nullable String previousSha256) {
    }

    /** Where the chain ends, as the head row says. */
    public record Head(long sequence, @Nullable String sha256) {
    }

    /** One thing found wrong, at the publication with that place in the chain. */
    public record Break(long sequence, long publicationId, String problem) {
    }

    /** What a check found: how many publications it read, the last hash, and every break. */
    public record Verification(long checked, @Nullable String lastSha256, List<Break> breaks) {

        public Verification {
            breaks = List.copyOf(breaks);
        }

        public boolean intact() {
            return breaks.isEmpty();
        }

        /** One line for people: "12 publications, chain intact, last hash 3fa9…" or the number of breaks. */
        public String summary() {
            return checked + (checked == 1 ? " publication" : " publications") + ", "
                    + (intact() ? "chain intact" : breaks.size() + (breaks.size() == 1 ? " break" : " breaks"))
                    + (lastSha256 == null ? "" : ", last hash " + lastSha256);
        }
    }

    private PublicationChain() {
    }

    /** Checks rows given in chain order (by sequence) against each other and the head. */
    public static Verification verify(List<Row> rows, Head head) {
        var breaks = new ArrayList<Break>();
        var byClaim = new HashMap<Long, List<Row>>();
        Row previous = null;
        long expected = 1;
        for (var row : rows) {
            if (row.sequence() != expected) {
                breaks.add(new Break(row.sequence(), row.id(), "expected publication number " + expected
                        + " here, found " + row.sequence() + " (a publication is missing or was added out of order)"));
            }
            expected = row.sequence() + 1;
            var hash = CanonicalJson.sha256(row.body());
            if (!hash.equals(row.sha256())) {
                breaks.add(new Break(row.sequence(), row.id(), "its content no longer matches its hash (stored "
                        + row.sha256() + ", content hashes to " + hash + "): the record was changed"));
            }
            var wanted = previous == null ? null : previous.sha256();
            if (!Objects.equals(wanted, row.previousSha256())) {
                breaks.add(new Break(row.sequence(), row.id(), "it names " + row.previousSha256()
                        + " as the publication before it, but that one's hash is " + wanted));
            }
            checkContent(row, byClaim, breaks);
            byClaim.computeIfAbsent(row.claimId(), k -> new ArrayList<>()).add(row);
            previous = row;
        }
        long last = previous == null ? 0 : previous.sequence();
        var lastHash = previous == null ? null : previous.sha256();
        if (head.sequence() != last || !Objects.equals(head.sha256(), lastHash)) {
            breaks.add(new Break(last, previous == null ? 0 : previous.id(), "the chain should end at publication "
                    + head.sequence() + " with hash " + head.sha256() + " but ends at " + last + " with " + lastHash
                    + " (publications were removed from its end, or added around the application)"));
        }
        return new Verification(rows.size(), lastHash, breaks);
    }

    private static void checkContent(Row row, Map<Long, List<Row>> byClaim, List<Break> breaks) {
        PublishedCheck check;
        try {
            check = CanonicalJson.read(row.body());
        } catch (RuntimeException e) {
            breaks.add(new Break(row.sequence(), row.id(), "its content is not a publication record: " + e.getMessage()));
            return;
        }
        if (!CanonicalJson.write(check).equals(row.body())) {
            breaks.add(new Break(row.sequence(), row.id(), "its content is not in canonical form"));
        }
        if (check.sequence() != row.sequence() || check.claimId() != row.claimId() || check.version() != row.version()
                || !check.publishedAt().equals(row.publishedAt())
                || !Objects.equals(check.previousSha256(), row.previousSha256())) {
            breaks.add(new Break(row.sequence(), row.id(), "its columns (number, claim, version, time or previous "
                    + "hash) differ from what its content says"));
        }
        var earlier = byClaim.getOrDefault(row.claimId(), List.of());
        if (row.version() != earlier.size() + 1) {
            breaks.add(new Break(row.sequence(), row.id(), "claim " + row.claimId() + " version " + row.version()
                    + " follows " + earlier.size() + " earlier version(s)"));
        }
        var correction = check.correction();
        if (!earlier.isEmpty()) {
            var before = earlier.getLast();
            if (correction == null || correction.previousPublicationId() != before.id()
                    || !correction.previousVersionSha256().equals(before.sha256())) {
                breaks.add(new Break(row.sequence(), row.id(), "as version " + row.version() + " of claim "
                        + row.claimId() + " it should correct publication " + before.id() + " (" + before.sha256()
                        + ")"));
            }
        } else if (correction != null) {
            breaks.add(new Break(row.sequence(), row.id(), "it is a correction of a version that is not in the chain"));
        }
    }
}
