package org.factdesk.match;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Orders a query's candidates. {@link #bm25()} keeps Lucene's order; {@link #train} learns a
 * logistic-regression (maximum entropy, OpenNLP) ranker over the candidates' features from queries
 * whose right match is known: the probability that a candidate is the right one is its score.
 */
public interface MatchRanker {

    double score(MatchIndex.Candidate candidate);

    /** Whether the ranker reads the candidates' features (else they are not worked out). */
    default boolean readsFeatures() {
        return true;
    }

    /** Lucene's BM25 score over claim and title: what Factdesk uses until a ranker is trained. */
    static MatchRanker bm25() {
        return Bm25.INSTANCE;
    }

    /** Keeps Lucene's order and reads no feature. */
    enum Bm25 implements MatchRanker {
        INSTANCE;

        @Override
        public double score(MatchIndex.Candidate candidate) {
            return candidate.bm25();
        }

        @Override
        public boolean readsFeatures() {
            return false;
        }
    }

    /** A query with the keys of the library entries that verify it. */
    record Labelled(String text, Set<String> relevant) {
    }

    /**
     * Trains a ranker on labelled queries: each query's top {@link MatchIndex#CANDIDATES} BM25
     * candidates are examples, the right ones positive. The regularisation is fixed in advance
     * (no L1, OpenNLP's default L2 of the quasi-Newton trainer), not chosen on any measured split.
     */
    static Trained train(MatchIndex index, List<Labelled> queries) throws IOException {
        var events = new ArrayList<Event>();
        var names = MatchIndex.FEATURES.toArray(String[]::new);
        for (var query : queries) {
            for (var candidate : index.candidates(query.text(), MatchIndex.CANDIDATES)) {
                events.add(new Event(query.relevant().contains(candidate.claim().key()) ? Trained.YES : Trained.NO,
                        names, Trained.values(candidate)));
            }
        }
        var params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, 300);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        // The features are real values: the default indexer would read each as present or absent.
        params.put(opennlp.tools.ml.AbstractEventTrainer.DATA_INDEXER_PARAM,
                opennlp.tools.ml.AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        var model = TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
        return new Trained(model);
    }

    /** A trained ranker; it can be written to bytes and read back. */
    final class Trained implements MatchRanker {

        static final String YES = "1";
        static final String NO = "0";
        private static final String[] NAMES = MatchIndex.FEATURES.toArray(String[]::new);

        private final MaxentModel model;
        private final int yes;

        Trained(MaxentModel model) {
            this.model = model;
            this.yes = model.getIndex(YES);
        }

        static float[] values(MatchIndex.Candidate candidate) {
            var f = candidate.features();
            var values = new float[f.length];
            for (int i = 0; i < f.length; i++) {
                values[i] = (float) f[i];
            }
            return values;
        }

        @Override
        public double score(MatchIndex.Candidate candidate) {
            return model.eval(NAMES, values(candidate))[yes];
        }

        public byte[] toBytes() throws IOException {
            var bytes = new ByteArrayOutputStream();
            try (var out = new DataOutputStream(bytes)) {
                new GenericModelWriter((AbstractModel) model, out).persist();
            }
            return bytes.toByteArray();
        }

        public static Trained fromBytes(byte[] bytes) throws IOException {
            var reader = new GenericModelReader(new BinaryFileDataReader(new DataInputStream(
                    new ByteArrayInputStream(bytes))));
            return new Trained(reader.getModel());
        }
    }
}
