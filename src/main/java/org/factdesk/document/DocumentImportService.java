package org.factdesk.document;

import org.factdesk.base.InvalidInputException;
import org.factdesk.document.imports.ImportException;
import org.factdesk.document.imports.ImportedText;
import org.factdesk.document.imports.Importers;
import org.factdesk.document.imports.TextDecoder;
import org.factdesk.document.imports.UrlFetcher;
import org.factdesk.document.imports.ArticleExtractor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Creates documents from uploaded files and from web pages. */
@Service
@PreAuthorize("hasRole('REVIEWER')")
public class DocumentImportService {

    private final DocumentService documents;
    private final UrlFetcher fetcher;

    DocumentImportService(DocumentService documents, FetchProperties fetch) {
        this.documents = documents;
        this.fetcher = new UrlFetcher(fetch.allowedHosts(), fetch.timeout(), TextDecoder.MAX_BYTES, fetch.deadline(),
                fetch.concurrent());
    }

    /** An uploaded .txt, .md or .html file; a title given by the user wins over the file's own. */
    public DocumentDetails importUpload(String fileName, byte[] bytes, @Nullable String title) {
        var imported = imported(() -> Importers.fromUpload(fileName, bytes));
        var chosenTitle = title != null && !title.isBlank() ? title
                : imported.title() != null ? imported.title() : Importers.titleFromFileName(fileName);
        return create(imported, chosenTitle);
    }

    /** A web page, fetched and reduced to its article. */
    public DocumentDetails importUrl(String url, @Nullable String title) {
        var page = imported(() -> fetcher.fetch(url));
        var imported = imported(() -> page.contentType().contains("text/plain")
                ? ImportedText.plain(page.html())
                : ArticleExtractor.extract(page.html(), page.finalUri().toString()));
        var source = imported.sourceUrl() != null ? imported.sourceUrl() : page.finalUri().toString();
        var withSource = new ImportedText(imported.text(), imported.title(), source, imported.publisher(),
                imported.authors(), imported.publishedAt(), imported.language());
        var chosenTitle = title != null && !title.isBlank() ? title
                : imported.title() != null ? imported.title() : page.finalUri().getHost();
        return create(withSource, chosenTitle);
    }

    /** What a page says about itself (title, publisher, author, date), without importing it: to prefill a source. */
    public ImportedText preview(String url) {
        var page = imported(() -> fetcher.fetch(url));
        return imported(() -> page.contentType().contains("text/plain") ? ImportedText.plain(page.html())
                : ArticleExtractor.extract(page.html(), page.finalUri().toString()));
    }

    private DocumentDetails create(ImportedText imported, String title) {
        if (imported.text().isBlank()) {
            throw new InvalidInputException("file", "It is empty: no readable text was found in the file or page");
        }
        // What a page says about itself is cut to fit rather than refused: the text is what matters.
        var metadata = new DocumentMetadata(cut(title, Document.TITLE_MAX_LENGTH), safeUrl(imported.sourceUrl()),
                cut(imported.publisher(), Document.PUBLISHER_MAX_LENGTH), cut(imported.author(), Document.AUTHOR_MAX_LENGTH),
                imported.publishedAt(), safeLanguage(imported.language()));
        return documents.create(metadata, imported.text());
    }

    private static @Nullable String cut(@Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        var v = value.strip();
        return v.length() <= max ? v : v.substring(0, max - 1).strip() + "…";
    }

    private static @Nullable String safeUrl(@Nullable String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))
                || url.length() > Document.SOURCE_URL_MAX_LENGTH) {
            return null;
        }
        return url;
    }

    private static @Nullable String safeLanguage(@Nullable String language) {
        return language != null && language.length() <= Document.LANGUAGE_MAX_LENGTH ? language : null;
    }

    private static <T> T imported(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ImportException e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        }
    }
}
