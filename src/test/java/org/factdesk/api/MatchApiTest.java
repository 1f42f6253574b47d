package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** "Already checked?": imports of fact-check collections and matching, through the API, on H2 and PostgreSQL. */
@IntegrationTest
class MatchApiTest {

    private static final String EDITOR = basic("editor", TestUsers.PASSWORD);
    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final String VIEWER = basic("viewer", TestUsers.PASSWORD);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String claimReviewFeed() {
        return """
                {"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
                  {"@type": "DataFeedItem", "item": [{"@type": "ClaimReview",
                    "url": "https://checks.example/%1$s/ferry",
                    "claimReviewed": "The harbour ferry service %1$s will be cancelled for the whole winter.",
                    "headline": "Harbour ferry is not cancelled for the winter",
                    "datePublished": "2025-10-01", "author": {"name": "Coast Checks"},
                    "reviewRating": {"alternateName": "False"}}]},
                  {"@type": "DataFeedItem", "item": [{"@type": "ClaimReview",
                    "url": "https://checks.example/%1$s/lighthouse",
                    "claimReviewed": "The old lighthouse %1$s was sold to a hotel chain.",
                    "author": {"name": "Coast Checks"}, "reviewRating": {"alternateName": "Mostly true"}}]}
                ]}""".formatted(run);
    }

    private String importFile(String name, String content, String auth, int expected) throws Exception {
        return mvc.perform(multipart("/api/v1/library/collections")
                .file(new MockMultipartFile("file", name, "application/octet-stream",
                        content.getBytes(StandardCharsets.UTF_8)))
                .header(HttpHeaders.AUTHORIZATION, auth)).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
    }

    private long collections() {
        return jdbc.sql("select count(*) from fact_check_collection").query(Long.class).single();
    }

