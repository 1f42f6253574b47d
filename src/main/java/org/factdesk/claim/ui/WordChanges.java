package org.factdesk.claim.ui;

import com.github.difflib.DiffUtils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words that differ between a claim's quote and the words it sits on after the text changed, so
 * the panel can show the reviewer what changed rather than only that something did. A word-level
 * diff (java-diff-utils, Myers' algorithm) over words and the spaces between them.
 */
final class WordChanges {

    enum Kind { SAME, REMOVED, ADDED }

    record Piece(String text, Kind kind) {
    }

    private WordChanges() {
    }

    /** The pieces of both texts in reading order: unchanged, then removed before added where they differ. */
    static List<Piece> between(String before, String after) {
        var a = tokens(before);
        var b = tokens(after);
        var pieces = new ArrayList<Piece>();
        int at = 0;
        for (var delta : DiffUtils.diff(a, b).getDeltas()) {
            var source = delta.getSource();
            add(pieces, String.join("", a.subList(at, source.getPosition())), Kind.SAME);
            add(pieces, String.join("", source.getLines()), Kind.REMOVED);
            add(pieces, String.join("", delta.getTarget().getLines()), Kind.ADDED);
            at = source.getPosition() + source.size();
        }
        add(pieces, String.join("", a.subList(at, a.size())), Kind.SAME);
        return pieces;
    }

    private static void add(List<Piece> pieces, String text, Kind kind) {
        if (!text.isEmpty()) {
            pieces.add(new Piece(text, kind));
        }
    }

    /** Words and the runs of space between them, so that joining the tokens gives the text back. */
    static List<String> tokens(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)"));
    }
}
