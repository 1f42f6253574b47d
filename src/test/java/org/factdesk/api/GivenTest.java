package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A request field read in three states: not sent, sent as null, sent with a value. */
class GivenTest {

    record Body(@Nullable Given<String> verdict, @Nullable Given<Long> claimId) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void absent_null_and_a_value_are_told_apart() {
        var absent = JSON.readValue("{}", Body.class);
        assertThat(Given.sent(absent.verdict())).isFalse();
        assertThat(Given.sent(absent.claimId())).isFalse();

        var cleared = JSON.readValue("{\"verdict\":null,\"claimId\":null}", Body.class);
        assertThat(Given.sent(cleared.verdict())).isTrue();
        assertThat(Given.value(cleared.verdict())).isNull();
        assertThat(Given.sent(cleared.claimId())).isTrue();

        var set = JSON.readValue("{\"verdict\":\"TRUE\",\"claimId\":12}", Body.class);
        assertThat(Given.value(set.verdict())).isEqualTo("TRUE");
        assertThat(Given.value(set.claimId())).isEqualTo(12L);
    }
}
