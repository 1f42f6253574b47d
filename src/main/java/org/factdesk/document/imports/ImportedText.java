package org.factdesk.document.imports;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A text brought in from a file or a page, with whatever metadata came with it. */
public record ImportedText(String text, @Nullable String title, @Nullable String sourceUrl,
        @Nullable String publisher, List<String> authors, @Nullable LocalDate publishedAt, @Nullable String language) {

    public static ImportedText plain(String text) {
        return new ImportedText(text, null, null, null, List.of(), null, null);
    }

    public @Nullable String author() {
        return authors.isEmpty() ? null : String.join(", ", authors);
    }
}
