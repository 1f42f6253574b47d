package org.factdesk.suggest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.factdesk.suggest.TextAnalysis.Token;
import org.jspecify.annotations.Nullable;

/**
 * How worth checking a sentence is, from 0 to 1: a logistic-regression (maximum entropy) model over
 * words, word pairs, parts of speech and signals such as numbers and comparisons, trained on
 * sentences that journalists did or did not fact-check (CLEF CheckThat! 2019, task 1; see NOTICE).
 *
 * <p>The shipped model is {@code models/checkworthiness.bin}; {@code java -jar factdesk.jar
 * train-checkworthiness} rebuilds it from the CSV.
 */
public final class CheckWorthiness {

    public static final String RESOURCE = "models/checkworthiness.bin";
    private static final String YES = "1";
    private static final String NO = "0";
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern YEAR = Pattern.compile("^(1[89]|20)\\d\\d$");
    private static final Set<String> COMPARISON = Set.of("more", "less", "fewer", "most", "least", "than", "highest",
            "lowest", "largest", "biggest", "smallest", "best", "worst", "record", "double", "doubled", "triple",
            "tripled", "half", "increase", "increased", "decrease", "decreased", "rose", "fell", "cut", "grew", "lost",
            "only", "every", "never", "always", "ever", "since", "percent", "million", "billion", "trillion");
    private static final Set<String> MONEY = Set.of("$", "dollars", "dollar", "tax", "taxes", "budget", "deficit", "debt",
            "jobs", "million", "billion", "trillion");

    /** One labelled sentence for training. */
    public record Example(List<Token> tokens, boolean checkWorthy) {
    }

    private static volatile @Nullable CheckWorthiness bundled;

    private final MaxentModel model;
    private final int yes;

    public CheckWorthiness(MaxentModel model) {
        this.model = model;
        this.yes = model.getIndex(YES);
    }

    /** The model that ships with Factdesk. */
    public static CheckWorthiness bundled() {
        var b = bundled;
        if (b == null) {
            synchronized (CheckWorthiness.class) {
                b = bundled;
                if (b == null) {
                    try (var in = CheckWorthiness.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("The check-worthiness model " + RESOURCE + " is missing");
                        }
                        b = new CheckWorthiness(read(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    bundled = b;
                }
            }
        }
        return b;
    }

    public double score(List<Token> tokens) {
        return model.eval(features(tokens))[yes];
    }

    static String[] features(List<Token> tokens) {
        var f = new LinkedHashSet<String>();
        String previous = "<s>";
        String previousTag = "<s>";
        int words = 0;
        boolean number = false;
        for (var t : tokens) {
            var w = t.lower();
            if (t.is("PUNCT") && !w.equals("$") && !w.equals("%")) {
                continue;
            }
            words++;
            f.add("w=" + w);
            f.add("b=" + previous + "_" + w);
            f.add("p=" + t.tag());
            f.add("pp=" + previousTag + "_" + t.tag());
            if (DIGIT.matcher(w).find() || t.is("NUM")) {
                number = true;
                if (YEAR.matcher(w).matches()) {
                    f.add("year");
                }
                if (w.endsWith("%")) {
                    f.add("percent");
                }
            }
            if (COMPARISON.contains(w)) {
                f.add("comparison");
            }
            if (MONEY.contains(w) || w.startsWith("$")) {
                f.add("money");
            }
            if (words == 1) {
                f.add("first=" + w);
            }
            previous = w;
            previousTag = t.tag();
        }
        if (number) {
            f.add("number");
        }
        f.add("len=" + (words < 5 ? "<5" : words < 10 ? "<10" : words < 20 ? "<20" : words < 30 ? "<30" : "30+"));
        return f.toArray(String[]::new);
    }

    /** Trains a model; the same examples in the same order give the same model. */
    public static MaxentModel train(List<Example> examples, double l2Cost, int iterations) throws IOException {
        var events = new ArrayList<Event>(examples.size());
        for (var e : examples) {
            events.add(new Event(e.checkWorthy() ? YES : NO, features(e.tokens())));
        }
        var params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        params.put(QNTrainer.L2COST_PARAM, l2Cost);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        var trainer = TrainerFactory.getEventTrainer(params, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    public static void write(MaxentModel model, OutputStream out) throws IOException {
        var buffer = new ByteArrayOutputStream();
        var writer = new GenericModelWriter((AbstractModel) model, new DataOutputStream(buffer));
        writer.persist();
        writer.close();
        out.write(buffer.toByteArray());
    }

    public static MaxentModel read(InputStream in) throws IOException {
        var bytes = in.readAllBytes();
        return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel();
    }
}
