package org.factdesk.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossSiteWriteFilterTest {

    @Test
    void a_write_is_refused_when_the_browser_says_another_site_or_another_origin_sent_it() {
        assertThat(CrossSiteWriteFilter.refusal("cross-site", null, "desk.example")).contains("another site");
        assertThat(CrossSiteWriteFilter.refusal(null, "https://attacker.example", "desk.example")).contains("another origin");
        assertThat(CrossSiteWriteFilter.refusal("same-site", "http://desk.example:9999", "desk.example:8080")).isNotNull();
        assertThat(CrossSiteWriteFilter.refusal(null, "null", "desk.example")).isNotNull();
        assertThat(CrossSiteWriteFilter.refusal(null, "https://desk.example", "desk.example")).isNull();
        assertThat(CrossSiteWriteFilter.refusal("same-origin", "http://localhost:8080", "localhost:8080")).isNull();
        assertThat(CrossSiteWriteFilter.refusal(null, null, null)).as("a script sends neither header").isNull();
        assertThat(CrossSiteWriteFilter.refusal("none", null, "desk.example")).isNull();
    }
}
