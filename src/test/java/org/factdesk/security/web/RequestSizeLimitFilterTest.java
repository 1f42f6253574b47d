package org.factdesk.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestSizeLimitFilterTest {

    /** A request whose body streams in without a Content-Length (chunked). */
    private static MockHttpServletRequest chunked(String path, int bytes) {
        var request = new MockHttpServletRequest("PATCH", path) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        var body = new byte[bytes];
        Arrays.fill(body, (byte) 'x');
        request.setContent(body);
        request.setContentType("application/json");
        return request;
    }

    @Test
    void a_body_that_streams_past_its_cap_is_cut_off_there() {
        var filter = new RequestSizeLimitFilter();
        var read = new long[1];
        assertThatThrownBy(() -> filter.doFilter(chunked("/api/v1/claims/1", 5 << 20), new MockHttpServletResponse(),
                (req, res) -> {
                    var in = req.getInputStream();
                    var buffer = new byte[8192];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        read[0] += n;
                    }
                })).isInstanceOf(RequestSizeLimitFilter.BodyTooLargeException.class).hasMessageContaining("at most 2 MB");
        assertThat(read[0]).isLessThanOrEqualTo(RequestSizeLimitFilter.OTHER_BODY);
    }

    @Test
    void a_body_within_its_cap_is_passed_on_whole() throws Exception {
        var filter = new RequestSizeLimitFilter();
        var read = new long[1];
        filter.doFilter(chunked("/api/v1/documents/7/text", 3 << 20), new MockHttpServletResponse(), (req, res) -> {
            read[0] = req.getInputStream().readAllBytes().length;
        });
        assertThat(read[0]).isEqualTo(3 << 20);
    }

    @Test
    void each_endpoint_has_the_cap_its_content_needs() {
        assertThat(RequestSizeLimitFilter.limitFor("/api/v1/documents")).isEqualTo(RequestSizeLimitFilter.DOCUMENT_BODY);
        assertThat(RequestSizeLimitFilter.limitFor("/api/v1/documents/import")).isEqualTo(RequestSizeLimitFilter.DOCUMENT_BODY);
        assertThat(RequestSizeLimitFilter.limitFor("/api/v1/documents/3/text")).isEqualTo(RequestSizeLimitFilter.DOCUMENT_BODY);
        assertThat(RequestSizeLimitFilter.limitFor("/api/v1/suggest")).isEqualTo(RequestSizeLimitFilter.SUGGEST_BODY);
        assertThat(RequestSizeLimitFilter.limitFor("/api/v1/claims/3")).isEqualTo(RequestSizeLimitFilter.OTHER_BODY);
        assertThat(RequestSizeLimitFilter.limitFor("/api/v1/documents/3/claims")).isEqualTo(RequestSizeLimitFilter.OTHER_BODY);
    }
}
