package org.factdesk.publication;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.factdesk.base.Html;

/**
 * The published pages as HTML, written from publications only: one fact check (claim, who said it
 * and whether that attribution is right, verdict, rationale, sources, correction history) with its
 * ClaimReview JSON-LD, and the list of the desk's fact checks. Everything a person typed is escaped;
 * the JSON-LD is script-safe ({@link CanonicalJson#scriptSafe}).
 */
public final class PublishedPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private PublishedPage() {
    }

    /** One version of a fact check; {@code versions} are all of its versions, oldest first. */
    public static String check(PublicationView p, List<PublicationView> versions, PublishingProperties desk) {
        var c = p.check();
        var html = new StringBuilder(4096);
        head(html, "Fact check: " + c.claim(), desk);
        var upTo = versions.stream().filter(v -> v.version() <= p.version()).toList();
        html.append("<script type=\"application/ld+json\">")
                .append(CanonicalJson.scriptSafe(ClaimReviewJson.of(p, upTo, desk).toString())).append("</script>\n");
        html.append("</head><body><main>\n");
        html.append("<p class=\"desk\"><a href=\"./\">").append(Html.escape(desk.organizationName()))
                .append(": fact checks</a></p>\n");
        if (p.correctedBy() != null) {
            var by = p.correctedBy();
            html.append("<p class=\"corrected\" role=\"note\">Corrected on ").append(DAY.format(by.at()))
                    .append(" \u2014 <a href=\"").append(by.publicationId()).append("\">see version ").append(by.version())
                    .append("</a>: ").append(Html.escape(by.note())).append("</p>\n");
        }
        html.append("<h1>").append(Html.escape(c.claim())).append("</h1>\n");
        html.append("<p class=\"verdict\">Verdict: <strong>").append(Html.escape(c.verdict().label()))
                .append("</strong></p>\n");
        var q = c.quote();
        html.append("<blockquote>\u2026").append(Html.escape(q.prefix())).append("<mark>").append(Html.escape(q.exact()))
                .append("</mark>").append(Html.escape(q.suffix())).append("\u2026</blockquote>\n");
        var a = c.article();
        html.append("<p class=\"article\">In ").append(Html.link(a.url(), a.title()));
        if (a.publisher() != null) {
            html.append(", ").append(Html.escape(a.publisher()));
        }
        if (a.publishedAt() != null) {
            html.append(", ").append(a.publishedAt());
        }
        html.append(" (checked on text revision ").append(a.revision()).append(")</p>\n");
        attribution(html, c.attribution());
        html.append("<h2>Why</h2>\n<p class=\"rationale\">").append(Html.escape(c.rationale())).append("</p>\n");
        if (c.noEvidenceNote() != null) {
            html.append("<p class=\"no-evidence\">").append(Html.escape(c.noEvidenceNote())).append("</p>\n");
        }
        if (!c.evidence().isEmpty()) {
            html.append("<h2>Sources</h2>\n<ol class=\"sources\">\n");
            for (var e : c.evidence()) {
                html.append("<li>").append(Html.link(e.url(), e.source()));
                if (e.publisher() != null) {
                    html.append(", ").append(Html.escape(e.publisher()));
                }
                html.append(" \u2014 ").append(Html.escape(e.stanceLabel().toLowerCase(Locale.ROOT)));
                if (e.archivedCopy() != null) {
                    html.append(" (").append(Html.link(e.archivedCopy(), "archived copy")).append(")");
                }
                if (e.excerpt() != null) {
                    html.append("<blockquote>").append(Html.escape(e.excerpt())).append("</blockquote>");
                }
                html.append("</li>\n");
            }
            html.append("</ol>\n");
        }
        html.append("<p class=\"people\">Verdict by ").append(Html.escape(c.people().verdictBy()))
                .append(", approved by ").append(Html.escape(c.people().approvedBy())).append(". Published ")
                .append(DAY.format(c.publishedAt())).append(", version ").append(c.version()).append(".</p>\n");
        if (versions.size() > 1) {
            html.append("<h2>Versions</h2>\n<ol class=\"versions\">\n");
            for (var v : versions) {
                html.append("<li>");
                var label = "Version " + v.version() + ", " + DAY.format(v.publishedAt());
                html.append(v.id() == p.id() ? Html.escape(label) + " (this page)"
                        : "<a href=\"" + v.id() + "\">" + Html.escape(label) + "</a>");
                if (v.check().correction() != null) {
                    html.append(": correction \u2014 ").append(Html.escape(v.check().correction().note()));
                }
                html.append("</li>\n");
            }
            html.append("</ol>\n");
        }
        html.append("<p class=\"hash\">Record SHA-256 <code>").append(p.sha256()).append("</code></p>\n");
        html.append("</main></body></html>\n");
        return html.toString();
    }

    /** The desk's fact checks, newest first, with links to the next and previous page. */
    public static String list(List<PublicationView> page, int pageNumber, boolean hasNext, PublishingProperties desk) {
        var html = new StringBuilder(2048);
        head(html, desk.organizationName() + ": fact checks", desk);
        html.append("<link rel=\"alternate\" type=\"application/ld+json\" href=\"published/feed.json\">\n");
        html.append("</head><body><main>\n<h1>").append(Html.escape(desk.organizationName())).append(": fact checks</h1>\n");
        if (page.isEmpty()) {
            html.append("<p>Nothing published yet.</p>\n");
        }
        html.append("<ul class=\"publications\">\n");
        for (var p : page) {
            var c = p.check();
            html.append("<li><a href=\"published/").append(p.id()).append("\">").append(Html.escape(c.claim()))
                    .append("</a> \u2014 <strong>").append(Html.escape(c.verdict().label())).append("</strong>, ")
                    .append(DAY.format(c.publishedAt()));
            if (c.version() > 1) {
                html.append(" (corrected, version ").append(c.version()).append(")");
            }
            if (!p.current()) {
                html.append(" (superseded by version ").append(p.correctedBy().version()).append(")");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n<nav>");
        if (pageNumber > 0) {
            html.append("<a rel=\"prev\" href=\"published?page=").append(pageNumber - 1).append("\">Newer</a> ");
        }
        if (hasNext) {
            html.append("<a rel=\"next\" href=\"published?page=").append(pageNumber + 1).append("\">Older</a>");
        }
        html.append("</nav>\n</main></body></html>\n");
        return html.toString();
    }

    private static void head(StringBuilder html, String title, PublishingProperties desk) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>")
                .append("body{font:16px/1.55 system-ui,sans-serif;margin:0;color:#1d2330;background:#fafafa}")
                .append("main{max-width:46rem;margin:2rem auto;padding:0 1rem}")
                .append("blockquote{border-left:3px solid #c8ccd6;margin:.6rem 0;padding:.2rem .8rem;color:#3b4252}")
                .append("mark{background:#fde68a}.corrected{background:#fff4d6;border:1px solid #e6c15a;padding:.6rem}")
                .append(".hash code{font-size:.8rem;word-break:break-all}.desk a{color:#4b5563}")
                .append("</style>\n");
    }

    private static void attribution(StringBuilder html, PublishedCheck.@org.jspecify.annotations.Nullable Attribution a) {
        html.append("<h2>Who said it</h2>\n<p class=\"attribution\">");
        if (a == null || a.claimant() == null) {
            html.append("The article does not attribute this claim to anyone we could name.");
        } else {
            html.append(Html.escape(a.claimant()));
            if (a.statedRole() != null) {
                html.append(" (").append(Html.escape(a.statedRole())).append(", as the article says)");
            }
            if (!a.rolesHeld().isEmpty()) {
                html.append("; held: ").append(Html.escape(String.join(", ", a.rolesHeld())));
            }
            html.append(". Attribution: <strong>").append(Html.escape(a.checkLabel()))
                    .append("</strong>");
            if (a.checkNote() != null) {
                html.append(" \u2014 ").append(Html.escape(a.checkNote()));
            }
            html.append(".");
        }
        html.append("</p>\n");
    }
}
