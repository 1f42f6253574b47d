package org.factdesk.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.factdesk.anchoring.CodePointText;
import org.springframework.stereotype.Component;

/**
 * Keeps recently used document texts in memory with their code-point index, so that creating a
 * claim on a long article does not read and index the whole text again. Revisions never change,
 * so an entry never goes stale; the least recently used go when the total passes the limit.
 */
@Component
class DocumentTextCache {

    private static final long MAX_CHARS = 64L * 1024 * 1024;

    private record Key(long documentId, int revision) {
    }

    private final Map<Key, CodePointText> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long chars;

    synchronized RevisionText get(long documentId, int revision, Supplier<String> loader) {
        var key = new Key(documentId, revision);
        var cached = entries.get(key);
        if (cached == null) {
            cached = new CodePointText(loader.get());
            entries.put(key, cached);
            chars += cached.text().length();
            var it = entries.entrySet().iterator();
            while (chars > MAX_CHARS && entries.size() > 1 && it.hasNext()) {
                var eldest = it.next();
                if (eldest.getKey().equals(key)) {
                    continue;
                }
                chars -= eldest.getValue().text().length();
                it.remove();
            }
        }
        return new RevisionText(documentId, revision, cached);
    }

    synchronized void forget(long documentId) {
        var it = entries.entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey().documentId() == documentId) {
                chars -= e.getValue().text().length();
                it.remove();
            }
        }
    }
}
