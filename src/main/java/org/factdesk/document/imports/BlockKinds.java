package org.factdesk.document.imports;

import java.util.List;
import org.factdesk.document.imports.TextBlocks.Block;
import org.jsoup.nodes.Element;

/**
 * What a block inside the article's container is judged to be, how short or middling blocks take
 * their neighbours' judgement, and what a tag says about a container.
 */
final class BlockKinds {

    /** SKIP is furniture inside the text (a caption, an "Advertisement" label): left out, and not a boundary. */
    enum Kind { GOOD, NEAR, SHORT, HEADING, BAD, SKIP }

    private BlockKinds() {
    }

    /** Short, middling blocks and headings take their class from their neighbours. */
    static void resolve(List<Block> chosen, List<Kind> kinds) {
        int n = kinds.size();
        var initial = List.copyOf(kinds);
        for (int i = 0; i < n; i++) {
            var k = initial.get(i);
            if (k == Kind.GOOD || k == Kind.BAD || k == Kind.SKIP) {
                continue;
            }
            var before = neighbour(initial, i, -1);
            var after = neighbour(initial, i, 1);
            switch (k) {
                case NEAR -> kinds.set(i, before == Kind.GOOD || after == Kind.GOOD ? Kind.GOOD : Kind.BAD);
                case SHORT -> {
                    if (before == Kind.GOOD && after == Kind.GOOD) {
                        kinds.set(i, Kind.GOOD);
                    } else if (before == Kind.GOOD || after == Kind.GOOD) {
                        kinds.set(i, sentence(chosen.get(i).text()) ? Kind.GOOD : Kind.BAD);
                    } else {
                        kinds.set(i, Kind.BAD);
                    }
                }
                case HEADING -> kinds.set(i, after == Kind.GOOD ? Kind.GOOD : Kind.BAD);
                default -> {
                }
            }
        }
    }

    /** The class of the nearest block that is neither short nor a heading, or BAD at either end. */
    static Kind neighbour(List<Kind> kinds, int from, int step) {
        for (int i = from + step; i >= 0 && i < kinds.size(); i += step) {
            var k = kinds.get(i);
            if (k == Kind.GOOD || k == Kind.BAD) {
                return k;
            }
            if (k == Kind.NEAR) {
                return Kind.GOOD;
            }
        }
        return Kind.BAD;
    }

    static boolean sentence(String text) {
        var t = text.strip();
        return t.split("\\s+").length >= 2 && t.matches("(?s).*[.!?\"”’)]$") && !t.endsWith("...") && !t.endsWith("…");
    }

    /** What an element's tag says about its chance of holding the article. */
    static double tagWeight(Element e) {
        return switch (e.normalName()) {
            case "article" -> 8;
            case "div", "main" -> 5;
            case "pre", "td", "blockquote", "section" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form", "aside", "nav", "footer" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th", "header" -> -5;
            default -> 0;
        };
    }
}
