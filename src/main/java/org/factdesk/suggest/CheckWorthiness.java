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
    private final Set<Family> families;
    private final int yes;

    public CheckWorthiness(MaxentModel model) {
        this(model, SHIPPED);
    }

    /** A model trained on the given families of features. */
    public CheckWorthiness(MaxentModel model, Set<Family> families) {
        this.model = model;
        this.families = Set.copyOf(families);
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
        return model.eval(features(tokens, families))[yes];
    }

    /**
     * Why the model scores a sentence high: the features of the sentence that push its score up the
     * most (the feature's weight for "worth checking" less its weight for "not"), in words a reader
     * understands, strongest first, at most {@code max}. Parts of speech and pairs of them are left out:
     * they explain nothing to a reader.
     */
    public List<String> reasons(List<Token> tokens, int max) {
        var weights = weights();
        var ranked = new ArrayList<java.util.Map.Entry<String, Double>>();
        for (var feature : features(tokens, families)) {
            var w = weights.get(feature);
            var label = w == null ? null : label(feature);
            if (label != null && w > 0) {
                ranked.add(java.util.Map.entry(label, w));
            }
        }
        ranked.sort(java.util.Map.Entry.<String, Double>comparingByValue().reversed());
        return ranked.stream().map(java.util.Map.Entry::getKey).distinct().limit(max).toList();
    }

    private volatile java.util.@Nullable Map<String, Double> weights;

    /** Each feature's weight for "worth checking" less its weight for "not worth checking". */
    @SuppressWarnings("unchecked")
    private java.util.Map<String, Double> weights() {
        var w = weights;
        if (w == null) {
            var data = ((AbstractModel) model).getDataStructures();
            var contexts = (java.util.Map<String, opennlp.tools.ml.model.Context>) data[1];
            int no = model.getIndex(NO);
            var map = new java.util.HashMap<String, Double>(contexts.size() * 2);
            contexts.forEach((feature, context) -> {
                double difference = 0;
                var outcomes = context.getOutcomes();
                var parameters = context.getParameters();
                for (int i = 0; i < outcomes.length; i++) {
                    difference += outcomes[i] == yes ? parameters[i] : outcomes[i] == no ? -parameters[i] : 0;
                }
                map.put(feature, difference);
            });
            w = java.util.Map.copyOf(map);
            weights = w;
        }
        return w;
    }

    /** A feature in a reader's words, or null for those that explain nothing. */
    static @Nullable String label(String feature) {
        if (feature.startsWith("w=")) {
            return "the word \u201C" + feature.substring(2) + "\u201D";
        }
        if (feature.startsWith("b=")) {
            var pair = feature.substring(2).split("_", 2);
            return pair[0].equals("<s>") ? "starts with \u201C" + pair[1] + "\u201D"
                    : "the words \u201C" + pair[0] + " " + pair[1] + "\u201D";
        }
        if (feature.startsWith("first=")) {
            return "starts with \u201C" + feature.substring(6) + "\u201D";
        }
        if (feature.startsWith("names=")) {
            return feature.equals("names=0") ? null : "names people, places or bodies";
        }
        if (feature.startsWith("len=")) {
            return feature.equals("len=30+") || feature.equals("len=<30") ? "a long sentence" : null;
        }
        return switch (feature) {
            case "number" -> "a number";
            case "year" -> "a year";
            case "percent" -> "a percentage";
            case "comparison" -> "a comparison or change";
            case "money" -> "money, taxes or jobs";
            case "promise" -> "a first-person promise";
            case "hedge" -> "an opinion word";
            case "past" -> "reports what happened";
            case "superlative" -> "a superlative";
            case "number-unit" -> "a number with what it counts";
            default -> null;
        };
    }

    /**
     * Groups of features. {@link #WORDS} and {@link #PAIRS} are the words of one debate's vocabulary;
     * the others describe the sentence's form (parts of speech, numbers, comparisons, names, tense,
     * promises, hedges), which is what should carry over to text on other subjects.
     */
    public enum Family {
        /** Each word. */
        WORDS,
        /** Each pair of neighbouring words. */
        PAIRS,
        /** Each part of speech and pair of them. */
        TAGS,
        /** Numbers, years, percentages, money, comparison words, the first word, the length. */
        SIGNALS,
        /** Names, past tense, first-person promises, hedges, questions, superlatives, numbers with units. */
        FORM
    }

    /** The families the shipped model uses: chosen on the older debates (see CheckWorthinessEvaluation). */
    public static final Set<Family> SHIPPED = java.util.EnumSet.allOf(Family.class);

    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "said", "made", "went", "got", "took",
            "gave", "came", "lost", "won", "paid", "left", "became", "grew", "fell", "rose", "voted", "passed", "signed");
    private static final Set<String> HEDGES = Set.of("think", "believe", "maybe", "perhaps", "probably", "guess", "hope",
            "feel", "might", "could", "possibly", "seems");
    private static final Set<String> PROMISES = Set.of("will", "'ll", "’ll", "going", "gonna", "plan", "propose", "want");
    private static final Set<String> UNITS = Set.of("percent", "%", "million", "billion", "trillion", "thousand", "hundred",
            "dollars", "people", "jobs", "years", "times", "points", "americans", "workers", "votes", "tons", "miles");

    static String[] features(List<Token> tokens) {
        return features(tokens, SHIPPED);
    }

    static String[] features(List<Token> tokens, Set<Family> families) {
        var f = new LinkedHashSet<String>();
        String previous = "<s>";
        String previousTag = "<s>";
        int words = 0;
        int names = 0;
        boolean number = false;
        boolean firstPerson = false;
        for (var t : tokens) {
            var w = t.lower();
            if (t.is("PUNCT") && !w.equals("$") && !w.equals("%")) {
                if (w.equals("?") && families.contains(Family.FORM)) {
                    f.add("question");
                }
                continue;
            }
            words++;
            if (families.contains(Family.WORDS)) {
                f.add("w=" + w);
            }
            if (families.contains(Family.PAIRS)) {
                f.add("b=" + previous + "_" + w);
            }
            if (families.contains(Family.TAGS)) {
                f.add("p=" + t.tag());
                f.add("pp=" + previousTag + "_" + t.tag());
            }
            boolean numeric = DIGIT.matcher(w).find() || t.is("NUM");
            if (numeric) {
                number = true;
                if (families.contains(Family.SIGNALS)) {
                    if (YEAR.matcher(w).matches()) {
                        f.add("year");
                    }
                    if (w.endsWith("%")) {
                        f.add("percent");
                    }
                }
            }
            if (families.contains(Family.SIGNALS)) {
                if (COMPARISON.contains(w)) {
                    f.add("comparison");
                }
                if (MONEY.contains(w) || w.startsWith("$")) {
                    f.add("money");
                }
                if (words == 1) {
                    f.add("first=" + w);
                }
            }
            if (families.contains(Family.FORM)) {
                if (t.is("PROPN")) {
                    names++;
                }
                if (w.equals("i") || w.equals("we")) {
                    firstPerson = true;
                } else if (firstPerson && PROMISES.contains(w)) {
                    f.add("promise");
                }
                if (HEDGES.contains(w)) {
                    f.add("hedge");
                }
                if (PAST.contains(w) || t.is("VERB") && w.endsWith("ed")) {
                    f.add("past");
                }
                if (t.is("ADJ", "ADV") && (w.endsWith("est") && w.length() > 5 || previous.equals("most"))) {
                    f.add("superlative");
                }
                if (UNITS.contains(w) && (previousTag.equals("NUM") || DIGIT.matcher(previous).find())) {
                    f.add("number-unit");
                }
            }
            previous = w;
            previousTag = t.tag();
        }
        if (families.contains(Family.SIGNALS)) {
            if (number) {
                f.add("number");
            }
            f.add("len=" + (words < 5 ? "<5" : words < 10 ? "<10" : words < 20 ? "<20" : words < 30 ? "<30" : "30+"));
        }
        if (families.contains(Family.FORM)) {
            f.add("names=" + Math.min(names, 3));
        }
        if (f.isEmpty()) {
            f.add("empty");
        }
        return f.toArray(String[]::new);
    }

    /** Trains a model; the same examples in the same order give the same model. */
    public static MaxentModel train(List<Example> examples, double l2Cost, int iterations) throws IOException {
        return train(examples, SHIPPED, l2Cost, iterations);
    }

    /** Trains a model on some families of features; the same examples in the same order give the same model. */
    public static MaxentModel train(List<Example> examples, Set<Family> families, double l2Cost, int iterations)
            throws IOException {
        var events = new ArrayList<Event>(examples.size());
        for (var e : examples) {
            events.add(new Event(e.checkWorthy() ? YES : NO, features(e.tokens(), families)));
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
