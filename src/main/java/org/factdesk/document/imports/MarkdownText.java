package org.factdesk.document.imports;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown to reading text: one paragraph per line, headings and list items as paragraphs of their
 * own, emphasis reduced to its words, a link to its words and its web address. Raw HTML inside Markdown
 * is dropped, never run.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    /**
     * The reading text with the title a Markdown file gives itself: its first heading (of the highest
     * level it has), or none.
     */
    public static ImportedText read(String markdown) {
        var document = Parser.builder().build().parse(markdown);
        var best = new Heading[1];
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (best[0] == null || heading.getLevel() < best[0].getLevel()) {
                    best[0] = heading;
                }
            }
        });
        String title = null;
        if (best[0] != null) {
            var words = new StringBuilder();
            inline(best[0], words, false);
            title = words.toString().strip();
        }
        return new ImportedText(toText(markdown), title == null || title.isEmpty() ? null : title, null, null,
                java.util.List.of(), null, null);
    }

    public static String toText(String markdown) {
        var document = Parser.builder().build().parse(markdown);
        var out = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                block(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                block(heading);
            }

            @Override
            public void visit(ListItem item) {
                // A list item's paragraphs are its own blocks.
                visitChildren(item);
            }

            @Override
            public void visit(BlockQuote quote) {
                visitChildren(quote);
            }

            @Override
            public void visit(FencedCodeBlock code) {
                paragraphBreak();
                out.append(code.getLiteral().stripTrailing());
                paragraphBreak();
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                paragraphBreak();
                out.append(code.getLiteral().stripTrailing());
                paragraphBreak();
            }

            @Override
            public void visit(ThematicBreak thematicBreak) {
                paragraphBreak();
            }

            @Override
            public void visit(HtmlBlock html) {
                // Dropped: markup is not text.
            }

            private void block(Node node) {
                paragraphBreak();
                inline(node, out, true);
                paragraphBreak();
            }

            private void paragraphBreak() {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
            }
        });
        return out.toString().strip();
    }

    /** A block's words; with {@code links}, a link's target follows its words: "the report (https://…)". */
    private static void inline(Node node, StringBuilder out, boolean links) {
        for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof Code code) {
                out.append(code.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                out.append(' ');
            } else if (child instanceof HardLineBreak) {
                out.append(' ');
            } else if (child instanceof HtmlInline) {
                continue;
            } else if (child instanceof Image image) {
                inline(image, out, links);
            } else if (child instanceof Link link) {
                int start = out.length();
                inline(link, out, links);
                var target = link.getDestination();
                // The sources a text cites are what a fact-checker follows: the target stays, as words.
                if (links && target != null && target.matches("(?i)https?://\\S+")
                        && !out.substring(start).strip().equals(target)) {
                    out.append(" (").append(target).append(')');
                }
            } else {
                inline(child, out, links);
            }
        }
    }
}
