package org.factdesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class WebAddressesTest {

    @Test
    void the_canonical_form_drops_tracking_parameters_fragments_and_case_in_the_host() {
        assertThat(WebAddresses.canonical("HTTPS://WWW.Example.ORG:443/News/Story?utm_source=x&id=7&fbclid=abc#comments"))
                .isEqualTo("https://www.example.org/News/Story?id=7");
        assertThat(WebAddresses.canonical("http://example.org")).isEqualTo("http://example.org/");
        assertThat(WebAddresses.canonical("https://example.org/a?utm_medium=social&gclid=1"))
                .isEqualTo("https://example.org/a");
    }

    @Test
    void only_http_and_https_are_accepted() {
        for (var hostile : new String[] { "javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "file:///etc/passwd", "ftp://example.org/", "//example.org/x", "vbscript:msgbox" }) {
            assertThatThrownBy(() -> WebAddresses.check(hostile, "url")).as(hostile)
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}
