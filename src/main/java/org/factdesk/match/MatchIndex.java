package org.factdesk.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The library of verified claims as a Lucene index in memory: BM25 over the claim as the
 * fact-checker worded it and over the fact-check's title (English analysis: stop words, Porter
 * stems), giving candidates with the features a re-ranker weighs. Entries can be added, replaced and
 * removed while searches run. No Spring: the command line and the benchmark use it too.
 */
public final class MatchIndex implements AutoCloseable {

    /** How many BM25 candidates are re-ranked (fixed in advance, not tuned on any split). */
    public static final int CANDIDATES = 50;

    static final String KEY = "key";
    static final String CLAIM = "claim";
    static final String TITLE = "title";
    static final String ALL = "all";

    /** The re-ranker's features, in order (their names are the model's context). */
    public static final List<String> FEATURES = List.of("bm25_all_rel", "bm25_all_log", "bm25_claim_rel",
            "bm25_title_rel", "rank_recip", "stem_jaccard", "claim_covered", "bigram_covered", "numbers_shared",
            "numbers_missing", "names_shared", "title_jaccard");

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** A capitalised word or an acronym: a name, unless it starts a sentence. */
    private static final Pattern NAME = Pattern.compile("\\b([A-Z][a-zA-Z]+|[A-Z]{2,})\\b");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:\"]\\s+)$");

    /**
     * Lucene's BM25 with its usual k1 = 1.2, b = 0.75: on the training split (never dev) b from 0.2 to
     * 0.75 and k1 from 0.8 to 2.0 moved MAP@5 by less than 0.01, so the defaults stay.
     */
    static final org.apache.lucene.search.similarities.Similarity SIMILARITY =
            new org.apache.lucene.search.similarities.BM25Similarity(1.2f, 0.75f);

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final QueryBuilder queries = new QueryBuilder(analyzer);
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, VerifiedClaim> entries = new ConcurrentHashMap<>();
    /** What a text is made of, for the overlap features. */
    record Profile(Set<String> stems, Set<String> bigrams, Set<String> numbers, Set<String> names) {
    }

    /** One candidate for a query, with its features. */
    public record Candidate(VerifiedClaim claim, int rank, double bm25, double[] features) {
    }

    public MatchIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(SIMILARITY)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, new org.apache.lucene.search.SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                        org.apache.lucene.index.IndexReader previous) {
                    var searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(SIMILARITY);
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return entries.size();
    }

    public @Nullable VerifiedClaim get(String key) {
        return entries.get(key);
    }

    /** Adds entries, or replaces those with the same key; visible to searches after {@link #refresh}. */
    public synchronized void putAll(Collection<VerifiedClaim> claims) {
        try {
            for (var claim : claims) {
                var doc = new Document();
                doc.add(new StringField(KEY, claim.key(), Field.Store.YES));
                doc.add(new TextField(CLAIM, claim.claim(), Field.Store.NO));
                var title = claim.title() == null ? "" : claim.title();
                doc.add(new TextField(TITLE, title, Field.Store.NO));
                doc.add(new TextField(ALL, claim.claim() + "\n" + title, Field.Store.NO));
                writer.updateDocument(new Term(KEY, claim.key()), doc);
                entries.put(claim.key(), claim);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void put(VerifiedClaim claim) {
        putAll(List.of(claim));
    }

    /** Removes the entries with these keys (unknown keys are ignored). */
    public synchronized void removeAll(Collection<String> keys) {
        try {
            for (var key : keys) {
                writer.deleteDocuments(new Term(KEY, key));
                entries.remove(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries, for going through all of them (a live view). */
    public Collection<VerifiedClaim> entries() {
        return java.util.Collections.unmodifiableCollection(entries.values());
    }

    /** Makes what was added or removed visible to searches. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The BM25 candidates for a text (cleaned first, see {@link QueryText}) with their features. */
    public List<Candidate> candidates(String text, int depth) {
        return candidates(text, depth, true);
    }

    /**
     * The BM25 candidates for a text; with {@code features} false, without the re-ranker's features
     * (an empty array): no field searches and no text profiles, for a ranker that reads none.
     */
    public List<Candidate> candidates(String text, int depth, boolean features) {
        var cleaned = QueryText.clean(text);
        var all = query(ALL, cleaned);
        if (all == null) {
            return List.of();
        }
        try {
            var searcher = searchers.acquire();
            try {
                var top = searcher.search(all, depth);
                if (top.scoreDocs.length == 0) {
                    return List.of();
                }
                var stored = searcher.storedFields();
                var keys = new ArrayList<String>();
                for (var hit : top.scoreDocs) {
                    keys.add(stored.document(hit.doc).get(KEY));
                }
                if (!features) {
                    var plain = new ArrayList<Candidate>(keys.size());
                    for (int i = 0; i < keys.size(); i++) {
                        var entry = entries.get(keys.get(i));
                        if (entry != null) {
                            plain.add(new Candidate(entry, i, top.scoreDocs[i].score, new double[0]));
                        }
                    }
                    return plain;
                }
                var claimScores = fieldScores(searcher, CLAIM, cleaned, depth * 4);
                var titleScores = fieldScores(searcher, TITLE, cleaned, depth * 4);
                double maxAll = top.scoreDocs[0].score;
                double maxClaim = claimScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
                double maxTitle = titleScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
                var query = profile(cleaned);
                var queryStems = query.stems();
                var result = new ArrayList<Candidate>(keys.size());
                for (int i = 0; i < keys.size(); i++) {
                    var entry = entries.get(keys.get(i));
                    if (entry == null) {
                        continue; // removed since the searcher was opened
                    }
                    // Worked out for the few candidates only: kept for every entry, they would cost more memory
                    // than the index itself.
                    var title = entry.title() == null ? "" : entry.title();
                    var p = profile(entry.claim() + "\n" + title);
                    double score = top.scoreDocs[i].score;
                    var f = new double[FEATURES.size()];
                    f[0] = score / maxAll;
                    f[1] = Math.log1p(score);
                    f[2] = claimScores.getOrDefault(keys.get(i), 0.0) / maxClaim;
                    f[3] = titleScores.getOrDefault(keys.get(i), 0.0) / maxTitle;
                    f[4] = 1.0 / (1 + i);
                    f[5] = jaccard(queryStems, p.stems());
                    f[6] = covered(p.stems(), queryStems);
                    f[7] = covered(p.bigrams(), query.bigrams());
                    f[8] = covered(p.numbers(), query.numbers());
                    f[9] = p.numbers().isEmpty() || query.numbers().isEmpty() ? 0
                            : intersects(p.numbers(), query.numbers()) ? 0 : 1;
                    f[10] = covered(p.names(), query.names());
                    f[11] = jaccard(queryStems, stems(title));
                    result.add(new Candidate(entry, i, score, f));
                }
                return result;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable Query query(String field, String text) {
        return queries.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
    }

    private Map<String, Double> fieldScores(IndexSearcher searcher, String field, String text, int depth)
            throws IOException {
        var scores = new HashMap<String, Double>();
        var query = query(field, text);
        if (query == null) {
            return scores;
        }
        var stored = searcher.storedFields();
        for (var hit : searcher.search(query, depth).scoreDocs) {
            scores.put(stored.document(hit.doc).get(KEY), (double) hit.score);
        }
        return scores;
    }

    Profile profile(String text) {
        var stems = new ArrayList<String>();
        try (var stream = analyzer.tokenStream(ALL, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var bigrams = new HashSet<String>();
        for (int i = 1; i < stems.size(); i++) {
            bigrams.add(stems.get(i - 1) + " " + stems.get(i));
        }
        var numbers = numbers(text);
        var names = new HashSet<String>();
        NAME.matcher(text).results()
                .filter(m -> !SENTENCE_START.matcher(text.substring(Math.max(0, m.start() - 3), m.start())).find())
                .forEach(m -> names.add(m.group(1).toLowerCase(Locale.ROOT)));
        return new Profile(new LinkedHashSet<>(stems), bigrams, numbers, names);
    }

    /** The numbers a text states, "100,000" and "100000" alike. */
    static Set<String> numbers(String text) {
        var found = new HashSet<String>();
        NUMBER.matcher(text).results().forEach(m -> found.add(m.group().replace(",", "")));
        return found;
    }

    private Set<String> stems(String text) {
        return profile(text).stems();
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (var x : a) {
            if (b.contains(x)) {
                shared++;
            }
        }
        return shared / (double) (a.size() + b.size() - shared);
    }

    /** The share of {@code of} that {@code in} holds. */
    private static double covered(Set<String> of, Set<String> in) {
        if (of.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (var x : of) {
            if (in.contains(x)) {
                shared++;
            }
        }
        return shared / (double) of.size();
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (var x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
