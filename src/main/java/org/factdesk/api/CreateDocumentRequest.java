package org.factdesk.api;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The JSON body of {@code POST /api/v1/documents}: a text with its metadata, or a URL to fetch. */
record CreateDocumentRequest(@Nullable String title, @Nullable String text, @Nullable String sourceUrl,
        @Nullable String publisher, @Nullable String author, @Nullable LocalDate publishedAt,
        @Nullable String language, @Nullable String url) {
}
