package org.factdesk.document.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * A page's body cut into text blocks: the runs of text between block-level tags, each with the
 * element that holds it, how much of it is link text, and what surrounds it (a heading, a figure,
 * a container whose class says it is not the article). One pass over the tree, so that scoring
 * never re-reads a subtree.
 */
final class TextBlocks {

    /** Tags that start a new block of text. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
            "nav", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr", "address",
            "details", "summary", "form", "fieldset", "legend", "center", "body", "menu", "picture");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Inline elements that only show on hover or to screen readers: their text is not part of the sentence around them. */
    private static final Pattern INLINE_EXTRA = Pattern.compile(
            "(?i)tool-?tip|hover-?card|popover|sr-only|visually-?hidden|screen-?reader|a11y|offscreen|off-screen");

    /** One run of text. */
    static final class Block {
        final Element owner;
        int index;
        final StringBuilder text = new StringBuilder();
        int linkChars;
        boolean heading;
        boolean figure;
        boolean pre;
        boolean listItem;
        boolean quote;
        /** Elements around this block (below body) whose class or id say they are unlikely to be the article. */
        final List<Element> unlikely;
        /** Elements around this block (below body) whose class, id, role or tag say they are not article text. */
        final List<Element> negative;
        /** The owner and its ancestors up to body. */
        final Element[] chain;

        Block(Element owner, List<Element> unlikely, List<Element> negative, Element[] chain) {
            this.owner = owner;
            this.unlikely = unlikely;
            this.negative = negative;
            this.chain = chain;
        }

        int length() {
            return text.length();
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1, (double) linkChars / text.length());
        }

