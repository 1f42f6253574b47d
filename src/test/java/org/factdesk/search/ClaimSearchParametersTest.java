package org.factdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.factdesk.attribution.AttributionCheck;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.AnchorState;
import org.factdesk.claim.ClaimStatus;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** A claim search written as an address and read back is the same search. */
class ClaimSearchParametersTest {

    private static final ClaimSort.Order DEFAULT = ClaimSort.Order.NEWEST_CHANGE;
    private static final Random RANDOM = new Random(36);
    private static final String ALPHABET = "ab Kyiv,&=?#%+/\u00e9\u201c\u2019\u00a0\n";

    @RepeatedTest(200)
    void any_search_written_as_a_query_string_reads_back_as_itself() {
        var query = new ClaimQuery(RANDOM.nextBoolean() ? null : (long) RANDOM.nextInt(1000),
                some(ClaimStatus.class), words(), words(), some(AnchorState.class), words(),
                RANDOM.nextBoolean() ? null : (long) RANDOM.nextInt(1000), some(AttributionCheck.class),
                RANDOM.nextBoolean() ? Set.of() : new LinkedHashSet<>(List.of("FALSE", "MOSTLY_TRUE")), words());
        var order = new ClaimSort.Order(ClaimSort.values()[RANDOM.nextInt(ClaimSort.values().length)], RANDOM.nextBoolean());
        var written = ClaimSearchParameters.of(query, order).toQueryString(DEFAULT);
        var read = ClaimSearchParameters.parse(written, DEFAULT);
        assertThat(read.order()).isEqualTo(order);
        assertThat(normal(read.query())).as(written).isEqualTo(normal(query));
        assertThat(ClaimSearchParameters.parse("?" + written, DEFAULT).toQueryString(DEFAULT)).isEqualTo(written);
    }

    @Test
    void the_default_order_and_empty_criteria_are_left_out() {
        assertThat(ClaimSearchParameters.of(ClaimQuery.all(), DEFAULT).toQueryString(DEFAULT)).isEmpty();
        var search = ClaimSearchParameters.parse("assignee=ana&status=in_review,published&sort=verdict", DEFAULT);
        assertThat(search.query().statuses()).containsExactlyInAnyOrder(ClaimStatus.IN_REVIEW, ClaimStatus.PUBLISHED);
        assertThat(search.order()).isEqualTo(new ClaimSort.Order(ClaimSort.VERDICT, false));
        assertThat(search.toQueryString(DEFAULT))
                .isEqualTo("status=IN_REVIEW&status=PUBLISHED&assignee=ana&sort=verdict%2Casc");
        assertThat(ClaimSearchParameters.parse("sort=updated", DEFAULT).order()).as("newest first unless asked")
                .isEqualTo(DEFAULT);
    }

    @Test
    void what_cannot_be_read_is_refused_naming_the_parameter() {
        assertRefused("stauts=IN_REVIEW", "stauts", "not a claim search parameter");
        assertRefused("status=CHECKED", "status", "'CHECKED' is not a status");
        assertRefused("sort=colour", "sort", "not an order of claims");
        assertRefused("sort=verdict,up", "sort", "'asc' or 'desc'");
        assertRefused("q=one&q=two", "q", "given once");
        assertRefused("documentId=seven", "documentId", "whole number");
        assertRefused("q=%zz", "query", "not a valid parameter");
        assertRefused("q=" + "x".repeat(2001), "query", "at most 2000");
    }

    private static void assertRefused(String queryString, String field, String message) {
        assertThatThrownBy(() -> ClaimSearchParameters.parse(queryString, DEFAULT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(message);
    }

    @Test
    void a_web_frameworks_parameters_read_the_same_as_the_query_string() {
        var fromMap = ClaimSearchParameters.parse(Map.of("verdict", List.of("false", "mixed"), "q", List.of(" Kyiv ")),
                DEFAULT);
        assertThat(fromMap.query().verdicts()).containsExactlyInAnyOrder("FALSE", "MIXED");
        assertThat(fromMap.query().text()).isEqualTo("Kyiv");
        assertThat(fromMap).isEqualTo(ClaimSearchParameters.parse("verdict=false,mixed&q=Kyiv", DEFAULT));
    }

    /** Blank text means no criterion; a text criterion is kept without surrounding space. */
    private static ClaimQuery normal(ClaimQuery q) {
        return new ClaimQuery(q.documentId(), q.statuses(), strip(q.text()), strip(q.tag()), q.anchorStates(),
                strip(q.claimant()), q.claimantId(), q.attributionChecks(), Set.copyOf(q.verdicts()), strip(q.assignee()));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> Set<E> some(Class<E> type) {
        var result = EnumSet.noneOf(type);
        for (var value : type.getEnumConstants()) {
            if (RANDOM.nextInt(3) == 0) {
                result.add(value);
            }
        }
        return result;
    }

    private static String words() {
        if (RANDOM.nextBoolean()) {
            return null;
        }
        var s = new StringBuilder();
        int n = RANDOM.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
