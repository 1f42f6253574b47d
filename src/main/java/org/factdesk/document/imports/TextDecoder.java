package org.factdesk.document.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns uploaded bytes into text, refusing binary files and invalid UTF-8 rather than guessing. */
public final class TextDecoder {

    /** The largest upload accepted. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        return decode(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Decodes with a byte-order mark if there is one, else strictly with the given charset
     * (UTF-8 unless a page declares another).
     */
    public static String decode(byte[] bytes, Charset declared) {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException("file", "The file is " + (bytes.length / (1024 * 1024))
                    + " MB; at most 10 MB are accepted");
        }
        if (bytes.length == 0) {
            throw new ImportException("file", "The file is empty");
        }
        Charset charset = declared;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (looksBinary(bytes)) {
            throw new ImportException("file", "This looks like a binary file, not text. Upload a .txt, .md or "
                    + ".html file (a PDF or Word document must be saved as text first)");
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportException("file", "The file is not valid " + charset.name()
                    + " text. Save it as UTF-8 and upload it again");
        }
    }

    /** NUL bytes or many control characters mean a binary file (images, PDFs, archives). */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                control++;
            }
        }
        return control > sample / 20;
    }
}