        int commas() {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                    n++;
                }
            }
            return n;
        }

        String text() {
            return text.toString().strip();
        }

        @Override
        public String toString() {
            return owner.normalName() + ": " + text();
        }
    }

    private TextBlocks() {
    }

    static List<Block> of(Element body) {
        var builder = new Builder(body);
        NodeTraversor.filter(builder, body);
        builder.flush();
        return builder.blocks;
    }

    /**
     * An inline element holding a picture and two or more links and no text of its own: a card that
     * shows when the pointer rests on a name (a person's photo and their latest stories), not part of
     * the sentence it sits in.
     */
    static boolean isInlineCard(Element e) {
        if (e.normalName().equals("a") || e.selectFirst("img, picture") == null) {
            return false;
        }
        var links = e.select("a[href]");
        if (links.size() < 2) {
            return false;
        }
        int linkText = links.stream().mapToInt(a -> a.text().length()).sum();
        return linkText >= e.text().length() * 0.9;
    }

    static boolean isUnlikely(Element e) {
        return Vocabulary.UNLIKELY.matcher(marker(e)).find() && !Vocabulary.MAYBE.matcher(marker(e)).find()
                || Vocabulary.UNLIKELY_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT));
    }

    static boolean isNegative(Element e) {
        var tag = e.normalName();
        if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("form")) {
            return true;
        }
        return Vocabulary.NEGATIVE.matcher(marker(e)).find()
                || Vocabulary.UNLIKELY_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT));
    }

    static String marker(Element e) {
        return e.className() + " " + e.id();
    }

    private static final class Builder implements NodeFilter {
        final Element body;
        final List<Block> blocks = new ArrayList<>();
        final ArrayList<Element> owners = new ArrayList<>();
        final ArrayList<Element> unlikely = new ArrayList<>();
        final ArrayList<Element> negative = new ArrayList<>();
        int links;
        int headings;
        int figures;
        int pres;
        int items;
        int quotes;
        @Nullable Block current;

        Builder(Element body) {
            this.body = body;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            var tag = e.normalName();
            if (HtmlText.NEVER_TEXT.contains(tag) || tag.equals("img")) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                if (current != null) {
                    current.text.append('\n');
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean block = BLOCK_TAGS.contains(tag);
            if (!block && e != body && (INLINE_EXTRA.matcher(marker(e)).find() || isInlineCard(e))) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (block) {
                flush();
                owners.add(e);
            }
            if (e != body) {
                if (isUnlikely(e)) {
                    unlikely.add(e);
                }
                if (isNegative(e)) {
                    negative.add(e);
                }
            }
            switch (tag) {
                case "a" -> links++;
                case "figure", "figcaption", "picture" -> figures++;
                case "pre" -> pres++;
                case "li", "dd", "dt" -> items++;
                case "blockquote", "q" -> quotes++;
                default -> {
                    if (HEADINGS.contains(tag)) {
                        headings++;
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            var tag = e.normalName();
            switch (tag) {
                case "a" -> links--;
                case "figure", "figcaption", "picture" -> figures--;
                case "pre" -> pres--;
                case "li", "dd", "dt" -> items--;
                case "blockquote", "q" -> quotes--;
                default -> {
                    if (HEADINGS.contains(tag)) {
                        headings--;
                    }
                }
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                owners.removeLast();
            } else if (tag.equals("td") || tag.equals("th")) {
                append(" ");
            }
            if (!unlikely.isEmpty() && unlikely.getLast() == e) {
                unlikely.removeLast();
            }
            if (!negative.isEmpty() && negative.getLast() == e) {
                negative.removeLast();
            }
            return FilterResult.CONTINUE;
        }

        private void append(String raw) {
            if (owners.isEmpty()) {
                return;
            }
            if (current == null) {
                if (raw.isBlank()) {
                    return;
                }
                var owner = owners.getLast();
                var chain = new ArrayList<Element>();
                for (Element e = owner; e != null; e = e.parent()) {
                    chain.add(e);
                    if (e == body) {
                        break;
                    }
                }
                current = new Block(owner, List.copyOf(unlikely), List.copyOf(negative),
                        chain.toArray(Element[]::new));
                current.heading = headings > 0;
                current.figure = figures > 0;
                current.pre = pres > 0;
                current.listItem = items > 0;
                current.quote = quotes > 0;
            }
            var out = current.text;
            int before = out.length();
            if (pres > 0) {
                out.append(raw);
            } else {
                for (int i = 0; i < raw.length(); i++) {
                    char c = raw.charAt(i);
                    if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
                        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                            out.append(' ');
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
            if (links > 0) {
                current.linkChars += out.length() - before;
            }
        }

        void flush() {
            var b = current;
            current = null;
            if (b == null) {
                return;
            }
            var tidy = HtmlText.tidy(b.text);
            if (tidy.isEmpty()) {
                return;
            }
            b.text.setLength(0);
            b.text.append(tidy);
            b.linkChars = Math.min(b.linkChars, tidy.length());
            b.index = blocks.size();
            blocks.add(b);
        }
    }

    /** Words in class names and ids that say what a part of a page is. */
    static final class Vocabulary {
        /** Containers that are rarely the article: left out when looking for it, unless {@link #MAYBE} also matches. */
        static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|\\bads?\\b|advert|banner|breadcrumb|combx|comment|"
                + "community|cover-wrap|disqus|extra|footer|gdpr|cookie|consent|header|legends|menu|related|remark|"
                + "replies|rss|shoutbox|sidebar|side-bar|skyscraper|social|sponsor|supplemental|agegate|pagination|"
                + "pager|popup|modal|newsletter|subscribe|signup|paywall|masthead|navbar|\\bnav\\b|outbrain|taboola|"
                + "recirc|recommend|trending|most-?read|most-?popular|promo");
        /** Words that keep a container in the running even if {@link #UNLIKELY} matches. */
        static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|story|entry|post-?text");
        /** Containers likely to hold the article. */
        static final Pattern POSITIVE = Pattern.compile(
                "(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|narrative");
        /** Containers that are not article text: asides, captions, sharing, promotion, navigation. */
        static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|\\bads?\\b|\\bad-|advert|hidden|\\bhid\\b|banner|combx|"
                + "comment|\\bcom-|contact|footer|gdpr|cookie|consent|masthead|\\bmedia\\b|\\bmeta\\b|outbrain|taboola|"
                + "promo|related|scroll|share|sharing|shoutbox|sidebar|side-bar|skyscraper|sponsor|shopping|\\btags?\\b|"
                + "tag-?list|widget|caption|credit|newsletter|subscribe|signup|sign-up|paywall|social|recirc|recommend|"
                + "trending|most-?read|most-?popular|more-?stories|read-?more|see-?also|breadcrumb|byline|author-?bio|"
                + "\\bbio\\b|toolbar|\\bprint\\b|rating|disqus|popup|modal|\\bnav\\b|navbar|menu|pagination|pager|"
                + "inline-?(?:ad|promo|related)|embed|video|gallery|slideshow|carousel|tooltip|login|donate|teaser");
        /** ARIA roles of parts that are not the article. */
        static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
                "alertdialog", "dialog", "banner", "contentinfo", "search");

        private Vocabulary() {
        }
    }
}
