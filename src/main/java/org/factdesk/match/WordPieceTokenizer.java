package org.factdesk.match;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * BERT's uncased WordPiece tokenizer, as the sentence encoder's {@code tokenizer.json} describes it
 * (Hugging Face's {@code BertNormalizer} with lower-casing, accents stripped and CJK characters split,
 * {@code BertPreTokenizer}, {@code WordPiece} with "##" continuations, {@code [CLS]} and {@code [SEP]}
 * around the text). Written here rather than taken from a library: Hugging Face's own tokenizer for Java
 * (DJL) is native code for four platforms, 18.7 MB of the jar, for what is a few string rules and a
 * dictionary; {@code WordPieceTokenizerTest} holds it to that tokenizer's output.
 */
final class WordPieceTokenizer {

    static final String CLS = "[CLS]";
    static final String SEP = "[SEP]";
    private static final String UNK = "[UNK]";
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;
    private final int maxTokens;

    /** {@code maxTokens}: the most ids {@link #truncatedInputIds} gives, {@code [CLS]} and {@code [SEP]} included. */
    WordPieceTokenizer(Map<String, Integer> vocabulary, int maxTokens) {
        if (maxTokens < 3) {
            throw new IllegalArgumentException("A tokenizer that keeps fewer than 3 tokens keeps no word: " + maxTokens);
        }
        this.vocabulary = Map.copyOf(vocabulary);
        this.unknown = id(UNK);
        this.maxTokens = maxTokens;
    }

    /**
     * Reads the vocabulary of a Hugging Face {@code tokenizer.json} whose model is WordPiece, and its
     * truncation ({@code truncation.max_length}; none there, no limit).
     */
    static WordPieceTokenizer read(InputStream tokenizerJson) throws IOException {
        var json = JsonMapper.shared().readTree(tokenizerJson);
        var model = json.path("model");
        if (!"WordPiece".equals(model.path("type").asString(""))) {
            throw new IOException("The tokenizer's model is not WordPiece: " + model.path("type"));
        }
        var vocabulary = new HashMap<String, Integer>();
        for (var entry : model.path("vocab").properties()) {
            vocabulary.put(entry.getKey(), entry.getValue().asInt());
        }
        return new WordPieceTokenizer(vocabulary, json.path("truncation").path("max_length").asInt(Integer.MAX_VALUE));
    }

    /** The most ids the model is given for one text, {@code [CLS]} and {@code [SEP]} included. */
    int maxTokens() {
        return maxTokens;
    }

    /** The model's input for a text: {@code [CLS]}, the ids of its first word pieces, {@code [SEP]}, cut as the tokenizer cuts. */
    long[] truncatedInputIds(String text) {
        var pieces = tokens(text);
        return inputIds(pieces.subList(0, Math.min(pieces.size(), maxTokens - 2)));
    }

    /** The text's word pieces, without {@code [CLS]} and {@code [SEP]}. */
    List<String> tokens(String text) {
        var pieces = new ArrayList<String>();
        for (var word : words(normalize(text))) {
            wordPieces(word, pieces);
        }
        return pieces;
    }

    int id(String token) {
        var id = vocabulary.get(token);
        if (id == null) {
            if (UNK.equals(token)) {
                throw new IllegalArgumentException("The vocabulary has no " + UNK);
            }
            return unknown;
        }
        return id;
    }

    /** The model's input for some word pieces: {@code [CLS]}, their ids, {@code [SEP]}. */
    long[] inputIds(List<String> pieces) {
        var ids = new long[pieces.size() + 2];
        ids[0] = id(CLS);
        for (int i = 0; i < pieces.size(); i++) {
            ids[i + 1] = id(pieces.get(i));
        }
        ids[ids.length - 1] = id(SEP);
        return ids;
    }

    /** Control characters out, white space as spaces, CJK ideographs apart, accents off, lower case. */
    static String normalize(String text) {
        var cleaned = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                return;
            }
            if (isWhitespace(cp)) {
                cleaned.append(' ');
            } else if (isCjk(cp)) {
                cleaned.append(' ').appendCodePoint(cp).append(' ');
            } else {
                cleaned.appendCodePoint(cp);
            }
        });
        var decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
        var out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                return;
            }
            if (cp < 128) {
                out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            } else {
                // one character at a time, as Hugging Face lower-cases (no final-sigma rule)
                out.append(Character.toString(cp).toLowerCase(Locale.ROOT));
            }
        });
        return out.toString();
    }

    /** Splits on white space, and each punctuation mark is a word of its own. */
    static List<String> words(String normalized) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        normalized.codePoints().forEach(cp -> {
            if (isWhitespace(cp)) {
                flush(word, words);
            } else if (isPunctuation(cp)) {
                flush(word, words);
                words.add(Character.toString(cp));
            } else {
                word.appendCodePoint(cp);
            }
        });
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** Longest pieces first from the word's start; a word with no such split is {@code [UNK]}. */
    private void wordPieces(String word, List<String> out) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            out.add(UNK);
            return;
        }
        var pieces = new ArrayList<String>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            String found = null;
            while (start < end) {
                var candidate = (start > 0 ? "##" : "") + word.substring(start, end);
                if (vocabulary.containsKey(candidate)) {
                    found = candidate;
                    break;
                }
                end -= Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 >= start ? 2 : 1;
            }
            if (found == null) {
                out.add(UNK);
                return;
            }
            pieces.add(found);
            start = end;
        }
        out.addAll(pieces);
    }

    /** Hugging Face's rule: tab, newline and return are white space; the other "other" categories are control. */
    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED -> true;
            default -> false;
        };
    }

    /** Unicode's White_Space property (Rust's {@code char::is_whitespace}). */
    private static boolean isWhitespace(int cp) {
        return (cp >= 9 && cp <= 13) || cp == 0x85 || Character.isSpaceChar(cp);
    }

    /** ASCII punctuation (symbols such as $ and ^ included, as BERT had it) or a Unicode punctuation category. */
    private static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** The CJK Unified Ideographs blocks BERT splits into single characters. */
    private static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B820 && cp <= 0x2CEAF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
