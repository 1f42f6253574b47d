package org.factdesk.document.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds a page's article: the container whose paragraphs carry the most
 * text with the fewest links, in the manner of Readability.
 */
final class ContentFinder {

    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)comment|disqus|footer|footnote|sidebar|related|share|social|promo|advert|\\bads?\\b|sponsor|newsletter|"
                    + "subscribe|cookie|consent|popup|modal|breadcrumb|menu|\\bnav|skip|masthead|banner|signup|paywall");
    private static final Pattern LIKELY = Pattern.compile("(?i)article|body|content|entry|main|post|story|text|prose");

    private ContentFinder() {
    }

    static String bodyText(Document page) {
        var body = page.body();
        if (body == null) {
            return "";
        }
        body.select(String.join(",", HtmlText.NEVER_TEXT)).remove();
        body.select("[hidden], [aria-hidden=true], [style~=(?i)display:\\s*none]").remove();
        body.select("nav, aside, footer, form").remove();
        for (var e : body.select("*")) {
            var marker = e.className() + " " + e.id();
            if (e != body && UNLIKELY.matcher(marker).find() && !LIKELY.matcher(marker).find()
                    && !e.normalName().equals("article") && !e.normalName().equals("main")) {
                e.remove();
            }
        }
        var best = bestContainer(body);
        return HtmlText.of(best == null ? body : best);
    }

    private static Element bestContainer(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (var p : body.select("p, pre, td, blockquote")) {
            var text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + text.split(",").length + Math.min(text.length() / 100.0, 3);
            var parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            var grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (var entry : scores.entrySet()) {
            var e = entry.getKey();
            double score = entry.getValue() * (1 - linkDensity(e));
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (var a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / total;
    }
}
