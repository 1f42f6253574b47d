package org.factdesk.evidence;

import java.time.LocalDate;
import org.factdesk.base.Inputs;
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
        title = Inputs.line(title, 500, "title");
        if (title == null) {
            throw new InvalidInputException("title", "A source needs a title");
        }
        if (url == null && documentId == null && (notes == null || notes.isBlank())) {
            throw new InvalidInputException("url",
                    "A source needs a web address, an imported document, or notes that say where it can be found");
        }
        publisher = Inputs.line(publisher, 200, "publisher");
        author = Inputs.line(author, 300, "author");
        reliabilityNote = Inputs.text(reliabilityNote, 2000, "reliabilityNote");
        notes = Inputs.text(notes, 5000, "notes");
        if (reliability != null && (reliability < 1 || reliability > 5)) {
            throw new InvalidInputException("reliability", "Reliability is rated from 1 (poor) to 5 (excellent)");
        }
    }

    public static SourceDraft web(String url, String title, SourceKind kind) {
        return new SourceDraft(url, null, title, null, null, null, null, kind, null, null, null, null);
    }
}
