package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One consistent claim record, tried from outside as a second reviewer and an editor would: every
 * write moves the claim's version once and honours If-Match, a refused request writes nothing, a
 * published claim is locked until reopened with a correction, and neither a no-op edit nor an
 * import can walk around the two-person rule. Each test here failed on the main before this change.
 */
@IntegrationTest
class ClaimIntegrityApiTest {

    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final String REVIEWER2 = basic("reviewer2", TestUsers.PASSWORD);
    private static final String EDITOR = basic("editor", TestUsers.PASSWORD);
    private static final String EDITOR2 = basic("editor2", TestUsers.PASSWORD);
    private static final String ADMIN = basic("admin", TestUsers.ADMIN_PASSWORD);

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse call(String auth, MockHttpServletRequestBuilder request, String json,
            String... ifMatch) throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_JSON).content(json);
        if (ifMatch.length > 0) {
            request.header(HttpHeaders.IF_MATCH, ifMatch[0]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String claimJson(long id) throws Exception {
        return mvc.perform(get("/api/v1/claims/" + id).header(HttpHeaders.AUTHORIZATION, REVIEWER)).andReturn()
                .getResponse().getContentAsString();
    }

    private String etag(long id) throws Exception {
        return mvc.perform(get("/api/v1/claims/" + id).header(HttpHeaders.AUTHORIZATION, REVIEWER)).andReturn()
                .getResponse().getHeader(HttpHeaders.ETAG);
    }

    private int historySize(long id) throws Exception {
        String history = mvc.perform(get("/api/v1/claims/" + id + "/history").header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.<List<Object>>read(history, "$").size();
    }

    private long claim() throws Exception {
        var doc = call(REVIEWER, post("/api/v1/documents"),
                "{\"title\":\"Integrity\",\"text\":\"Kyiv said Russia had massed 90,000 troops near the border.\"}");
        long docId = ((Number) JsonPath.read(doc.getContentAsString(), "$.id")).longValue();
        var claim = call(REVIEWER, post("/api/v1/documents/" + docId + "/claims"), "{\"start\":10,\"end\":58}");
        assertThat(claim.getStatus()).isEqualTo(201);
        return ((Number) JsonPath.read(claim.getContentAsString(), "$.id")).longValue();
    }

    private long source(long claimId) throws Exception {
        var source = call(REVIEWER, post("/api/v1/sources"), "{\"url\":\"https://mod.example/troops-" + claimId + "-"
                + System.nanoTime() + "\",\"title\":\"Ministry briefing\",\"kind\":\"OFFICIAL_STATEMENT\"}");
        assertThat(source.getStatus()).isEqualTo(201);
        return ((Number) JsonPath.read(source.getContentAsString(), "$.id")).longValue();
    }

    private long evidence(long claimId) throws Exception {
        var added = call(REVIEWER, post("/api/v1/claims/" + claimId + "/evidence"), "{\"sourceId\":" + source(claimId)
                + ",\"stance\":\"SUPPORTS\",\"excerpt\":\"about 90,000 troops\"}");
        assertThat(added.getStatus()).isEqualTo(201);
        return ((Number) JsonPath.read(added.getContentAsString(), "$.id")).longValue();
    }

    /** A claim taken to PUBLISHED: verdict by the reviewer, approval by editor2. */
    private long published() throws Exception {
        long id = claim();
        evidence(id);
        assertThat(call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_RESEARCH\"}").getStatus())
                .isEqualTo(200);
        assertThat(call(REVIEWER, patch("/api/v1/claims/" + id), "{\"verdict\":\"TRUE\",\"rationale\":\"Satellite images.\"}")
                .getStatus()).isEqualTo(200);
        assertThat(call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_REVIEW\"}").getStatus())
                .isEqualTo(200);
        assertThat(call(EDITOR2, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"PUBLISHED\"}").getStatus())
                .isEqualTo(200);
        return id;
    }

    @Test
    void review_attribution_and_evidence_changes_move_the_version_and_a_stale_if_match_is_refused() throws Exception {
        long id = claim();
        var v0 = etag(id);
        var first = call(REVIEWER, patch("/api/v1/claims/" + id), "{\"rationale\":\"First reviewer's reasoning\"}", v0);
        assertThat(first.getStatus()).isEqualTo(200);
        var v1 = first.getHeader(HttpHeaders.ETAG);
        assertThat(v1).isNotEqualTo(v0).isEqualTo(etag(id));
        assertThat(JsonPath.<Integer>read(first.getContentAsString(), "$.version")).isEqualTo(
                JsonPath.<Integer>read(claimJson(id), "$.version"));
        // The second reviewer still holds v0: their verdict must not overwrite the first reviewer's work.
        var second = call(REVIEWER2, patch("/api/v1/claims/" + id), "{\"rationale\":\"Second reviewer's\"}", v0);
        assertThat(second.getStatus()).isEqualTo(412);
        assertThat(second.getContentAsString()).contains("reviewer").contains("meanwhile");
        assertThat(JsonPath.<String>read(claimJson(id), "$.rationale")).isEqualTo("First reviewer's reasoning");
        assertThat(call(REVIEWER2, put("/api/v1/claims/" + id + "/verdict"), "{\"verdict\":\"FALSE\"}", v0).getStatus())
                .isEqualTo(412);

        var attributed = call(REVIEWER, put("/api/v1/claims/" + id + "/attribution"), "{\"cue\":\"said\"}", v1);
        assertThat(attributed.getStatus()).isEqualTo(200);
        var v2 = attributed.getHeader(HttpHeaders.ETAG);
        assertThat(v2).isNotEqualTo(v1).isEqualTo(etag(id));
        assertThat(call(REVIEWER2, put("/api/v1/claims/" + id + "/attribution"), "{\"cue\":\"claimed\"}", v1).getStatus())
                .isEqualTo(412);

        var added = call(REVIEWER, post("/api/v1/claims/" + id + "/evidence"), "{\"sourceId\":" + source(id)
                + ",\"stance\":\"SUPPORTS\"}", v2);
        assertThat(added.getStatus()).isEqualTo(201);
        var v3 = etag(id);
        assertThat(v3).isNotEqualTo(v2);
        long evidenceId = ((Number) JsonPath.read(added.getContentAsString(), "$.id")).longValue();
        assertThat(mvc.perform(delete("/api/v1/evidence/" + evidenceId).header(HttpHeaders.AUTHORIZATION, REVIEWER2)
                .header(HttpHeaders.IF_MATCH, v2)).andReturn().getResponse().getStatus()).isEqualTo(412);
        assertThat(mvc.perform(delete("/api/v1/evidence/" + evidenceId).header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .header(HttpHeaders.IF_MATCH, v3)).andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(etag(id)).isNotEqualTo(v3);
    }

    @Test
    void a_request_that_changes_nothing_moves_nothing_and_writes_no_audit_entry() throws Exception {
        long id = claim();
        call(REVIEWER, patch("/api/v1/claims/" + id), "{\"verdict\":\"TRUE\",\"rationale\":\"Checked\"}");
        var before = etag(id);
        int entries = historySize(id);
        var noop = call(REVIEWER2, patch("/api/v1/claims/" + id), "{\"noEvidenceNote\":null,\"verdict\":\"TRUE\"}", before);
        assertThat(noop.getStatus()).isEqualTo(200);
        assertThat(noop.getHeader(HttpHeaders.ETAG)).isEqualTo(before);
        assertThat(etag(id)).isEqualTo(before);
        assertThat(historySize(id)).isEqualTo(entries);
        assertThat(JsonPath.<String>read(claimJson(id), "$.verdictBy")).isEqualTo("reviewer");
    }

    @Test
    void a_refused_field_leaves_every_other_field_of_the_request_unwritten() throws Exception {
        long id = claim();
        var before = claimJson(id);
        int entries = historySize(id);
        var badVerdict = call(REVIEWER, patch("/api/v1/claims/" + id), "{\"claimText\":\"Changed text\",\"verdict\":\"NO_SUCH\"}");
        assertThat(badVerdict.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(badVerdict.getContentAsString(), "$.field")).isEqualTo("verdict");
        var longAssignee = call(REVIEWER, patch("/api/v1/claims/" + id),
                "{\"claimText\":\"Changed text\",\"assignee\":\"" + "x".repeat(300) + "\"}");
        assertThat(longAssignee.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(longAssignee.getContentAsString(), "$.field")).isEqualTo("assignee");
        var badCheck = call(REVIEWER, patch("/api/v1/claims/" + id),
                "{\"tags\":[\"troops\"],\"attribution\":{\"check\":\"MISATTRIBUTED\"}}");
        assertThat(badCheck.getStatus()).isEqualTo(422);
        var tooLong = call(REVIEWER, patch("/api/v1/claims/" + id),
                "{\"claimText\":\"Changed\",\"rationale\":\"" + "r".repeat(10_001) + "\"}");
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(tooLong.getContentAsString(), "$.field")).isEqualTo("rationale");
        assertThat(claimJson(id)).isEqualTo(before);
        assertThat(historySize(id)).isEqualTo(entries);
    }

    @Test
    void a_refused_user_change_leaves_the_role_as_it_was() throws Exception {
        var created = call(ADMIN, post("/api/v1/admin/users"),
                "{\"username\":\"integrity-user\",\"password\":\"long-enough-password\",\"role\":\"VIEWER\"}");
        assertThat(created.getStatus()).isEqualTo(201);
        var refused = call(ADMIN, patch("/api/v1/admin/users/integrity-user"), "{\"role\":\"EDITOR\",\"password\":\"short\"}");
        assertThat(refused.getStatus()).isEqualTo(422);
        var users = call(ADMIN, get("/api/v1/admin/users"), "").getContentAsString();
        assertThat(JsonPath.<List<String>>read(users, "$[?(@.username == 'integrity-user')].role")).containsExactly("VIEWER");
    }

    @Test
    void a_published_claim_is_locked_until_an_editor_reopens_it_with_a_correction() throws Exception {
        long id = published();
        var etag = etag(id);
        int entries = historySize(id);
        for (var attempt : List.of(
                call(REVIEWER, patch("/api/v1/claims/" + id), "{\"claimText\":\"Quietly changed\"}", etag),
                call(REVIEWER, patch("/api/v1/claims/" + id), "{\"start\":0,\"end\":4,\"exact\":\"Kyiv\"}", etag),
                call(REVIEWER, put("/api/v1/claims/" + id + "/attribution"), "{\"cue\":\"said\"}", etag),
                call(REVIEWER, post("/api/v1/claims/" + id + "/evidence"), "{\"sourceId\":" + source(id)
                        + ",\"stance\":\"REFUTES\"}", etag),
                call(REVIEWER, patch("/api/v1/claims/" + id), "{\"assignee\":\"reviewer\"}", etag))) {
            assertThat(attempt.getStatus()).isEqualTo(409);
            assertThat(attempt.getContentAsString()).contains("reopen");
        }
        long evidenceId = ((Number) JsonPath.<List<Object>>read(claimJson(id), "$.evidence[*].id").getFirst()).longValue();
        assertThat(mvc.perform(delete("/api/v1/evidence/" + evidenceId).header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(mvc.perform(delete("/api/v1/claims/" + id).header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(etag(id)).isEqualTo(etag);
        assertThat(historySize(id)).isEqualTo(entries);

        // Reopening is a correction: an editor's, with a note; it clears the approval.
        assertThat(call(EDITOR, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_RESEARCH\"}").getStatus())
                .isEqualTo(422);
        var reopened = call(EDITOR, post("/api/v1/claims/" + id + "/transitions"),
                "{\"to\":\"IN_RESEARCH\",\"note\":\"The ministry revised its figure to 75,000.\"}");
        assertThat(reopened.getStatus()).isEqualTo(200);
        var json = reopened.getContentAsString();
        assertThat(JsonPath.<Object>read(json, "$.approvedBy")).isNull();
        assertThat(JsonPath.<String>read(json, "$.corrections[0].note")).contains("75,000");
        assertThat(JsonPath.<String>read(json, "$.corrections[0].correctedBy")).isEqualTo("editor");
        assertThat(call(REVIEWER, patch("/api/v1/claims/" + id), "{\"verdict\":\"MOSTLY_TRUE\",\"rationale\":\"Revised.\"}")
                .getStatus()).isEqualTo(200);
        call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_REVIEW\"}");
        // Editor2 approved before; editor reopened. Publishing again needs an approver who never set the verdict.
        assertThat(call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"PUBLISHED\"}").getStatus())
                .isEqualTo(403);
        assertThat(call(EDITOR, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"PUBLISHED\"}").getStatus())
                .isEqualTo(200);
        var docId = JsonPath.<Integer>read(claimJson(id), "$.documentId");
        var claimReview = mvc.perform(get("/api/v1/documents/" + docId + "/report").param("format", "claimreview")
                .header(HttpHeaders.AUTHORIZATION, REVIEWER)).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(claimReview, "$[0].correction[0].text")).contains("75,000");
        assertThat(JsonPath.<String>read(claimReview, "$[0].correction[0]['@type']")).isEqualTo("CorrectionComment");
        var html = mvc.perform(get("/api/v1/documents/" + docId + "/report").param("format", "html")
                .header(HttpHeaders.AUTHORIZATION, REVIEWER)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Correction").contains("75,000");
    }

    @Test
    void a_no_op_patch_does_not_make_its_sender_the_verdicts_author() throws Exception {
        long id = claim();
        evidence(id);
        call(EDITOR, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_RESEARCH\"}");
        assertThat(call(EDITOR, patch("/api/v1/claims/" + id), "{\"verdict\":\"FALSE\",\"rationale\":\"No such troops.\"}")
                .getStatus()).isEqualTo(200);
        assertThat(call(REVIEWER, patch("/api/v1/claims/" + id), "{\"noEvidenceNote\":null}").getStatus()).isEqualTo(200);
        assertThat(JsonPath.<String>read(claimJson(id), "$.verdictBy")).isEqualTo("editor");
        call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_REVIEW\"}");
        var publish = call(EDITOR, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"PUBLISHED\"}");
        assertThat(publish.getStatus()).isEqualTo(403);
        assertThat(publish.getContentAsString()).contains("Two people");
    }

    @Test
    void whoever_changed_the_rationale_cannot_approve_even_if_someone_else_set_the_verdict_last() throws Exception {
        long id = claim();
        evidence(id);
        call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_RESEARCH\"}");
        call(EDITOR, patch("/api/v1/claims/" + id), "{\"verdict\":\"FALSE\",\"rationale\":\"Editor's first take.\"}");
        call(REVIEWER, patch("/api/v1/claims/" + id), "{\"rationale\":\"Reviewer's rewrite.\"}");
        var json = claimJson(id);
        assertThat(JsonPath.<String>read(json, "$.verdictBy")).isEqualTo("reviewer");
        assertThat(JsonPath.<List<String>>read(json, "$.verdictAuthors")).containsExactly("editor", "reviewer");
        call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_REVIEW\"}");
        assertThat(call(EDITOR, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"PUBLISHED\"}").getStatus())
                .isEqualTo(403);
        assertThat(call(EDITOR2, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"PUBLISHED\"}").getStatus())
                .isEqualTo(200);
    }

    @Test
    void an_import_brings_verdicts_as_provenance_never_as_published_or_approved_work() throws Exception {
        long id = published();
        var docId = JsonPath.<Integer>read(claimJson(id), "$.documentId");
        var export = mvc.perform(get("/api/v1/documents/" + docId + "/report").param("format", "json")
                .header(HttpHeaders.AUTHORIZATION, REVIEWER)).andReturn().getResponse().getContentAsString();
        // A file claiming other people's approval: names that are not this desk's actions.
        var forged = export.replaceAll("\"approvedBy\"\\s*:\\s*\"editor2\"", "\"approvedBy\":\"chief-editor\"")
                .replaceAll("\"verdictBy\"\\s*:\\s*\"reviewer\"", "\"verdictBy\":\"rev2\"");
        assertThat(forged).contains("chief-editor").contains("rev2");
        var imported = call(EDITOR, post("/api/v1/documents/import").param("duplicate", "copy"), forged);
        assertThat(imported.getStatus()).isEqualTo(201);
        long newDoc = ((Number) JsonPath.read(imported.getContentAsString(), "$.id")).longValue();
        var claims = mvc.perform(get("/api/v1/documents/" + newDoc + "/claims").header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(claims, "$[0].status")).isEqualTo("IN_REVIEW");
        assertThat(JsonPath.<Object>read(claims, "$[0].approvedBy")).isNull();
        assertThat(JsonPath.<String>read(claims, "$[0].verdict")).isEqualTo("TRUE");
        assertThat(JsonPath.<String>read(claims, "$[0].verdictBy")).isEqualTo("editor");
        assertThat(JsonPath.<String>read(claims, "$[0].importedFrom")).contains("rev2").contains("chief-editor");
        assertThat(claims).doesNotContain("\"approvedBy\":\"chief-editor\"").doesNotContain("\"verdictBy\":\"rev2\"");
        long importedClaim = ((Number) JsonPath.read(claims, "$[0].id")).longValue();
        // The importer set the verdict here, so another editor approves it.
        assertThat(call(EDITOR, post("/api/v1/claims/" + importedClaim + "/transitions"), "{\"to\":\"PUBLISHED\"}")
                .getStatus()).isEqualTo(403);
        var claimReview = mvc.perform(get("/api/v1/documents/" + newDoc + "/report").param("format", "claimreview")
                .header(HttpHeaders.AUTHORIZATION, REVIEWER)).andReturn().getResponse().getContentAsString();
        assertThat(claimReview).doesNotContain("chief-editor");
        assertThat(JsonPath.<List<Object>>read(claimReview, "$")).as("nothing imported is published here").isEmpty();
    }

    @Test
    void only_an_admin_import_adds_verdicts_to_the_scale() throws Exception {
        long id = published();
        var docId = JsonPath.<Integer>read(claimJson(id), "$.documentId");
        var export = mvc.perform(get("/api/v1/documents/" + docId + "/report").param("format", "json")
                .header(HttpHeaders.AUTHORIZATION, REVIEWER)).andReturn().getResponse().getContentAsString();
        var bogus = export.replaceAll("\"verdict\"\\s*:\\s*\"TRUE\"", "\"verdict\":\"SATIRE_" + id + "\"")
                .replaceAll("\"verdictScale\"\\s*:\\s*\\[", "\"verdictScale\":[{\"code\":\"SATIRE_" + id
                        + "\",\"label\":\"Satire\",\"color\":\"#123456\",\"position\":20},");
        assertThat(bogus).contains("SATIRE_" + id + "\",\"label\"");
        var refused = call(EDITOR, post("/api/v1/documents/import").param("duplicate", "copy"), bogus);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("SATIRE_" + id);
        var scale = mvc.perform(get("/api/v1/verdicts").header(HttpHeaders.AUTHORIZATION, REVIEWER)).andReturn()
                .getResponse().getContentAsString();
        assertThat(scale).doesNotContain("SATIRE_" + id);
        assertThat(call(ADMIN, post("/api/v1/documents/import").param("duplicate", "copy"), bogus).getStatus()).isEqualTo(201);
        assertThat(mvc.perform(get("/api/v1/verdicts").header(HttpHeaders.AUTHORIZATION, REVIEWER)).andReturn()
                .getResponse().getContentAsString()).contains("SATIRE_" + id);
    }

    @Test
    void twenty_writers_with_the_same_if_match_on_different_fields_one_wins() throws Exception {
        long id = claim();
        long sourceId = source(id);
        call(REVIEWER, post("/api/v1/claims/" + id + "/transitions"), "{\"to\":\"IN_RESEARCH\"}");
        var etag = etag(id);
        int entries = historySize(id);
        var requests = new ArrayList<MockHttpServletRequestBuilder>();
        for (int w = 0; w < 20; w++) {
            var body = switch (w % 5) {
                case 0 -> "{\"verdict\":\"FALSE\"}";
                case 1 -> "{\"rationale\":\"writer " + w + "\"}";
                case 2 -> "{\"cue\":\"said " + w + "\"}";
                case 3 -> "{\"sourceId\":" + sourceId + ",\"stance\":\"SUPPORTS\",\"note\":\"writer " + w + "\"}";
                default -> "{\"claimText\":\"writer " + w + "\"}";
            };
            var request = switch (w % 5) {
                case 0 -> put("/api/v1/claims/" + id + "/verdict");
                case 2 -> put("/api/v1/claims/" + id + "/attribution");
                case 3 -> post("/api/v1/claims/" + id + "/evidence");
                default -> patch("/api/v1/claims/" + id);
            };
            requests.add(request.header(HttpHeaders.AUTHORIZATION, w % 2 == 0 ? REVIEWER : REVIEWER2)
                    .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON).content(body));
        }
        var statuses = new CopyOnWriteArrayList<Integer>();
        var barrier = new CyclicBarrier(requests.size());
        var pool = Executors.newFixedThreadPool(requests.size());
        try {
            var futures = requests.stream().map(r -> pool.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                statuses.add(mvc.perform(r).andReturn().getResponse().getStatus());
                return null;
            })).toList();
            for (var f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).hasSize(20);
        assertThat(statuses.stream().filter(s -> s == 200 || s == 201).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 412).count()).isEqualTo(19);
        assertThat(historySize(id)).isEqualTo(entries + 1);
        var winner = Long.parseLong(etag(id).replace("\"", ""));
        assertThat(winner).isEqualTo(Long.parseLong(etag.replace("\"", "")) + 1);
    }

    @Test
    void the_etag_is_the_claims_version_on_every_write() throws Exception {
        long id = claim();
        mvc.perform(put("/api/v1/claims/" + id + "/verdict").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"verdict\":\"TRUE\"}"))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, etag(id)));
        mvc.perform(put("/api/v1/claims/" + id + "/attribution").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"cue\":\"said\"}"))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, etag(id)));
        mvc.perform(post("/api/v1/claims/" + id + "/transitions").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"IN_RESEARCH\"}"))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, etag(id)))
                .andExpect(jsonPath("$.history").doesNotExist());
        mvc.perform(patch("/api/v1/claims/" + id).header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"verdict\":\"NOPE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("verdict scale")));
    }
}
