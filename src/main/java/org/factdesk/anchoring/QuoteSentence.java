package org.factdesk.anchoring;

/**
 * A short quote's sentence around it in the old text: the words before and after it, up to the
 * sentence's (or line's) ends. A moved sentence carries these words along; another sentence that happens
 * to share the quote and a few of its neighbours ("said", "The ministry") does not. Checked against one
 * new text.
 */
final class QuoteSentence {

    private final String before;
    private final String after;
    private final int beforeLength;
    private final int afterLength;
    private final CodePointText newText;

    private QuoteSentence(String before, String after, CodePointText newText) {
        this.before = before;
        this.after = after;
        this.beforeLength = CodePointText.lengthOf(before);
        this.afterLength = CodePointText.lengthOf(after);
        this.newText = newText;
    }

    /** The sentence around a quote, from the old text before and after it (each as far as was read). */
    static QuoteSentence of(String textBefore, String textAfter, CodePointText newText) {
        return new QuoteSentence(textBefore.substring(sentenceStart(textBefore)),
                textAfter.substring(0, sentenceEnd(textAfter)), newText);
    }

    /**
     * Whether a candidate at {@code start..end} is in this sentence: its whole context (given as a
     * score) is intact and lies within the sentence, or the new text has the sentence's words around it.
     * A context that reaches into the next or the last sentence does not do: sentences of a news story
     * often begin alike ("The ministry said…").
     */
    boolean holdsAt(int start, int end, double contextScore) {
        return contextScore >= 1.0 && beforeLength >= TextAnchor.CONTEXT && afterLength >= TextAnchor.CONTEXT
                || intactAt(start, end);
    }

    /** Whether the new text has exactly these words around a candidate at {@code start..end}. */
    boolean intactAt(int start, int end) {
        return start >= beforeLength && end + afterLength <= newText.length()
                && newText.slice(start - beforeLength, start).equals(before)
                && newText.slice(end, end + afterLength).equals(after);
    }

    /** Where the last sentence in this text before a quote begins (0 when it began before the text). */
    static int sentenceStart(String before) {
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (c == '\n' || Character.isWhitespace(c) && endsSentence(before, i - 1)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where the sentence a quote is in ends in this text after it, its closing mark included. */
    static int sentenceEnd(String after) {
        for (int i = 0; i < after.length(); i++) {
            char c = after.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (Character.isWhitespace(c) && endsSentence(after, i - 1)) {
                return i;
            }
        }
        return after.length();
    }

    /** Whether the character at {@code i} closes a sentence: . ! ? with any closing quotes or brackets. */
    private static boolean endsSentence(String text, int i) {
        while (i >= 0 && "\"'\u201D\u2019)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0;
    }
}
