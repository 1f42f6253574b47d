package org.factdesk.sampledata;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The shape of {@code sample-data/sample-data.json}. Claims are located by their quote, not by offsets. */
record SampleData(List<SampleClaimant> claimants, List<SampleSource> sources, List<SampleDocument> documents) {

    record SampleClaimant(String key, String name, String kind, @Nullable List<String> aliases,
            @Nullable List<SampleRole> roles, @Nullable String wikidataId, @Nullable String notes) {
    }

    record SampleRole(String title, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    record SampleSource(String key, @Nullable String url, String title, @Nullable String publisher, String kind,
            @Nullable Integer reliability, @Nullable String reliabilityNote, @Nullable String notes) {
    }

    record SampleDocument(String file, String title, @Nullable String sourceUrl, @Nullable String publisher,
            @Nullable String author, @Nullable LocalDate publishedAt, @Nullable String language,
            @Nullable List<SampleClaim> claims) {
    }

    record SampleClaim(String quote, @Nullable String claimText, @Nullable List<String> tags,
            @Nullable SampleAttribution attribution) {
    }

    record SampleAttribution(String claimant, @Nullable String statedRole, @Nullable String cue, String form,
            @Nullable String sourceWords, @Nullable String cueWords, @Nullable List<SampleEvidence> evidence,
            @Nullable String check, @Nullable String checkNote) {
    }

    record SampleEvidence(String source, String stance, @Nullable String excerpt, @Nullable String locator) {
    }
}
