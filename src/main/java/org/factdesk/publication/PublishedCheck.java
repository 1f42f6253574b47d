package org.factdesk.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fact check as it was published, self-contained: nothing in it points at a live row that could
 * change it later. Its canonical JSON ({@link CanonicalJson}) is what is stored and hashed; the
 * chain fields ({@code sequence}, {@code previousSha256}) are part of what is hashed, so a record
 * cannot be moved in the chain without breaking it.
 *
 * @param sequence this publication's place in the desk's chain, 1 for the first
 * @param previousSha256 the hash of the desk's publication before this one (null for the first)
 * @param correction for version 2 and later: why it changed, and the version it corrects
 */
public record PublishedCheck(long sequence, @Nullable String previousSha256, long claimId, int version,
        Instant publishedAt, String claim, Quote quote, Article article, @Nullable Attribution attribution,
        List<Evidence> evidence, Verdict verdict, @Nullable String rationale, @Nullable String noEvidenceNote,
        People people, @Nullable Correction correction) {

    public PublishedCheck {
        evidence = List.copyOf(evidence);
    }

    /**
     * The exact words in the article, where they stood (code points in the revision checked) and
     * the words around them.
     */
    public record Quote(String exact, String prefix, String suffix, int start, int end) {
    }

    /** The article the claim was checked in, and the text revision it was checked on. */
    public record Article(long documentId, String title, @Nullable String url, @Nullable String publisher,
            @Nullable String author, @Nullable LocalDate publishedAt, @Nullable String language, int revision) {
    }

    /**
     * Who the claim is attributed to, as published: the claimant's name then (a later rename or merge
     * does not reach it), the role the article stated, the roles the claimant held on the article's
     * date, the cue, and whether the attribution is right.
     */
    public record Attribution(@Nullable Long claimantId, @Nullable String claimant, @Nullable String claimantKind,
            @Nullable String wikidataId, @Nullable String statedRole, List<String> rolesHeld, @Nullable String cue,
            String form, String check, String checkLabel, @Nullable String checkNote) {

        public Attribution {
            rolesHeld = List.copyOf(rolesHeld);
        }
    }

    /** A piece of evidence as cited: the source's title and address then, the stance, the excerpt. */
    public record Evidence(long evidenceId, long sourceId, String source, @Nullable String url,
            @Nullable String publisher, String stance, String stanceLabel, @Nullable String excerpt,
            @Nullable String locator, @Nullable String archivedCopy) {
    }

    /** The verdict: its code and label on the desk's scale, and its rating where the scale has one (1 to 5). */
    public record Verdict(String code, String label, @Nullable Integer rating) {
    }

    /** Who set the verdict (everyone who ever changed it) and who approved it, the second person. */
    public record People(@Nullable String verdictBy, List<String> verdictAuthors, String approvedBy) {

        public People {
            verdictAuthors = List.copyOf(verdictAuthors);
        }
    }

    /** Why this version corrects the one before, who reopened it and when, and which version it corrects. */
    public record Correction(String note, String correctedBy, Instant correctedAt, long previousPublicationId,
            int previousVersion, String previousVersionSha256) {
    }
}
