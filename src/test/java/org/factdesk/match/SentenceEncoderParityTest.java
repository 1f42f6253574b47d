package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app's encoder (its own tokenizer and pooling over ONNX Runtime) gives the vectors LangChain4j's
 * encoder gave for the same model, the one "already checked?" was measured with: on the tokenizer test's
 * sentences and on a text longer than the model's 128 tokens. LangChain4j is on the test class path only.
 */
class SentenceEncoderParityTest {

    @Test
    void the_vectors_are_langchain4js() {
        var texts = new ArrayList<>(WordPieceTokenizerTest.SENTENCES.stream().filter(s -> !s.isBlank()).toList());
        texts.add("The minister said the figures were wrong, and the opposition said so too. ".repeat(30));
        var encoder = new SentenceEncoder();
        try {
            List<float[]> ours = encoder.encode(texts);
            var reference = new AllMiniLmL6V2QuantizedEmbeddingModel()
                    .embedAll(texts.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < texts.size(); i++) {
                var theirs = reference.get(i).vector();
                double cosine = SentenceEncoder.similarity(ours.get(i), unit(theirs));
                assertThat(cosine).as("cosine with LangChain4j's vector for %s", texts.get(i)).isGreaterThan(0.99999);
            }
        } finally {
            encoder.stopCalls(Duration.ofSeconds(5));
        }
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        var u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / Math.sqrt(norm));
        }
        return u;
    }
}
