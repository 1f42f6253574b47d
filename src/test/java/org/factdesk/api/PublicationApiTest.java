package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A published fact check is a frozen record: the paths that used to reach a published check
 * (claimant rename and merge, replacing the article's text, deleting the document) leave its record,
 * its hash and its ClaimReview byte for byte as they were; a correction is a new version.
 */
@IntegrationTest
class PublicationApiTest {

    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final String EDITOR = basic("editor", TestUsers.PASSWORD);
    private static final String EDITOR2 = basic("editor2", TestUsers.PASSWORD);
    private static final String ADMIN = basic("admin", TestUsers.ADMIN_PASSWORD);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private ResultActions call(String auth, MockHttpServletRequestBuilder request, String json) throws Exception {
        return PublishedFixture.call(mvc, auth, request, json);
    }

    private String body(String auth, MockHttpServletRequestBuilder request) throws Exception {
        return PublishedFixture.body(mvc, auth, request);
    }

    private long id(String json) {
        return PublishedFixture.id(json);
    }

    private PublishedFixture.Published publish(String title, String claimantName) throws Exception {
        return PublishedFixture.publish(mvc, title, claimantName);
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** Everything public about a publication: its record, its API answer and the document's ClaimReview export. */
    private String everything(PublishedFixture.Published p) throws Exception {
        return body(REVIEWER, get("/api/v1/publications/" + p.publication() + "/record")) + "\n"
                + body(REVIEWER, get("/api/v1/publications/" + p.publication())) + "\n"
                + body(REVIEWER, get("/api/v1/documents/" + p.document() + "/report").param("format", "claimreview"));
    }

    @Test
    void publishing_writes_version_1_whose_record_hashes_to_its_sha256() throws Exception {
        var p = publish("Exports", "Ann Minister");
        var record = body(REVIEWER, get("/api/v1/publications/" + p.publication() + "/record"));
        var view = body(REVIEWER, get("/api/v1/publications/" + p.publication()));
        assertThat(sha256(record)).isEqualTo(JsonPath.read(view, "$.sha256"));
        assertThat((Integer) JsonPath.read(view, "$.version")).isEqualTo(1);
        assertThat((String) JsonPath.read(view, "$.record.attribution.claimant")).isEqualTo("Ann Minister");
        assertThat((String) JsonPath.read(view, "$.record.quote.exact")).isEqualTo("exports doubled");
        assertThat((String) JsonPath.read(view, "$.record.people.approvedBy")).isEqualTo("editor2");
        assertThat((String) JsonPath.read(view, "$.record.evidence[0].url")).startsWith("https://stats.example/");
    }

    @Test
    void a_rename_a_merge_a_new_text_and_a_document_delete_leave_the_publication_byte_identical() throws Exception {
        var p = publish("Exports attack", "Ann Minister");
        var before = everything(p);

        call(REVIEWER, patch("/api/v1/claimants/" + p.claimant()), "{\"name\":\"Vladimir Putin\"}").andExpect(status().isOk());
        assertThat(everything(p)).isEqualTo(before);

        var other = id(call(REVIEWER, post("/api/v1/claimants"), "{\"name\":\"Someone Else " + p.claim()
                + "\",\"kind\":\"PERSON\"}").andReturn().getResponse().getContentAsString());
        call(REVIEWER, post("/api/v1/claimants/" + p.claimant() + "/merge"), "{\"into\":" + other + "}")
                .andExpect(status().isOk());
        assertThat(everything(p)).isEqualTo(before);

        call(REVIEWER, put("/api/v1/documents/" + p.document() + "/text"),
                "{\"text\":\"The minister said exports fell. Officials in Kyiv agreed.\"}").andExpect(status().isOk());
        assertThat(everything(p)).isEqualTo(before);
        call(REVIEWER, get("/api/v1/claims/" + p.claim()), "").andExpect(jsonPath("$.status").value("PUBLISHED"));

        call(EDITOR, delete("/api/v1/documents/" + p.document()), "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("claims [" + p.claim() + "]")));
        call(REVIEWER, get("/api/v1/claims/" + p.claim()), "").andExpect(status().isOk());
        assertThat(everything(p)).isEqualTo(before);

        // Archived instead: out of the lists, whole, and back again.
        call(REVIEWER, put("/api/v1/documents/" + p.document() + "/archived"), "{\"archived\":true}")
                .andExpect(status().isForbidden());
        call(EDITOR, put("/api/v1/documents/" + p.document() + "/archived"), "{}")
                .andExpect(status().isUnprocessableContent());
        call(EDITOR, put("/api/v1/documents/" + p.document() + "/archived"), "{\"archived\":true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.archivedBy").value("editor"));
        var listed = body(REVIEWER, get("/api/v1/documents").param("q", "Exports attack"));
        assertThat((Integer) JsonPath.read(listed, "$.total")).isZero();
        var withArchived = body(REVIEWER, get("/api/v1/documents").param("q", "Exports attack").param("archived", "true"));
        assertThat((Integer) JsonPath.read(withArchived, "$.total")).isEqualTo(1);
        assertThat(everything(p)).isEqualTo(before);
        call(EDITOR, put("/api/v1/documents/" + p.document() + "/archived"), "{\"archived\":false}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.archivedAt").doesNotExist());

        call(ADMIN, get("/api/v1/admin/publications/verification"), "").andExpect(status().isOk())
                .andExpect(jsonPath("$.breaks").isEmpty());
    }

    /** A report's lines, without the one that says when it was made. */
    private String report(PublishedFixture.Published p, String format) throws Exception {
        return body(REVIEWER, get("/api/v1/documents/" + p.document() + "/report").param("format", format)).lines()
                .filter(line -> !line.toLowerCase(java.util.Locale.ROOT).contains("generated"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void a_report_printed_after_a_rename_and_a_source_edit_says_what_was_published() throws Exception {
        var p = publish("Exports report", "Ann Reported");
        var markdown = report(p, "md");
        var csv = report(p, "csv");
        assertThat(markdown).contains("Ann Reported").contains("Trade statistics").contains("Mostly false");

        call(REVIEWER, patch("/api/v1/claimants/" + p.claimant()), "{\"name\":\"Vladimir Putin\"}").andExpect(status().isOk());
        var sources = body(REVIEWER, get("/api/v1/claims/" + p.claim() + "/evidence"));
        long source = ((Number) JsonPath.read(sources, "$[0].source.id")).longValue();
        call(REVIEWER, patch("/api/v1/sources/" + source), "{\"title\":\"Renamed statistics\"}").andExpect(status().isOk());
        assertThat(report(p, "md")).isEqualTo(markdown);
        assertThat(report(p, "csv")).isEqualTo(csv);
        // The claim's verdict line keeps the label it was published under; the summary table lists the scale as it is.
        call(ADMIN, patch("/api/v1/admin/verdicts/MOSTLY_FALSE"), "{\"label\":\"Largely false\"}").andExpect(status().isOk());
        try {
            assertThat(report(p, "md")).contains("Verdict: **Mostly false**");
        } finally {
            call(ADMIN, patch("/api/v1/admin/verdicts/MOSTLY_FALSE"), "{\"label\":\"Mostly false\"}")
                    .andExpect(status().isOk());
        }
    }

    @Test
    void a_correction_is_version_2_and_version_1_stays_readable_marked_corrected() throws Exception {
        var p = publish("Exports corrected", "Ann Minister");
        var first = body(REVIEWER, get("/api/v1/publications/" + p.publication() + "/record"));
        call(EDITOR, post("/api/v1/claims/" + p.claim() + "/transitions"),
                "{\"to\":\"IN_RESEARCH\",\"note\":\"The ministry revised its figure\"}").andExpect(status().isOk());
        call(REVIEWER, patch("/api/v1/claims/" + p.claim()), "{\"verdict\":\"FALSE\",\"rationale\":\"Up 4%, not 100%.\"}")
                .andExpect(status().isOk());
        call(REVIEWER, post("/api/v1/claims/" + p.claim() + "/transitions"), "{\"to\":\"IN_REVIEW\"}").andExpect(status().isOk());
        call(EDITOR2, post("/api/v1/claims/" + p.claim() + "/transitions"), "{\"to\":\"PUBLISHED\"}").andExpect(status().isOk());

        var versions = body(REVIEWER, get("/api/v1/claims/" + p.claim() + "/publications"));
        assertThat((Integer) JsonPath.read(versions, "$.length()")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(versions, "$[1].version")).isEqualTo(2);
        assertThat((String) JsonPath.read(versions, "$[1].record.correction.note")).isEqualTo("The ministry revised its figure");
        assertThat((String) JsonPath.read(versions, "$[1].record.correction.previousVersionSha256"))
                .isEqualTo(JsonPath.read(versions, "$[0].sha256"));
        assertThat((Integer) JsonPath.read(versions, "$[0].correctedBy.version")).isEqualTo(2);
        assertThat(body(REVIEWER, get("/api/v1/publications/" + p.publication() + "/record"))).isEqualTo(first);

        var claimReview = body(REVIEWER, get("/api/v1/documents/" + p.document() + "/report").param("format", "claimreview"));
        assertThat((String) JsonPath.read(claimReview, "$[0].reviewRating.alternateName")).isEqualTo("False");
        assertThat((String) JsonPath.read(claimReview, "$[0].dateModified")).isNotBlank();
        assertThat((String) JsonPath.read(claimReview, "$[0].correction[0].text")).isEqualTo("The ministry revised its figure");
        java.util.List<java.util.Map<String, Object>> items = JsonPath.read(claimReview, "$");
        for (var item : items) {
            assertThat(item).containsKeys(org.factdesk.publication.ClaimReviewJson.REQUIRED.toArray(String[]::new));
        }
        call(ADMIN, get("/api/v1/admin/publications/verification"), "").andExpect(jsonPath("$.breaks").isEmpty());
    }

    /** Two approvals at the same moment are chained one after the other, never both after the same publication. */
    @Test
    void two_claims_published_at_once_are_chained_one_after_the_other() throws Exception {
        var first = PublishedFixture.inReview(mvc, "At once 1", "Ann Once");
        var second = PublishedFixture.inReview(mvc, "At once 2", "Bob Once");
        var start = new java.util.concurrent.CyclicBarrier(2);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (var p : java.util.List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call(PublishedFixture.EDITOR2, post("/api/v1/claims/" + p.claim() + "/transitions"),
                            "{\"to\":\"PUBLISHED\"}").andReturn().getResponse().getStatus();
                }));
            }
            for (var result : results) {
                assertThat(result.get()).isEqualTo(200);
            }
        }
        var a = body(REVIEWER, get("/api/v1/claims/" + first.claim() + "/publications"));
        var b = body(REVIEWER, get("/api/v1/claims/" + second.claim() + "/publications"));
        assertThat(java.util.List.of(JsonPath.read(a, "$[0].record.sequence"), JsonPath.read(b, "$[0].record.sequence")))
                .as("consecutive places in the chain").satisfiesAnyOf(
                        l -> assertThat(((Number) l.get(1)).longValue() - ((Number) l.get(0)).longValue()).isEqualTo(1),
                        l -> assertThat(((Number) l.get(0)).longValue() - ((Number) l.get(1)).longValue()).isEqualTo(1));
        call(ADMIN, get("/api/v1/admin/publications/verification"), "").andExpect(jsonPath("$.breaks").isEmpty());
    }

    @Test
    void a_publication_changed_in_the_database_is_found_by_the_chain_check() throws Exception {
        var p = publish("Exports tampered", "Ann Minister");
        var original = jdbc.queryForObject("select body from publication where id = ?", String.class, p.publication());
        try {
            jdbc.update("update publication set body = ? where id = ?", original.replace("MOSTLY_FALSE", "TRUE"),
                    p.publication());
            call(ADMIN, get("/api/v1/admin/publications/verification"), "").andExpect(status().isOk())
                    .andExpect(jsonPath("$.breaks[0].publicationId").value(p.publication()))
                    .andExpect(jsonPath("$.breaks[0].problem", org.hamcrest.Matchers.containsString("no longer matches")));
        } finally {
            jdbc.update("update publication set body = ? where id = ?", original, p.publication());
        }
        call(ADMIN, get("/api/v1/admin/publications/verification"), "").andExpect(jsonPath("$.breaks").isEmpty());
        call(REVIEWER, get("/api/v1/admin/publications/verification"), "").andExpect(status().isForbidden());
    }
}
