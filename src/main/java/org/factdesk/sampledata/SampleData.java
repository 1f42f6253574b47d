package org.factdesk.sampledata;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The shape of {@code sample-data/sample-data.json}. */
record SampleData(List<SampleDocument> documents) {

    record SampleDocument(String file, String title, @Nullable String sourceUrl, @Nullable String publisher,
            @Nullable String author, @Nullable LocalDate publishedAt, @Nullable String language) {
    }
}
