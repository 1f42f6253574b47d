package org.factdesk.document;

import java.time.LocalDate;
import java.util.Locale;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.WebAddress;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a document besides its text. The compact constructor cleans and checks
 * every field, so a value of this type is always fit to store.
 */
public record DocumentMetadata(String title, @Nullable String sourceUrl, @Nullable String publisher,
        @Nullable String author, @Nullable LocalDate publishedAt, @Nullable String language) {

    public DocumentMetadata {
        title = clean(title, Document.TITLE_MAX_LENGTH, "title");
        if (title == null) {
            throw new InvalidInputException("title", "A document needs a title");
        }
        sourceUrl = checkUrl(clean(sourceUrl, Document.SOURCE_URL_MAX_LENGTH, "sourceUrl"));
        publisher = clean(publisher, Document.PUBLISHER_MAX_LENGTH, "publisher");
        author = clean(author, Document.AUTHOR_MAX_LENGTH, "author");
        language = checkLanguage(clean(language, Document.LANGUAGE_MAX_LENGTH, "language"));
    }

    public static DocumentMetadata titled(String title) {
        return new DocumentMetadata(title, null, null, null, null, null);
    }

    private static @Nullable String clean(@Nullable String value, int maxLength, String field) {
        if (value == null) {
            return null;
        }
        // Titles and names are one line; line breaks and control characters are folded into spaces.
        var s = value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > maxLength) {
            throw new InvalidInputException(field, "The " + field + " has at most " + maxLength + " characters");
        }
        return s;
    }

    /** Only web addresses: a javascript:, data: or file: link would be a hazard when clicked. */
    private static @Nullable String checkUrl(@Nullable String url) {
        if (url == null) {
            return null;
        }
        try {
            WebAddress.parse(url);
            return url;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sourceUrl", e.getMessage());
        }
    }

    private static @Nullable String checkLanguage(@Nullable String language) {
        if (language == null) {
            return null;
        }
        if (!language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            throw new InvalidInputException("language", "The language is a language tag such as 'en' or 'en-GB'");
        }
        return Locale.forLanguageTag(language).toLanguageTag();
    }
}
