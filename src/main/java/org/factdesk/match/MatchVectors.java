package org.factdesk.match;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * The sentence vectors of the library entries ({@link VerifiedClaim#meaningText}: an imported
 * fact-check's title, else the claim), worked out once per text: a vector is used
 * while the hash of the text it encodes is the entry's, and encoded again after an edit. Vectors
 * encoded here are queued for the caller to keep ({@link #drainEncoded}); vectors kept from an earlier
 * run come back through {@link #putAll}. No Spring: the command line and the benchmark use it too.
 */
public final class MatchVectors {

    /** The model's name, kept beside each vector so that a change of model encodes everything again. */
    public static final String MODEL = "all-MiniLM-L6-v2-q";

    private final SentenceEncoder encoder;
    private final Map<String, Vector> vectors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Encoded> encoded = new ConcurrentLinkedQueue<>();

    /** A vector with the hash of its text, and the text itself once seen (to skip hashing it again). */
    private record Vector(long textHash, float[] values, @Nullable String text) {
    }

    /** A sentence vector of an entry's claim, with the hash of the text it encodes. */
    public record Encoded(String key, long textHash, float[] values) {

        public byte[] bytes() {
            var buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            buffer.asFloatBuffer().put(values);
            return buffer.array();
        }

        public static Encoded of(String key, long textHash, byte[] bytes) {
            var values = new float[bytes.length / 4];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
            return new Encoded(key, textHash, values);
        }
    }

    public MatchVectors(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    public SentenceEncoder encoder() {
        return encoder;
    }

    /** A 64-bit hash of a claim's text (the first eight bytes of its SHA-256). */
    public static long textHash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The vectors of these entries, in order; the missing ones are encoded now, in one call. */
    public List<float[]> of(List<VerifiedClaim> claims) {
        return of(claims, Integer.MAX_VALUE);
    }

    /**
     * The vectors of these entries, in order; of the missing ones only those among the first
     * {@code encodeFirst} entries are encoded now (in one call), the others are {@code null}.
     */
    public List<@Nullable float[]> of(List<VerifiedClaim> claims, int encodeFirst) {
        var result = new ArrayList<@Nullable float[]>(claims.size());
        var missing = new ArrayList<Integer>();
        var hashes = new long[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            var claim = claims.get(i);
            var vector = vectors.get(claim.key());
            if (vector != null && vector.text() == claim.meaningText()) { // the very text it was checked against
                result.add(vector.values());
                continue;
            }
            hashes[i] = textHash(claim.meaningText());
            if (vector != null && vector.textHash() == hashes[i]) {
                vectors.put(claim.key(), new Vector(hashes[i], vector.values(), claim.meaningText()));
                result.add(vector.values());
            } else {
                result.add(null);
                if (i < encodeFirst) {
                    missing.add(i);
                }
            }
        }
        if (!missing.isEmpty()) {
            var fresh = encoder.encode(missing.stream().map(i -> claims.get(i).meaningText()).toList());
            for (int j = 0; j < missing.size(); j++) {
                int i = missing.get(j);
                var key = claims.get(i).key();
                result.set(i, fresh.get(j));
                vectors.put(key, new Vector(hashes[i], fresh.get(j), claims.get(i).meaningText()));
                encoded.add(new Encoded(key, hashes[i], fresh.get(j)));
            }
        }
        return result;
    }

    /** Takes vectors kept from an earlier run (those of another text are replaced when next needed). */
    public void putAll(Collection<Encoded> known) {
        for (var vector : known) {
            vectors.put(vector.key(), new Vector(vector.textHash(), vector.values(), null));
        }
    }

    /** Forgets the vectors of these entries (they left the library). */
    public void removeAll(Collection<String> keys) {
        keys.forEach(vectors::remove);
    }

    /** Vectors drained that could not be kept: they are drained again next time. */
    public void requeue(Collection<Encoded> notKept) {
        encoded.addAll(notKept);
    }

    /** The vectors encoded since the last call, for the caller to keep. */
    public List<Encoded> drainEncoded() {
        var drained = new ArrayList<Encoded>();
        Encoded next;
        while ((next = encoded.poll()) != null) {
            drained.add(next);
        }
        return drained;
    }

    /** Up to {@code max} of these entries whose claim has no current vector (to encode ahead of questions). */
    public List<VerifiedClaim> missing(Collection<VerifiedClaim> entries, int max) {
        var found = new ArrayList<VerifiedClaim>();
        for (var entry : entries) {
            var vector = vectors.get(entry.key());
            if (vector != null && vector.text() == entry.meaningText()) {
                continue;
            }
            if (vector != null && vector.textHash() == textHash(entry.meaningText())) {
                // a kept vector of this very text: remember the text, so it is not hashed again next time
                vectors.replace(entry.key(), vector, new Vector(vector.textHash(), vector.values(), entry.meaningText()));
                continue;
            }
            found.add(entry);
            if (found.size() == max) {
                break;
            }
        }
        return found;
    }

    public int size() {
        return vectors.size();
    }
}
