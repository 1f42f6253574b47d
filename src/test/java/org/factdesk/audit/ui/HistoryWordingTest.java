package org.factdesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryWordingTest {

    @Test
    void the_history_says_what_happened_in_words_not_field_names() {
        assertThat(HistoryWording.what("status", "status")).isEqualTo("changed the status");
        assertThat(HistoryWording.what("attribution", "attribution.cueSpan")).isEqualTo("marked the cue's words");
        assertThat(HistoryWording.what("verdict", "verdict")).isEqualTo("set the verdict");
        assertThat(HistoryWording.what("created", null)).isEqualTo("created the claim");
        assertThat(HistoryWording.what("claimants merged", "attribution.claimantId"))
                .isEqualTo("claimants merged (claimant id)");
    }

    @Test
    void codes_read_as_words_and_quotes_lose_their_offsets() {
        assertThat(HistoryWording.value("verdict", "MOSTLY_TRUE")).isEqualTo("Mostly true");
        assertThat(HistoryWording.value("status", "IN_RESEARCH: the figure needs a second source"))
                .isEqualTo("In research: the figure needs a second source");
        assertThat(HistoryWording.value("anchor", "1204..1227 \"more than 80,000 troops\""))
                .isEqualTo("\"more than 80,000 troops\"");
        assertThat(HistoryWording.value(null, "10..20 \"NATO said\"; status IN_REVIEW"))
                .isEqualTo("\"NATO said\"; status in review");
        assertThat(HistoryWording.value("verdict", null)).isEqualTo("nothing");
    }

    @Test
    void acronyms_in_claim_text_are_left_as_written() {
        assertThat(HistoryWording.value("claimText", "NATO")).isEqualTo("NATO");
        assertThat(HistoryWording.value("claimText", "NATO and the EU said 80,000 troops"))
                .isEqualTo("NATO and the EU said 80,000 troops");
    }

    /** Issue 36: "confirms the attribution", not CONFIRMS_ATTRIBUTION; a reopening in words; "Kyiv", not "Kyiv (1)". */
    @Test
    void stances_reopenings_and_claimants_read_as_words() {
        assertThat(HistoryWording.value("evidence", "CONFIRMS_ATTRIBUTION from \u201CPress briefing\u201D"))
                .isEqualTo("confirms the attribution from \u201CPress briefing\u201D");
        assertThat(HistoryWording.what("reopened", "approval")).isEqualTo("reopened it with a correction");
        assertThat(HistoryWording.value("approval", "editor2")).isEqualTo("approved by editor2");
        assertThat(HistoryWording.value("approval", null)).isEqualTo("withdrawn");
        assertThat(HistoryWording.value("attribution.claimant", "Kyiv (1)")).isEqualTo("Kyiv");
        assertThat(HistoryWording.value("claimText", "Troops (2)")).isEqualTo("Troops (2)");
    }
}
