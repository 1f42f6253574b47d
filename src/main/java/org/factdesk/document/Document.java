package org.factdesk.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** An article or other text under review. Its text lives in {@link DocumentRevision}s. */
@Entity
@Table(name = "document")
public class Document extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = 500;
    public static final int SOURCE_URL_MAX_LENGTH = 2000;
    public static final int PUBLISHER_MAX_LENGTH = 200;
    public static final int AUTHOR_MAX_LENGTH = 300;
    public static final int LANGUAGE_MAX_LENGTH = 35;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";

    @Column(name = "source_url", length = SOURCE_URL_MAX_LENGTH)
    private @Nullable String sourceUrl;

    @Column(length = PUBLISHER_MAX_LENGTH)
    private @Nullable String publisher;

    @Column(length = AUTHOR_MAX_LENGTH)
    private @Nullable String author;

    @Column(name = "published_at")
    private @Nullable LocalDate publishedAt;

    @Column(length = LANGUAGE_MAX_LENGTH)
    private @Nullable String language;

    @Column(name = "current_revision", nullable = false)
    private int currentRevision;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(name = "char_count", nullable = false)
    private int charCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    @Column(name = "archived_at")
    private @org.jspecify.annotations.Nullable Instant archivedAt;

    @Column(name = "archived_by", length = 40)
    private @org.jspecify.annotations.Nullable String archivedBy;

    protected Document() {
    }

    Document(DocumentMetadata metadata, String createdBy) {
        this.createdBy = createdBy;
        apply(metadata);
    }

    void apply(DocumentMetadata metadata) {
        this.title = required(metadata.title());
        this.sourceUrl = metadata.sourceUrl();
        this.publisher = metadata.publisher();
        this.author = metadata.author();
        this.publishedAt = metadata.publishedAt();
        this.language = metadata.language();
        this.updatedAt = Instant.now();
    }

    private static String required(String title) {
        var t = title.strip();
        if (t.isEmpty()) {
            throw new InvalidInputException("title", "A document needs a title");
        }
        return t;
    }

    void textChanged(int revision, String text) {
        this.currentRevision = revision;
        this.charCount = text.codePointCount(0, text.length());
        this.wordCount = CanonicalText.wordCount(text);
        this.updatedAt = Instant.now();
    }

    /** Archives the document (left out of lists, kept whole) or brings it back; answers whether that changed anything. */
    boolean archive(boolean archived, String who) {
        if (archived == (archivedAt != null)) {
            return false;
        }
        archivedAt = archived ? Instant.now() : null;
        archivedBy = archived ? who : null;
        updatedAt = Instant.now();
        return true;
    }

    @org.jspecify.annotations.Nullable Instant getArchivedAt() {
        return archivedAt;
    }

    @org.jspecify.annotations.Nullable String getArchivedBy() {
        return archivedBy;
    }

    public DocumentMetadata metadata() {
        return new DocumentMetadata(title, sourceUrl, publisher, author, publishedAt, language);
    }

    public String getTitle() {
        return title;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public int getWordCount() {
        return wordCount;
    }

    public int getCharCount() {
        return charCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
