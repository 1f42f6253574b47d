package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No lost updates: twenty writers edit the same claims at once with {@code If-Match}. Each edit is
 * applied or refused with 412, never anything else; what the claims hold and what their audit
 * trails say agree, one audit entry per applied edit and none for a refused one.
 */
@IntegrationTest
class ConcurrentEditsTest {

    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final int WRITERS = 20;
    private static final int ROUNDS = 8;
    private static final int CLAIMS = 3;

    @Autowired
    MockMvc mvc;

    @Test
    void twenty_writers_with_if_match_lose_no_update_and_the_audit_trail_agrees() throws Exception {
        var doc = mvc.perform(post("/api/v1/documents").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Contested\",\"text\":\"Kiev accused Moscow of deploying more than 80,000 troops.\"}"))
                .andReturn().getResponse().getContentAsString();
        long documentId = ((Number) JsonPath.read(doc, "$.id")).longValue();
        var claimIds = new ArrayList<Long>();
        for (int c = 0; c < CLAIMS; c++) {
            var created = mvc.perform(post("/api/v1/documents/" + documentId + "/claims")
                    .header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"start\":" + c * 5 + ",\"end\":" + (c * 5 + 4) + "}"))
                    .andReturn().getResponse();
            assertThat(created.getStatus()).isEqualTo(201);
            claimIds.add(((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue());
        }

        var applied = new ConcurrentHashMap<Long, List<String>>();
        claimIds.forEach(id -> applied.put(id, new CopyOnWriteArrayList<>()));
        var refused = new AtomicInteger();
        var unexpected = new CopyOnWriteArrayList<String>();
        // Every writer reads, then all write at the same moment: most of them hold a stale version.
        var barrier = new CyclicBarrier(WRITERS);
        var pool = Executors.newFixedThreadPool(WRITERS);
        var futures = new ArrayList<Future<?>>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    long claimId = claimIds.get((writer + round) % CLAIMS);
                    var current = mvc.perform(get("/api/v1/claims/" + claimId)
                            .header(HttpHeaders.AUTHORIZATION, REVIEWER)).andReturn().getResponse();
                    var etag = current.getHeader(HttpHeaders.ETAG);
                    barrier.await(30, TimeUnit.SECONDS);
                    var text = "writer " + writer + " round " + round;
                    var tags = writer % 2 == 0 ? ",\"tags\":[\"w" + writer + "\"]" : "";
                    var response = mvc.perform(patch("/api/v1/claims/" + claimId)
                            .header(HttpHeaders.AUTHORIZATION, REVIEWER).header(HttpHeaders.IF_MATCH, etag)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"claimText\":\"" + text + "\"" + tags + "}"))
                            .andReturn().getResponse();
                    switch (response.getStatus()) {
                        case 200 -> applied.get(claimId).add(text);
                        case 412 -> refused.incrementAndGet();
                        default -> unexpected.add(response.getStatus() + " " + response.getContentAsString());
                    }
                }
                return null;
            }));
        }
        for (var future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(unexpected).as("answers other than 200 and 412").isEmpty();
        int appliedTotal = applied.values().stream().mapToInt(List::size).sum();
        System.out.printf("%d writers, %d edits: %d applied, %d refused with 412%n", WRITERS, WRITERS * ROUNDS,
                appliedTotal, refused.get());
        assertThat(appliedTotal + refused.get()).isEqualTo(WRITERS * ROUNDS);
        assertThat(refused.get()).as("concurrent writers with stale versions are refused").isPositive();
        assertThat(appliedTotal).as("at least one writer per round wins").isGreaterThanOrEqualTo(ROUNDS);

        for (long claimId : claimIds) {
            var claim = mvc.perform(get("/api/v1/claims/" + claimId).header(HttpHeaders.AUTHORIZATION, REVIEWER))
                    .andReturn().getResponse().getContentAsString();
            var history = mvc.perform(get("/api/v1/claims/" + claimId + "/history")
                    .header(HttpHeaders.AUTHORIZATION, REVIEWER)).andReturn().getResponse().getContentAsString();
            List<Map<String, Object>> textChanges = JsonPath.read(history, "$[?(@.field == 'claimText')]");
            var audited = textChanges.stream().map(e -> (String) e.get("newValue")).toList();
            assertThat(audited).as("one audit entry per applied edit of claim " + claimId + ", none for refused ones")
                    .containsExactlyInAnyOrderElementsOf(applied.get(claimId));
            if (!applied.get(claimId).isEmpty()) {
                // each applied edit started from the value the previous one left: a chain, nothing skipped
                for (int i = 1; i < textChanges.size(); i++) {
                    assertThat(textChanges.get(i).get("oldValue")).isEqualTo(textChanges.get(i - 1).get("newValue"));
                }
                var last = textChanges.getLast().get("newValue");
                assertThat((String) JsonPath.read(claim, "$.claimText")).isEqualTo(last);
            }
        }
    }
}
