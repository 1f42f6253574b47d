package org.factdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.factdesk.claim.ClaimEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every type of claim event is stored with its parts and read back the same; rows written before
 * types existed (text columns only) read back as the events that wrote them; every type is worded
 * for the reader with no codes, field names or offsets.
 */
class TypedHistoryTest {

    static java.util.List<ClaimEvent> examples() {
        return EventExamples.all();
    }

    @Test
    void the_examples_cover_every_type_of_event() {
        var covered = EventExamples.all().stream().map(ClaimEvent::type).collect(Collectors.toSet());
        var types = Arrays.stream(ClaimEvent.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toSet());
        assertThat(covered).isEqualTo(types);
        assertThat(EventJson.TYPES.keySet()).isEqualTo(types);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void an_event_stored_with_its_parts_reads_back_the_same(ClaimEvent event) {
        var payload = EventJson.payload(event);
        assertThat(payload).doesNotContain("header").doesNotContain("alice");
        assertThat(EventJson.read(event.type(), payload, EventExamples.H)).contains(event);
    }

    /**
     * A payload with a part the event always has written as null (a hand-edited backup) does not read
     * as the event, so the history falls back to the row's text instead of failing on it; a part that
     * may be absent reads as absent.
     */
    @ParameterizedTest
    @MethodSource("examples")
    void a_payload_missing_a_part_the_event_always_has_is_not_read_as_the_event(ClaimEvent event) throws Exception {
        var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        var parts = (tools.jackson.databind.node.ObjectNode) mapper.readTree(EventJson.payload(event));
        for (var component : event.getClass().getRecordComponents()) {
            if (component.getName().equals("header") || !parts.has(component.getName())) {
                continue;
            }
            var spoiled = parts.deepCopy();
            spoiled.putNull(component.getName());
            boolean optional = component.getAnnotatedType().isAnnotationPresent(org.jspecify.annotations.Nullable.class);
            var read = EventJson.read(event.type(), mapper.writeValueAsString(spoiled), EventExamples.H);
            assertThat(read.isPresent()).as("%s without %s", event.type(), component.getName()).isEqualTo(optional);
            read.ifPresent(HistoryWording::of);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void an_old_row_with_only_its_text_reads_back_as_the_event_that_wrote_it(ClaimEvent event) {
        var parsed = LegacyEntries.parse(event.header(), event.action(), event.field(), event.before(), event.after());
        if (event instanceof ClaimEvent.Reanchored r && r.to() != null) {
            // Old rows of a claim that followed its words never wrote the revision down.
            assertThat(parsed).contains(new ClaimEvent.Reanchored(r.header(), r.from(), r.to(), r.state(), null));
        } else {
            assertThat(parsed).contains(event);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void every_event_reads_in_words_without_codes_field_names_or_offsets(ClaimEvent event) {
        var words = HistoryWording.of(event);
        var said = words.what() + " | " + words.change();
        assertThat(words.what()).isNotBlank().doesNotContain("(").doesNotContain("_");
        assertThat(said).doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]+\\b")
                .doesNotContainPattern("\\b(UNCHECKED|ANCHORED|INEXACT|SUPPORTS|REFUTES|CORRECT|DIRECT|INDIRECT|FALSE)\\b")
                .doesNotContainPattern("\\d+\\.\\.\\d+")
                .doesNotContain("attribution.").doesNotContain("anchorState").doesNotContain("importedFrom")
                .doesNotContain("claimText").doesNotContain("noEvidenceNote").doesNotContain("duplicateOf");
    }

    @Test
    void the_words_of_the_types_the_panel_used_to_miss() {
        assertThat(HistoryWording.of(new ClaimEvent.Rejected(EventExamples.H, "bob", "one source only")))
                .isEqualTo(new HistoryWording.Words("sent it back to research", "one source only"));
        assertThat(HistoryWording.of(new ClaimEvent.ReviewImported(EventExamples.H, "Full Fact")).what())
                .isEqualTo("imported the review");
        assertThat(HistoryWording.of(new ClaimEvent.Reopened(EventExamples.H, "bob")))
                .isEqualTo(new HistoryWording.Words("reopened it for a correction", "the approval by bob was withdrawn"));
        assertThat(HistoryWording.of(new ClaimEvent.ClaimantsMerged(EventExamples.H, new ClaimEvent.Claimant(9, "V. Z."),
                new ClaimEvent.Claimant(6, "Volodymyr Zelensky"))).change()).isEqualTo("V. Z. \u2192 Volodymyr Zelensky");
        assertThat(HistoryWording.of(new ClaimEvent.VerdictSet(EventExamples.H, ClaimEvent.VerdictField.verdict,
                "MOSTLY_TRUE", "FALSE")).change()).isEqualTo("Mostly true \u2192 False");
        assertThat(HistoryWording.of(new ClaimEvent.StatusMoved(EventExamples.H, "IN_REVIEW", "IN_RESEARCH",
                "needs a source")).change()).isEqualTo("In review \u2192 In research: needs a source");
    }

    @Test
    void a_row_in_no_form_an_event_wrote_stays_untyped_and_reads_as_recorded() {
        assertThat(LegacyEntries.parse(EventExamples.H, "renamed", "title", "a", "b")).isEmpty();
        assertThat(LegacyEntries.parse(EventExamples.H, "created", null, null, "not a span")).isEmpty();
        assertThat(LegacyEntries.parse(EventExamples.H, "updated", "colour", "a", "b")).isEmpty();
        assertThat(EventJson.read("Commented", "[1,2]", EventExamples.H)).isEmpty();
        assertThat(EventJson.read("Commented", "{\"text\":", EventExamples.H)).isEmpty();
        assertThat(EventJson.read("NoSuchType", "{}", EventExamples.H)).isEmpty();
        assertThat(EventJson.read("Commented", "{}", EventExamples.H)).isEmpty();
        assertThat(HistoryWording.untyped("renamed", "title", "a", "b"))
                .isEqualTo(new HistoryWording.Words("renamed (title)", "a \u2192 b"));
    }
}
