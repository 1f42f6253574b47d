package org.factdesk.document.imports;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders HTML as reading text: one paragraph per line, white space collapsed, and nothing that is
 * not text (scripts, styles, forms, embedded objects) ever included. Markup never survives: the
 * result is plain text and is shown as text.
 */
public final class HtmlText {

    static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg", "canvas",
            "object", "embed", "button", "input", "select", "textarea", "option", "head", "title", "meta", "link",
            "video", "audio", "map", "math", "dialog");

    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
            "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "caption", "hr", "address", "details",
            "summary", "form", "fieldset", "center", "body", "html");

    private HtmlText() {
    }

    /** The text of an element and its descendants, a paragraph per line. */
    public static String of(Element root) {
        var out = new StringBuilder();
        render(root, out);
        return tidy(out);
    }

    private static void render(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            appendCollapsed(text.getWholeText(), out);
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        var tag = element.normalName();
        if (NEVER_TEXT.contains(tag) || element.hasAttr("hidden")
                || element.attr("aria-hidden").equals("true") && !tag.equals("span")) {
            return;
        }
        if (tag.equals("br")) {
            out.append('\n');
            return;
        }
        if (tag.equals("td") || tag.equals("th")) {
            out.append(' ');
        }
        if (tag.equals("img")) {
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            out.append('\n');
        }
        if (tag.equals("pre")) {
            out.append(element.wholeText().strip().replaceAll("\n{2,}", "\n"));
        } else {
            for (var child : element.childNodes()) {
                render(child, out);
            }
        }
        if (block) {
            out.append('\n');
        }
    }

    private static void appendCollapsed(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    /** Trims each line and drops empty ones: paragraphs are separated by exactly one newline. */
    static String tidy(CharSequence raw) {
        var result = new StringBuilder(raw.length());
        for (var line : raw.toString().split("\n")) {
            var t = line.strip();
            if (!t.isEmpty()) {
                if (result.length() > 0) {
                    result.append('\n');
                }
                result.append(t);
            }
        }
        return result.toString();
    }
}
