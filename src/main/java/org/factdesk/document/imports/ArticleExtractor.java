package org.factdesk.document.imports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the article in a web page: its body text with paragraphs, and its title, authors,
 * publication date, canonical URL and language from meta tags and schema.org JSON-LD. One
 * extractor serves uploaded .html files and URL imports alike.
 */
public final class ArticleExtractor {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private ArticleExtractor() {
    }

    public static ImportedText extract(String html, @Nullable String pageUrl) {
        var page = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        var metadata = Metadata.of(page, pageUrl);
        var body = ContentFinder.bodyText(page, metadata.title);
        return new ImportedText(body, metadata.title, metadata.url, metadata.publisher, metadata.authors,
                metadata.publishedAt, metadata.language);
    }

    /** What a page says about itself in meta tags and JSON-LD. */
    static final class Metadata {
        @Nullable String title;
        @Nullable String url;
        @Nullable String publisher;
        List<String> authors = new ArrayList<>();
        @Nullable LocalDate publishedAt;
        @Nullable String language;

        static Metadata of(Document page, @Nullable String pageUrl) {
            var m = new Metadata();
            var authors = new LinkedHashSet<String>();
            for (var script : page.select("script[type=application/ld+json]")) {
                try {
                    m.readJsonLd(JSON.readTree(script.data()), authors);
                } catch (RuntimeException e) {
                    // Broken JSON-LD is common; the meta tags still count.
                }
            }
            if (m.title == null) {
                m.title = first(meta(page, "og:title"), meta(page, "twitter:title"), text(page.selectFirst("h1")),
                        page.title());
            }
            if (m.url == null) {
                var canonical = page.selectFirst("link[rel=canonical]");
                m.url = first(canonical == null ? null : canonical.absUrl("href"), meta(page, "og:url"), pageUrl);
            }
            if (m.publisher == null) {
                m.publisher = first(meta(page, "og:site_name"), meta(page, "application-name"));
            }
            if (authors.isEmpty()) {
                for (var a : page.select("meta[name=author], meta[property=article:author], meta[name=byl]")) {
                    var v = a.attr("content").replaceFirst("(?i)^by\\s+", "").strip();
                    if (!v.isEmpty() && !v.startsWith("http")) {
                        authors.add(v);
                    }
                }
            }
            if (m.publishedAt == null) {
                m.publishedAt = date(first(meta(page, "article:published_time"), meta(page, "og:published_time"),
                        meta(page, "date"), meta(page, "pubdate"), meta(page, "DC.date.issued"),
                        attr(page.selectFirst("time[datetime]"), "datetime")));
            }
            var lang = first(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
                    meta(page, "og:locale"), meta(page, "language"));
            if (m.language == null && lang != null) {
                var tag = lang.replace('_', '-').strip();
                if (tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
                    m.language = Locale.forLanguageTag(tag).toLanguageTag();
                }
            }
            m.authors = new ArrayList<>(authors);
            m.title = m.title == null ? null : m.title.strip();
            return m;
        }

        private void readJsonLd(JsonNode node, LinkedHashSet<String> authors) {
            if (node == null) {
                return;
            }
            if (node.isArray()) {
                node.forEach(n -> readJsonLd(n, authors));
                return;
            }
            if (node.has("@graph")) {
                readJsonLd(node.get("@graph"), authors);
            }
            var type = node.path("@type").toString();
            if (!type.matches(".*(Article|Posting|Report|BlogPosting|NewsArticle|WebPage).*")) {
                return;
            }
            boolean article = type.contains("Article") || type.contains("Posting") || type.contains("Report");
            if (article || title == null) {
                var headline = node.path("headline").asString("");
                if (!headline.isBlank() && (article || title == null)) {
                    title = headline;
                }
            }
            if (!article) {
                return;
            }
            var date = date(node.path("datePublished").asString(""));
            if (date != null) {
                publishedAt = date;
            }
            var u = node.path("url").asString("");
            if (u.startsWith("http")) {
                url = u;
            }
            var author = node.path("author");
            for (var a : author.isArray() ? author : List.of(author)) {
                var name = a.isTextual() ? a.asString() : a.path("name").asString("");
                if (!name.isBlank() && !name.startsWith("http")) {
                    authors.add(name.strip());
                }
            }
            var pub = node.path("publisher").path("name").asString("");
            if (!pub.isBlank()) {
                publisher = pub;
            }
            var lang = node.path("inLanguage").asString("");
            if (!lang.isBlank() && lang.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
                language = Locale.forLanguageTag(lang).toLanguageTag();
            }
        }
    }

    static @Nullable LocalDate date(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            var m = DATE.matcher(value);
            if (m.find()) {
                try {
                    return LocalDate.parse(m.group(1));
                } catch (DateTimeParseException ignored) {
                    return null;
                }
            }
            return null;
        }
    }

    private static @Nullable String meta(Document page, String name) {
        var e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static @Nullable String attr(@Nullable Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static @Nullable String text(@Nullable Element e) {
        return e == null ? null : e.text();
    }

    @SafeVarargs
    private static @Nullable String first(@Nullable String... values) {
        for (var v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
