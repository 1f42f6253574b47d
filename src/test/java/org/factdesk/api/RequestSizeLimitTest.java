package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

import java.util.Arrays;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16, finding 6: a huge JSON body, even from a VIEWER, is refused with 413 before it is read
 * (one 160 MB PATCH ran the heap out). A body that streams without saying its size:
 * {@code RequestSizeLimitFilterTest}.
 */
@IntegrationTest
class RequestSizeLimitTest {

    private static final String VIEWER = basic("viewer", TestUsers.PASSWORD);

    @Autowired
    MockMvc mvc;

    private static byte[] jsonOf(int bytes) {
        var body = new byte[bytes];
        Arrays.fill(body, (byte) 'x');
        var head = "{\"claimText\":\"".getBytes();
        System.arraycopy(head, 0, body, 0, head.length);
        body[bytes - 2] = '"';
        body[bytes - 1] = '}';
        return body;
    }

    @Test
    void a_fifty_megabyte_json_body_is_413_at_once_without_being_read() throws Exception {
        var body = jsonOf(50 << 20);
        long started = System.nanoTime();
        var declared = mvc.perform(patch("/api/v1/claims/1").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(declared.getStatus()).isEqualTo(413);
        assertThat(declared.getContentAsString()).contains("at most 2 MB");
        assertThat(millis).as("refused without reading the body").isLessThan(2000);

    }
}