    @Test
    void an_imported_claim_review_feed_answers_already_checked_with_its_rating_publisher_and_link() throws Exception {
        var imported = importFile("coast-checks.json", claimReviewFeed(), EDITOR, 201);
        assertThat((Integer) JsonPath.read(imported, "$.imported")).isEqualTo(2);
        assertThat((String) JsonPath.read(imported, "$.collection.format")).isEqualTo("claimreview");
        assertThat((String) JsonPath.read(imported, "$.collection.name")).isEqualTo("coast-checks.json");

        mvc.perform(post("/api/v1/match").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Is it true the harbour ferry " + run + " is cancelled all winter?\",\"limit\":3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matches[0].rank").value(1))
                .andExpect(jsonPath("$.matches[0].origin").value("IMPORTED"))
                .andExpect(jsonPath("$.matches[0].claim", containsString("harbour ferry service " + run)))
                .andExpect(jsonPath("$.matches[0].verdict").value("False"))
                .andExpect(jsonPath("$.matches[0].publisher").value("Coast Checks"))
                .andExpect(jsonPath("$.matches[0].date").value("2025-10-01"))
                .andExpect(jsonPath("$.matches[0].url").value("https://checks.example/" + run + "/ferry"));
    }

    @Test
    void a_table_import_skips_urls_already_in_the_library_and_a_file_of_only_known_ones_writes_nothing()
            throws Exception {
        importFile("first.json", claimReviewFeed(), EDITOR, 201);
        var table = "id\tclaim\ttitle\turl\trating\tpublisher\tdate\n"
                + "1\tThe lighthouse was sold.\t\thttps://checks.example/" + run + "/lighthouse\tTrue\tOther\t\n"
                + "2\tThe tram line " + run + " closes in March.\tTram\thttps://checks.example/" + run + "/tram\tFalse\tCity Checks\t2025-02-01\n";
        var second = importFile("second.tsv", table, EDITOR, 201);
        assertThat((Integer) JsonPath.read(second, "$.imported")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(second, "$.duplicates")).isEqualTo(1);
        assertThat((String) JsonPath.read(second, "$.collection.format")).isEqualTo("tsv");

        long before = collections();
        var again = importFile("again.tsv", table, EDITOR, 422);
        assertThat(again).contains("in the library already");
        assertThat(collections()).as("a refused import writes nothing").isEqualTo(before);

        // The same fact-check behind a tracking link, an upper-case host and a fragment is the same entry.
        var tracked = "id\tclaim\turl\n1\tThe tram line closes.\thttps://CHECKS.example/" + run
                + "/tram?utm_source=feed#top\n2\tThe bridge " + run + " reopens.\thttps://checks.example/" + run
                + "/bridge?id=4&utm_medium=x\n";
        var third = importFile("tracked.tsv", tracked, EDITOR, 201);
        assertThat((Integer) JsonPath.read(third, "$.imported")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(third, "$.duplicates")).isEqualTo(1);
        assertThat(jdbc.sql("select url from fact_check where url like ?").param("%" + run + "/bridge%")
                .query(String.class).list()).containsExactly("https://checks.example/" + run + "/bridge?id=4");
        before = collections();

        var bad = importFile("bad.tsv", "id\tclaim\turl\n1\tNo address.\t\n", EDITOR, 422);
        assertThat(bad).contains("row 2 has no URL");
        assertThat(collections()).isEqualTo(before);
    }

    /** A NUL in a field (a raw byte in a table, an escape in JSON) is dropped, the same on both databases (issue 37). */
    @Test
    void a_nul_character_in_a_library_file_is_dropped_on_either_database() throws Exception {
        var table = "id\tclaim\turl\tpublisher\n1\tThe canal\u0000 " + run + " froze over.\thttps://checks.example/" + run
                + "/canal\tIce\u0000 Checks\n";
        importFile("nul.tsv", table, EDITOR, 201);
        var json = claimReviewFeed().replace("Harbour ferry is not", "Harbour\\u0000 ferry is not");
        importFile("nul.json", json, EDITOR, 201);
        assertThat(jdbc.sql("select claim || '|' || publisher from fact_check where url = ?")
                .param("https://checks.example/" + run + "/canal").query(String.class).single())
                .isEqualTo("The canal " + run + " froze over.|Ice Checks");
        assertThat(jdbc.sql("select title from fact_check where url = ?").param("https://checks.example/" + run + "/ferry")
                .query(String.class).single()).isEqualTo("Harbour ferry is not cancelled for the winter");
    }

    @Test
    void imports_of_the_same_file_at_the_same_moment_make_one_collection_and_no_server_error() throws Exception {
        long before = collections();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var statuses = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                statuses.add(pool.submit(() -> mvc.perform(multipart("/api/v1/library/collections")
                        .file(new MockMultipartFile("file", "same.json", "application/json",
                                claimReviewFeed().getBytes(StandardCharsets.UTF_8)))
                        .header(HttpHeaders.AUTHORIZATION, EDITOR)).andReturn().getResponse().getStatus()));
            }
            var seen = new java.util.ArrayList<Integer>();
            for (var status : statuses) {
                seen.add(status.get());
            }
            assertThat(seen).as("one import wins; the others are told the fact-checks are there (422) or came in"
                    + " meanwhile (409)").containsOnlyOnce(201).allMatch(code -> code == 201 || code == 409 || code == 422);
        } finally {
            pool.shutdown();
        }
        assertThat(collections()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from fact_check where url like ?").param("%" + run + "%")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_collection_is_listed_and_deleted_as_a_whole_and_its_fact_checks_no_longer_match() throws Exception {
        var imported = importFile("to-delete.json", claimReviewFeed(), EDITOR, 201);
        long id = ((Number) JsonPath.read(imported, "$.collection.id")).longValue();
        var keys = jdbc.sql("select 'factcheck:' || id from fact_check where collection_id = ?").param(id)
                .query(String.class).list();
        // The app encodes the new fact-checks' sentence vectors in the background and keeps them.
        long deadline = System.currentTimeMillis() + 60_000;
        while (vectorsKept(keys) < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(vectorsKept(keys)).as("vectors kept for the imported fact-checks").isEqualTo(2);
        mvc.perform(get("/api/v1/library/collections").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].items", org.hamcrest.Matchers.contains(2)));
        mvc.perform(delete("/api/v1/library/collections/" + id).header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/library/collections/" + id).header(HttpHeaders.AUTHORIZATION, EDITOR))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/library/collections/" + id).header(HttpHeaders.AUTHORIZATION, EDITOR))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/match").header(HttpHeaders.AUTHORIZATION, VIEWER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"old lighthouse " + run + " sold to a hotel chain\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matches[*].url", everyItem(not(containsString(run)))));
        // The rows go on the encoding thread (a question never writes), within its next round.
        deadline = System.currentTimeMillis() + 60_000;
        while (vectorsKept(keys) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(vectorsKept(keys)).as("a deleted collection's vectors go with it").isZero();
    }

    @Test
    void a_collections_fact_checks_are_listed_a_page_at_a_time_and_searched() throws Exception {
        var imported = importFile("browse-" + run + ".json", claimReviewFeed(), EDITOR, 201);
        long id = ((Number) JsonPath.read(imported, "$.collection.id")).longValue();
        mvc.perform(get("/api/v1/library/collections/" + id + "/fact-checks?size=1").header(HttpHeaders.AUTHORIZATION,
                VIEWER)).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/v1/library/collections/" + id + "/fact-checks?q=HOTEL chain").header(
                HttpHeaders.AUTHORIZATION, VIEWER)).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].claim", containsString("lighthouse")))
                .andExpect(jsonPath("$.items[0].publisher").value("Coast Checks"))
                .andExpect(jsonPath("$.items[0].rating").value("Mostly true"))
                .andExpect(jsonPath("$.items[0].url", containsString("/lighthouse")));
        mvc.perform(get("/api/v1/library/collections/987654321/fact-checks").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/library/collections/" + id + "/fact-checks?size=501").header(HttpHeaders.AUTHORIZATION,
                VIEWER)).andExpect(status().isUnprocessableContent());
    }

    private long vectorsKept(List<String> keys) {
        return jdbc.sql("select count(*) from match_vector where entry_key in (:keys)").param("keys", keys)
                .query(Long.class).single();
    }

    @Test
    void a_claim_finds_the_same_claim_checked_in_another_document_but_not_itself() throws Exception {
        var words = "The county " + run + " hired 400 new teachers this autumn, the mayor said.";
        long first = claimIn(words);
        long second = claimIn("Reporting from the hall. " + words);
        mvc.perform(get("/api/v1/claims/" + second + "/matches").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matches[0].origin").value("WORKSPACE"))
                .andExpect(jsonPath("$.matches[0].claimId").value(first))
                .andExpect(jsonPath("$.matches[0].status").value("UNCHECKED"))
                .andExpect(jsonPath("$.matches[*].claimId", everyItem(not((int) second))));
    }

    @Test
    void a_claim_is_marked_a_duplicate_of_the_claim_whose_check_answers_it() throws Exception {
        var words = "The county " + run + " hired 400 new teachers this autumn, the mayor said.";
        long original = claimIn(words);
        long copy = claimIn("Reporting from the hall. " + words);
        var marked = mvc.perform(put("/api/v1/claims/" + copy + "/duplicate-of").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"claimId\":" + original + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.duplicateOf").value(original))
                .andExpect(jsonPath("$.version").value(1)).andReturn().getResponse().getContentAsString();
        assertThat(marked).contains("\"duplicateOf\"");
        mvc.perform(get("/api/v1/claims/" + copy + "/history").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(jsonPath("$[-1].field").value("duplicateOf"))
                .andExpect(jsonPath("$[-1].newValue").value(String.valueOf(original)));

        // A stale version, itself, a claim that does not exist, a chain, a bad value: refused, nothing written.
        for (var refused : List.of(
                new Object[] { copy, "\"0\"", "{\"claimId\":" + original + "}", 412 },
                new Object[] { copy, null, "{\"claimId\":" + copy + "}", 422 },
                new Object[] { copy, null, "{\"claimId\":999999999}", 422 },
                new Object[] { original, null, "{\"claimId\":" + copy + "}", 422 },
                new Object[] { copy, null, "{\"claimId\":\"twelve\"}", 422 },
                new Object[] { copy, null, "{\"claimId\":1.5}", 422 },
                new Object[] { copy, null, "{\"duplicate\":1}", 422 },
                new Object[] { copy, null, "{}", 422 })) {
            var request = put("/api/v1/claims/" + refused[0] + "/duplicate-of").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                    .contentType(MediaType.APPLICATION_JSON).content((String) refused[2]);
            if (refused[1] != null) {
                request.header(HttpHeaders.IF_MATCH, (String) refused[1]);
            }
            mvc.perform(request).andExpect(status().is((Integer) refused[3]));
        }
        mvc.perform(get("/api/v1/claims/" + copy).header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.duplicateOf").value(original));
        // The JSON export carries the mark, and when asked for, the claim's best matches in the library.
        var copyDocument = jdbc.sql("select document_id from claim where id = ?").param(copy).query(Long.class).single();
        mvc.perform(get("/api/v1/documents/" + copyDocument + "/report").param("format", "json")
                .header(HttpHeaders.AUTHORIZATION, VIEWER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.claims[0].duplicateOf").value(original))
                .andExpect(jsonPath("$.claims[0].alreadyChecked").doesNotExist());
        mvc.perform(get("/api/v1/documents/" + copyDocument + "/report").param("format", "html")
                .param("alreadyChecked", "true").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/documents/" + copyDocument + "/report").param("format", "json")
                .param("alreadyChecked", "true").header(HttpHeaders.AUTHORIZATION, VIEWER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.claims[0].id").value(copy))
                .andExpect(jsonPath("$.claims[0].duplicateOf").value(original))
                .andExpect(jsonPath("$.claims[0].alreadyChecked[0].rank").value(1))
                .andExpect(jsonPath("$.claims[0].alreadyChecked[0].origin").value("WORKSPACE"))
                .andExpect(jsonPath("$.claims[0].alreadyChecked[0].claimId").value(original))
                .andExpect(jsonPath("$.claims[0].alreadyChecked[0].claim").value(words))
                .andExpect(jsonPath("$.claims[0].alreadyChecked.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(3)))
                .andExpect(jsonPath("$.claims[0].alreadyChecked[*].claimId", everyItem(not((int) copy))));
        mvc.perform(get("/api/v1/claims/" + original).header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(jsonPath("$.version").value(0)).andExpect(jsonPath("$.duplicateOf").doesNotExist());

        mvc.perform(put("/api/v1/claims/" + copy + "/duplicate-of").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"claimId\":null}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.duplicateOf").doesNotExist())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(put("/api/v1/claims/" + copy + "/duplicate-of").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"claimId\":" + original + "}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_duplicate_loses_its_mark_as_a_change_of_its_own_when_the_original_goes() throws Exception {
        var words = "The county " + run + " closed 3 libraries, the mayor said.";
        long original = claimIn(words);
        long copy = claimIn("From the hall. " + words);
        long secondCopy = claimIn("Again. " + words);
        for (var c : List.of(copy, secondCopy)) {
            mvc.perform(put("/api/v1/claims/" + c + "/duplicate-of").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"claimId\":" + original + "}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(delete("/api/v1/claims/" + original).header(HttpHeaders.AUTHORIZATION, REVIEWER))
                .andExpect(status().isNoContent());
        for (var c : List.of(copy, secondCopy)) {
            mvc.perform(get("/api/v1/claims/" + c).header(HttpHeaders.AUTHORIZATION, VIEWER))
                    .andExpect(jsonPath("$.duplicateOf").doesNotExist()).andExpect(jsonPath("$.version").value(2));
            mvc.perform(get("/api/v1/claims/" + c + "/history").header(HttpHeaders.AUTHORIZATION, VIEWER))
                    .andExpect(jsonPath("$[-1].field").value("duplicateOf"))
                    .andExpect(jsonPath("$[-1].oldValue").value(String.valueOf(original)));
        }

        // The same when the original goes with its document.
        long another = claimIn("The county " + run + " opened 2 pools, the mayor said.");
        mvc.perform(put("/api/v1/claims/" + copy + "/duplicate-of").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"claimId\":" + another + "}"))
                .andExpect(status().isOk());
        var anotherDocument = jdbc.sql("select document_id from claim where id = ?").param(another).query(Long.class)
                .single();
        mvc.perform(delete("/api/v1/documents/" + anotherDocument).header(HttpHeaders.AUTHORIZATION, EDITOR))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/claims/" + copy).header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(jsonPath("$.duplicateOf").doesNotExist()).andExpect(jsonPath("$.version").value(4));
    }

    private long claimIn(String text) throws Exception {
        var doc = mvc.perform(post("/api/v1/documents").header(HttpHeaders.AUTHORIZATION, EDITOR)
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Schools " + run + "\",\"text\":\""
                        + text + "\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long docId = ((Number) JsonPath.read(doc, "$.id")).longValue();
        int start = text.indexOf("The county");
        var claim = mvc.perform(post("/api/v1/documents/" + docId + "/claims").header(HttpHeaders.AUTHORIZATION, EDITOR)
                .contentType(MediaType.APPLICATION_JSON).content("{\"start\":" + start + ",\"end\":" + text.length() + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(claim, "$.id")).longValue();
    }

    @Test
    void bad_questions_get_a_clear_422_or_404() throws Exception {
        for (var body : List.of("{\"text\":\"\"}", "{\"text\":\"ferry\",\"limit\":0}", "{\"text\":\"ferry\",\"limit\":51}",
                "{\"text\":\"" + "x".repeat(5001) + "\"}", "{}")) {
            mvc.perform(post("/api/v1/match").header(HttpHeaders.AUTHORIZATION, VIEWER)
                    .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isUnprocessableContent());
        }
        mvc.perform(get("/api/v1/claims/999999999/matches").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/claims/1/matches").param("limit", "0").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isUnprocessableContent());
        long before = collections();
        importFile("viewer.json", claimReviewFeed(), VIEWER, 403);
        importFile("empty.json", "", EDITOR, 422);
        assertThat(collections()).isEqualTo(before);
    }
}
