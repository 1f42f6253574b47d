package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Rules that span two rows hold when two requests race (issue 37): each pair of requests is sent at
 * the same moment, round after round, on H2 and on PostgreSQL. The rule is checked in the database's
 * own terms (row locks taken in one order, a constraint as the last word), so two nodes on one
 * database are held the same way. Failed before: both demotions answered 200 and no admin remained;
 * both duplicate marks answered 200 and made a cycle; a verdict set while it was deleted from the
 * scale, or a duplicate mark while its target was deleted, answered 500.
 */
@IntegrationTest
class ConcurrentInvariantsApiTest {

    private static final String ADMIN = basic("admin", TestUsers.ADMIN_PASSWORD);
    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final String EDITOR = basic("editor", TestUsers.PASSWORD);
    private static final String PASSWORD = "a-long-enough-password";
    private static final int ROUNDS = 10;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletResponse call(String auth, MockHttpServletRequestBuilder request, String json)
            throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, auth);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Both requests at the same moment; their answers in order. */
    private List<MockHttpServletResponse> together(Callable<MockHttpServletResponse> first,
            Callable<MockHttpServletResponse> second) throws Exception {
        var barrier = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                return first.call();
            });
            var b = pool.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                return second.call();
            });
            return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
        }
    }

    private static void noServerError(List<MockHttpServletResponse> answers) throws Exception {
        for (var answer : answers) {
            assertThat(answer.getStatus()).as(answer.getContentAsString()).isLessThan(500);
        }
    }

    private long claim(String text) throws Exception {
        var doc = call(REVIEWER, post("/api/v1/documents"), "{\"title\":\"Race\",\"text\":\"" + text + "\"}");
        long documentId = ((Number) JsonPath.read(doc.getContentAsString(), "$.id")).longValue();
        var created = call(REVIEWER, post("/api/v1/documents/" + documentId + "/claims"),
                "{\"start\":0,\"end\":" + text.length() + "}");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
    }

    private Long duplicateOf(long claimId) {
        return jdbc.sql("select duplicate_of from claim where id = ?").param(claimId).query(Long.class).optional()
                .orElse(null);
    }

    @Test
    void two_admins_demoting_each_other_at_once_leave_one_admin() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var a = "race-admin-a" + round + "-" + System.nanoTime() % 100_000;
            var b = "race-admin-b" + round + "-" + System.nanoTime() % 100_000;
            for (var name : List.of(a, b)) {
                var created = call(ADMIN, post("/api/v1/admin/users"), "{\"username\":\"" + name + "\",\"password\":\""
                        + PASSWORD + "\",\"role\":\"ADMIN\"}");
                assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
            }
            // For this round the two are the desk's only admins.
            jdbc.sql("update app_user set role = 'EDITOR' where username = 'admin'").update();
            try {
                var answers = together(
                        () -> call(basic(a, PASSWORD), patch("/api/v1/admin/users/" + b), "{\"role\":\"EDITOR\"}"),
                        () -> call(basic(b, PASSWORD), patch("/api/v1/admin/users/" + a), "{\"role\":\"EDITOR\"}"));
                noServerError(answers);
                assertThat(answers).as("round %d: at most one demotion succeeds", round)
                        .filteredOn(r -> r.getStatus() == 200).hasSizeLessThanOrEqualTo(1);
                assertThat(jdbc.sql("select count(*) from app_user where role = 'ADMIN' and active = true")
                        .query(Long.class).single()).as("round %d: active admins", round).isEqualTo(1L);
            } finally {
                jdbc.sql("update app_user set role = 'ADMIN', active = true where username = 'admin'").update();
                jdbc.sql("update app_user set role = 'VIEWER', active = false where username in (?, ?)").param(a)
                        .param(b).update();
            }
        }
    }

    @Test
    void two_claims_marked_duplicates_of_each_other_at_once_make_no_cycle() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long first = claim("Ferries run twice a day in round " + round + ".");
            long second = claim("Ferries sail twice daily in round " + round + ".");
            var answers = together(
                    () -> call(REVIEWER, put("/api/v1/claims/" + first + "/duplicate-of"), "{\"claimId\":" + second + "}"),
                    () -> call(REVIEWER, put("/api/v1/claims/" + second + "/duplicate-of"), "{\"claimId\":" + first + "}"));
            noServerError(answers);
            assertThat(answers).as("round %d", round).filteredOn(r -> r.getStatus() == 200).hasSize(1);
            assertThat(duplicateOf(first) != null && duplicateOf(second) != null).as("round %d: a cycle", round)
                    .isFalse();
        }
    }

    @Test
    void a_verdict_set_while_it_is_deleted_from_the_scale_is_a_conflict_not_a_server_error() throws Exception {
        var outcomes = new ArrayList<String>();
        for (int round = 0; round < ROUNDS; round++) {
            long claim = claim("The bridge carries 40,000 cars a day, round " + round + ".");
            assertThat(call(REVIEWER, post("/api/v1/claims/" + claim + "/transitions"), "{\"to\":\"IN_RESEARCH\"}")
                    .getStatus()).isEqualTo(200);
            var code = "RACE" + round + "X" + System.nanoTime() % 10_000;
            assertThat(call(ADMIN, post("/api/v1/admin/verdicts"), "{\"code\":\"" + code
                    + "\",\"label\":\"Race " + code + "\",\"color\":\"#777777\"}").getStatus()).isEqualTo(201);
            var answers = together(
                    () -> call(REVIEWER, put("/api/v1/claims/" + claim + "/verdict"), "{\"verdict\":\"" + code + "\",\"rationale\":\"Counted at the gates.\"}"),
                    () -> call(ADMIN, delete("/api/v1/admin/verdicts/" + code), null));
            noServerError(answers);
            outcomes.add(answers.get(0).getStatus() + "/" + answers.get(1).getStatus());
            var kept = jdbc.sql("select verdict from review where claim_id = ?").param(claim).query(String.class)
                    .optional().orElse(null);
            boolean onScale = jdbc.sql("select count(*) from verdict_scale where code = ?").param(code).query(Long.class)
                    .single() == 1;
            assertThat(code.equals(kept) && !onScale).as("round %d: a verdict that is not on the scale", round)
                    .isFalse();
            assertThat(answers.get(0).getStatus() == 200 && answers.get(1).getStatus() == 204)
                    .as("round %d: both succeeded", round).isFalse();
            for (var answer : answers) {
                if (answer.getStatus() == 409) {
                    assertThat(answer.getContentAsString()).contains("at the same moment");
                }
            }
        }
        assertThat(Set.copyOf(outcomes)).as("the outcomes seen").isNotEmpty();
    }

    @Test
    void a_duplicate_mark_on_a_claim_being_deleted_is_refused_not_a_server_error() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long copy = claim("Tolls rose by a third in round " + round + ".");
            long target = claim("Tolls went up by a third in round " + round + ".");
            var answers = together(
                    () -> call(REVIEWER, put("/api/v1/claims/" + copy + "/duplicate-of"), "{\"claimId\":" + target + "}"),
                    () -> call(EDITOR, delete("/api/v1/claims/" + target), null));
            noServerError(answers);
            var mark = duplicateOf(copy);
            boolean targetExists = call(REVIEWER, get("/api/v1/claims/" + target), null).getStatus() == 200;
            assertThat(mark != null && !targetExists).as("round %d: a mark pointing at nothing", round).isFalse();
        }
    }

    private long claimant(String name) throws Exception {
        var created = call(REVIEWER, post("/api/v1/claimants"), "{\"name\":\"" + name + " " + System.nanoTime()
                + "\",\"kind\":\"PERSON\"}");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
    }

    private Long mergedInto(long claimantId) {
        return jdbc.sql("select merged_into from claimant where id = ?").param(claimantId).query(Long.class).optional()
                .orElse(null);
    }

    /** The same shape among claimants: two merges into each other at once, and an attribution during a merge. */
    @Test
    void claimants_merged_into_each_other_at_once_make_no_cycle_and_no_claim_stays_with_a_merged_one()
            throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long a = claimant("Mayor Ana");
            long b = claimant("Ana, the mayor");
            var answers = together(
                    () -> call(REVIEWER, post("/api/v1/claimants/" + a + "/merge"), "{\"into\":" + b + "}"),
                    () -> call(REVIEWER, post("/api/v1/claimants/" + b + "/merge"), "{\"into\":" + a + "}"));
            noServerError(answers);
            assertThat(mergedInto(a) != null && mergedInto(b) != null).as("round %d: a cycle", round).isFalse();

            long c = claimant("Minister Bo");
            long d = claimant("Bo, the minister");
            long claim = claim("The minister said ferries run twice a day, round " + round + ".");
            var raced = together(
                    () -> call(REVIEWER, put("/api/v1/claims/" + claim + "/attribution"), "{\"claimantId\":" + c + "}"),
                    () -> call(REVIEWER, post("/api/v1/claimants/" + c + "/merge"), "{\"into\":" + d + "}"));
            noServerError(raced);
            var attributed = jdbc.sql("select claimant_id from attribution where claim_id = ?").param(claim)
                    .query(Long.class).optional().orElse(null);
            assertThat(attributed != null && mergedInto(attributed) != null)
                    .as("round %d: a claim attributed to a merged claimant (%s)", round, raced.stream()
                            .map(MockHttpServletResponse::getStatus).toList()).isFalse();
        }
    }
}
