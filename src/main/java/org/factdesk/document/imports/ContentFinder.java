package org.factdesk.document.imports;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.document.imports.BlockKinds.Kind;
import org.factdesk.document.imports.TextBlocks.Block;
import org.factdesk.document.imports.TextBlocks.Vocabulary;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds a page's article text in two steps.
 *
 * <ol>
 * <li>The container: every run of text scores its element and, less and less, the element's
 * ancestors, by length and commas; class names and tags add or take away; link-heavy elements lose
 * in proportion. The best element, moved up where several good candidates share an ancestor, and
 * joined by siblings that read like article text, holds the article.
 * <li>The text: inside the container, each block is judged on its own (figure captions, link lists,
 * sharing and promotion boxes, "Advertisement" labels are out; long prose is in), and short or
 * middling blocks by their neighbours: a short line between two paragraphs of the article is part of
 * it, a heading above a list of links is not.
 * </ol>
 *
 * If that finds less than {@value #ENOUGH} characters, it tries again with fewer assumptions
 * (keeping containers whose names look unlikely, then ignoring class names, then keeping everything
 * in the container), and returns the longest result if none is long enough.
 */
final class ContentFinder {

    static final int ENOUGH = 500;

    /** What each attempt assumes. */
    enum Mode {
        STRICT(true, true, true), KEEP_UNLIKELY(false, true, true), IGNORE_CLASSES(false, false, true),
        KEEP_ALL(false, false, false);

        final boolean stripUnlikely;
        final boolean weighClasses;
        final boolean clean;

        Mode(boolean stripUnlikely, boolean weighClasses, boolean clean) {
            this.stripUnlikely = stripUnlikely;
            this.weighClasses = weighClasses;
            this.clean = clean;
        }
    }

    private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "dl", "table", "aside", "header",
            "footer", "nav", "form", "figure", "details", "menu", "center");

    private ContentFinder() {
    }

    static String bodyText(Document page) {
        return bodyText(page, null);
    }

    static String bodyText(Document page, @Nullable String title) {
        var body = page.body();
        if (body == null) {
            return "";
        }
        prune(body);
        var blocks = TextBlocks.of(body);
        String best = "";
        for (var mode : Mode.values()) {
            var text = new Attempt(body, blocks, mode, title).run();
            if (text.length() >= ENOUGH) {
                return text;
            }
            if (text.length() > best.length()) {
                best = text;
            }
        }
        return best;
    }

    /** Removes what is never shown: hidden elements and dialogs. */
    static void prune(Element body) {
        body.select(String.join(",", HtmlText.NEVER_TEXT)).remove();
        body.select("[hidden], [aria-hidden=true], dialog, [role=dialog], [role=alertdialog], [aria-modal=true]").remove();
        for (var e : body.select("[style]")) {
            var style = e.attr("style").toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                e.remove();
            }
        }
    }

    /** What the usable blocks inside an element add up to. */
    private static final class Totals {
        int text;
        int links;
        int commas;
        int blocks;
        int quoted;

        double linkDensity() {
            return text == 0 ? 0 : (double) links / text;
        }
    }


    /** One try at finding the article under one set of assumptions. */
    private static final class Attempt {
        final Element body;
        final Mode mode;
        final List<Block> blocks;
        final @Nullable String title;
        final Map<Element, Totals> totals = new IdentityHashMap<>();
        final Map<Element, Double> scores = new IdentityHashMap<>();

        Attempt(Element body, List<Block> all, Mode mode, @Nullable String title) {
            this.body = body;
            this.mode = mode;
            this.title = title == null ? null : normal(title);
            this.blocks = mode.stripUnlikely ? all.stream().filter(b -> b.unlikely.isEmpty() || b.quote).toList() : all;
        }

        String run() {
            for (var b : blocks) {
                int commas = b.commas();
                for (var e : b.chain) {
                    var t = totals.computeIfAbsent(e, k -> new Totals());
                    t.text += b.length();
                    t.links += b.linkChars;
                    t.commas += commas;
                    t.blocks++;
                    if (b.quote) {
                        t.quoted += b.length();
                    }
                }
            }
            score();
            var top = top();
            var content = withSiblings(top);
            return text(content);
        }

        private void score() {
            for (var b : blocks) {
                if (b.length() < 25 || b.heading || b.figure) {
                    continue;
                }
                double points = 1 + b.commas() + Math.min(b.length() / 100.0, 3);
                for (int level = 0; level < Math.min(5, b.chain.length); level++) {
                    var e = b.chain[level];
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    scores.merge(e, points / divider, Double::sum);
                }
            }
            scores.replaceAll((e, s) -> (s + BlockKinds.tagWeight(e) + classWeight(e)) * (1 - totals.get(e).linkDensity()));
        }

        private double score(Element e) {
            return scores.getOrDefault(e, 0.0);
        }

        private Element top() {
            var ranked = scores.entrySet().stream().sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
                    .limit(5).map(Map.Entry::getKey).toList();
            if (ranked.isEmpty()) {
                return body;
            }
            var top = ranked.getFirst();
            double topScore = score(top);
            // Several near-equal candidates under one ancestor: the article is split, take the ancestor.
            var alternatives = ranked.stream().skip(1).filter(e -> score(e) >= topScore * 0.75).toList();
            if (alternatives.size() >= 3) {
                for (var p = top.parent(); p != null && p != body.parent(); p = p.parent()) {
                    var ancestor = p;
                    if (alternatives.stream().filter(a -> isAncestor(ancestor, a)).count() >= 3) {
                        top = p;
                        break;
                    }
                }
            }
            // An ancestor that scores higher than the candidate holds more of the article.
            double last = score(top);
            double threshold = last / 3;
            for (var p = top.parent(); p != null && p != body; p = p.parent()) {
                if (!scores.containsKey(p)) {
                    continue;
                }
                double s = score(p);
                if (s < threshold) {
                    break;
                }
                if (s > last) {
                    top = p;
                    break;
                }
                last = s;
            }
            while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
                top = top.parent();
            }
            return top;
        }

        private List<Element> withSiblings(Element top) {
            var parent = top.parent();
            if (top == body || parent == null) {
                return List.of(top);
            }
            // Scores sit on the elements nearest the text; a wrapper counts with its best candidate inside.
            var best = new IdentityHashMap<Element, Double>();
            scores.forEach((e, s) -> {
                for (var p = e; p != null && p != parent; p = p.parent()) {
                    best.merge(p, s, Math::max);
                }
            });
            double topScore = best.getOrDefault(top, 0.0);
            double threshold = Math.max(10, topScore * 0.2);
            var content = new ArrayList<Element>();
            for (var sibling : parent.children()) {
                if (sibling == top) {
                    content.add(sibling);
                    continue;
                }
                var t = totals.get(sibling);
                if (t == null || t.text == 0) {
                    continue;
                }
                double bonus = !top.className().isBlank() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
                if (best.containsKey(sibling) && best.get(sibling) + bonus >= threshold) {
                    content.add(sibling);
                } else if (paragraphLike(sibling)) {
                    double density = t.linkDensity();
                    if (t.text > 80 && density < 0.25
                            || t.text < 80 && density == 0 && sibling.text().matches("(?s).*\\.( .*|$)")) {
                        content.add(sibling);
                    }
                }
            }
            return content;
        }

        private boolean paragraphLike(Element e) {
            var tag = e.normalName();
            if (tag.equals("p") || tag.equals("blockquote") || tag.equals("pre")) {
                return true;
            }
            for (var child : e.children()) {
                if (TextBlocks.BLOCK_TAGS.contains(child.normalName())) {
                    return false;
                }
            }
            return tag.equals("div") || tag.equals("section");
        }

        private String text(List<Element> content) {
            var inContent = new IdentityHashMap<Element, Boolean>();
            content.forEach(e -> inContent.put(e, true));
            int contentText = content.stream().mapToInt(e -> totals.containsKey(e) ? totals.get(e).text : 0).sum();
            var junk = new IdentityHashMap<Element, Boolean>();
            var chosen = new ArrayList<Block>();
            var kinds = new ArrayList<Kind>();
            for (var b : blocks) {
                int depth = -1;
                for (int i = 0; i < b.chain.length; i++) {
                    if (inContent.containsKey(b.chain[i])) {
                        depth = i;
                        break;
                    }
                }
                if (depth < 0) {
                    continue;
                }
                boolean bad = false;
                if (mode.clean) {
                    for (int i = 0; i < depth && !bad; i++) {
                        var e = b.chain[i];
                        bad = junk.computeIfAbsent(e, k -> isJunk(k, contentText));
                    }
                }
                chosen.add(b);
                kinds.add(bad ? Kind.BAD : kind(b));
            }
            boolean anyGood = kinds.contains(Kind.GOOD);
            if (anyGood) {
                BlockKinds.resolve(chosen, kinds);
            }
            var out = new StringBuilder();
            for (int i = 0; i < chosen.size(); i++) {
                var k = kinds.get(i);
                // Without a single long paragraph (a short page), everything that is not furniture counts.
                if (k == Kind.GOOD || !anyGood && k != Kind.BAD && k != Kind.SKIP) {
                    if (!out.isEmpty()) {
                        out.append('\n');
                    }
                    out.append(chosen.get(i).text());
                }
            }
            return out.toString();
        }

        private boolean isJunk(Element e, int contentText) {
            if (!CONTAINERS.contains(e.normalName())) {
                return false;
            }
            var t = totals.get(e);
            if (t == null || t.text == 0) {
                return false;
            }
            if (t.quoted >= t.text * 0.8) {
                // Quoted material (an embedded post, a pull quote) is part of the article whatever its wrapper is called.
                return false;
            }
            double weight = classWeight(e);
            if (mode.weighClasses && (weight < 0 || TextBlocks.isNegative(e)) && t.text < contentText * 0.5) {
                return true;
            }
            if (t.commas >= 10) {
                return false;
            }
            double density = t.linkDensity();
            // A list of links (related stories) has little text of its own; a round-up of linked stories has a summary each.
            boolean ownText = (t.text - t.links) / (double) t.blocks >= 60;
            return !ownText && (weight < 25 && density > 0.33 || weight >= 25 && density > 0.5);
        }

        private Kind kind(Block b) {
            var text = b.text();
            int length = text.length();
            double density = b.linkDensity();
            if (b.figure) {
                return Kind.SKIP;
            }
            if (Furniture.is(text)) {
                return Kind.SKIP;
            }
            if (b.heading) {
                var heading = normal(text);
                if (density > 0.9 || title != null && (heading.equals(title) || heading.length() >= 15 && title.contains(heading))) {
                    return Kind.BAD;
                }
                return Kind.HEADING;
            }
            if (density > (b.quote ? 0.8 : 0.5)) {
                return length - b.linkChars >= 80 ? Kind.NEAR : Kind.BAD;
            }
            if (length >= 80 && density <= 0.3) {
                return Kind.GOOD;
            }
            if (length < 30) {
                return Kind.SHORT;
            }
            return Kind.NEAR;
        }

        private double classWeight(Element e) {
            if (!mode.weighClasses) {
                return 0;
            }
            double weight = 0;
            var cls = e.className();
            if (!cls.isBlank()) {
                if (Vocabulary.NEGATIVE.matcher(cls).find()) {
                    weight -= 25;
                }
                if (Vocabulary.POSITIVE.matcher(cls).find()) {
                    weight += 25;
                }
            }
            var id = e.id();
            if (!id.isBlank()) {
                if (Vocabulary.NEGATIVE.matcher(id).find()) {
                    weight -= 25;
                }
                if (Vocabulary.POSITIVE.matcher(id).find()) {
                    weight += 25;
                }
            }
            return weight;
        }

        private static boolean isAncestor(Element ancestor, Element e) {
            for (var p = e; p != null; p = p.parent()) {
                if (p == ancestor) {
                    return true;
                }
            }
            return false;
        }

        private static String normal(String s) {
            return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        }
    }
}
