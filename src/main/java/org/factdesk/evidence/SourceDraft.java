package org.factdesk.evidence;

import java.time.LocalDate;
import org.factdesk.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a source. The compact constructor checks them all: web addresses are http or
 * https, lengths fit, the reliability is 1 to 5.
 */
public record SourceDraft(@Nullable String url, @Nullable Long documentId, String title, @Nullable String publisher,
        @Nullable String author, @Nullable LocalDate publishedOn, @Nullable LocalDate accessedOn, SourceKind kind,
        @Nullable String archiveUrl, @Nullable Integer reliability, @Nullable String reliabilityNote,
        @Nullable String notes) {

    public SourceDraft {
        url = WebAddresses.checkOptional(url, "url");
        archiveUrl = WebAddresses.checkOptional(archiveUrl, "archiveUrl");
        title = line(title, 500, "title");
        if (title == null) {
            throw new InvalidInputException("title", "A source needs a title");
        }
        if (url == null && documentId == null && (notes == null || notes.isBlank())) {
            throw new InvalidInputException("url",
                    "A source needs a web address, an imported document, or notes that say where it can be found");
        }
        publisher = line(publisher, 200, "publisher");
        author = line(author, 300, "author");
        reliabilityNote = text(reliabilityNote, 2000, "reliabilityNote");
        notes = text(notes, 5000, "notes");
        if (reliability != null && (reliability < 1 || reliability > 5)) {
            throw new InvalidInputException("reliability", "Reliability is rated from 1 (poor) to 5 (excellent)");
        }
    }

    public static SourceDraft web(String url, String title, SourceKind kind) {
        return new SourceDraft(url, null, title, null, null, null, null, kind, null, null, null, null);
    }

    private static @Nullable String line(@Nullable String value, int max, String field) {
        if (value == null) {
            return null;
        }
        var v = value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > max) {
            throw new InvalidInputException(field, "The " + field + " has at most " + max + " characters");
        }
        return v;
    }

    private static @Nullable String text(@Nullable String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "The " + field + " has at most " + max + " characters");
        }
        return value.strip();
    }
}
