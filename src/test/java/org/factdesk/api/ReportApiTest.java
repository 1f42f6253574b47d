package org.factdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReportApiTest {

    private static final String REVIEWER = basic("reviewer", TestUsers.PASSWORD);
    private static final String VIEWER = basic("viewer", TestUsers.PASSWORD);
    private static final String EDITOR = basic("editor", TestUsers.PASSWORD);
    private static final String EDITOR2 = basic("editor2", TestUsers.PASSWORD);

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private byte[] report(long documentId, String format, String auth) throws Exception {
        return mvc.perform(get("/api/v1/documents/" + documentId + "/report").param("format", format)
                .header(HttpHeaders.AUTHORIZATION, auth)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private long create(String path, String json, String auth) throws Exception {
        var body = mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void every_format_downloads_with_its_content_type_and_file_name_and_a_viewer_may_download() throws Exception {
        var expected = Map.of("html", "text/html", "pdf", "application/pdf", "md", "text/markdown", "csv", "text/csv",
                "json", "application/json", "claimreview", "application/ld+json", "w3c", "application/ld+json",
                "brat", "application/zip");
        for (var entry : expected.entrySet()) {
            mvc.perform(get("/api/v1/documents/1/report").param("format", entry.getKey()).header(HttpHeaders.AUTHORIZATION, VIEWER))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.CONTENT_TYPE, org.hamcrest.Matchers.startsWith(entry.getValue())))
                    .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, org.hamcrest.Matchers.containsString(
                            "filename=\"biden-invited-putin-to-meet-in-a-third-country-")));
        }
        mvc.perform(get("/api/v1/documents/1/report").param("format", "docx").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("format"));
        mvc.perform(get("/api/v1/documents/1/report").param("format", "html")).andExpect(status().isUnauthorized());
    }

    @Test
    void the_pdf_embeds_fonts_for_cyrillic_greek_accents_and_emoji() throws Exception {
        var text = "Kremlin: \u0412\u043E\u0435\u043D\u043D\u044B\u0435 \u0443\u0447\u0435\u043D\u0438\u044F. "
                + "Greek: \u0394\u03B9\u03AC\u03BB\u03BF\u03B3\u03BF\u03C2. Caf\u00e9 cr\u00e8me. Launch \uD83D\uDE80 \uD83D\uDC4D done.";
        long doc = create("/api/v1/documents", "{\"title\":\"Scripts \u2014 \u0412\u043E\u0435\u043D\u043D\u044B\u0435\",\"text\":\""
                + text + "\"}", REVIEWER);
        create("/api/v1/documents/" + doc + "/claims", "{\"start\":9,\"end\":26}", REVIEWER);

        var pdf = report(doc, "pdf", VIEWER);
        try (var document = Loader.loadPDF(pdf)) {
            var extracted = new PDFTextStripper().getText(document);
            assertThat(extracted).contains("\u0412\u043E\u0435\u043D\u043D\u044B\u0435 \u0443\u0447\u0435\u043D\u0438\u044F")
                    .contains("\u0394\u03B9\u03AC\u03BB\u03BF\u03B3\u03BF\u03C2").contains("Caf\u00e9 cr\u00e8me")
                    .contains("\uD83D\uDE80").contains("\uD83D\uDC4D").doesNotContain("\uFFFD");
            var fonts = new java.util.HashSet<String>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName().replaceAll("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(fonts).contains("DejaVuSans", "Symbola");
        }
    }

    @Test
    void a_formula_in_a_claim_cannot_run_from_the_csv_and_script_in_html_stays_text() throws Exception {
        long doc = create("/api/v1/documents", "{\"title\":\"Formula\",\"text\":\"Some words here to quote.\"}", REVIEWER);
        create("/api/v1/documents/" + doc + "/claims", "{\"start\":0,\"end\":10,\"claimText\":"
                + "\"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\"}", REVIEWER);
        create("/api/v1/documents/" + doc + "/claims", "{\"start\":11,\"end\":15,\"claimText\":"
                + "\"<script>alert(1)</script><img src=x onerror=alert(2)>\"}", REVIEWER);

        var csv = new String(report(doc, "csv", VIEWER), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"").doesNotContain(",=HYPERLINK");
        var html = new String(report(doc, "html", VIEWER), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        var md = new String(report(doc, "md", VIEWER), StandardCharsets.UTF_8);
        assertThat(md).doesNotContain("<script>");
    }

    @Test
    void the_csv_reads_back_as_a_table_whose_every_row_has_the_header_s_columns() throws Exception {
        var csv = new String(report(1, "csv", VIEWER), StandardCharsets.UTF_8).replace("\uFEFF", "");
        var rows = org.factdesk.base.Tables.parse(csv, ',');
        var header = rows.getFirst();
        assertThat(header).hasSize(35).doesNotHaveDuplicates().startsWith("claim_id", "document_id")
                .contains("claimant", "supports", "disputes_attribution", "evidence").endsWith("updated_at");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(row -> assertThat(row).hasSameSizeAs(header));
        int claimant = header.indexOf("claimant");
        int evidence = header.indexOf("evidence_count");
        int supports = header.indexOf("supports");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(claimant)).contains("Jen Psaki");
        // The stance counts add up to the evidence count: the columns are where their names say.
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(
                java.util.stream.IntStream.range(supports, supports + 5).map(i -> Integer.parseInt(row.get(i))).sum())
                .isEqualTo(Integer.parseInt(row.get(evidence))));
    }

    @Test
    void the_sample_report_shows_the_psaki_case_and_claim_review_covers_published_claims_only() throws Exception {
        var html = new String(report(1, "html", VIEWER), StandardCharsets.UTF_8);
        assertThat(html).contains("US State Department spokeswoman").contains("Wrong role or title")
                .contains("https://en.wikipedia.org/wiki/Jen_Psaki");
        assertThat(new String(report(1, "claimreview", VIEWER), StandardCharsets.UTF_8).strip()).isEqualTo("[ ]");

        long doc = create("/api/v1/documents", "{\"title\":\"Jobs\",\"text\":\"The governor said 50,000 jobs were created.\","
                + "\"sourceUrl\":\"https://news.example/jobs\",\"publishedAt\":\"2024-03-01\"}", REVIEWER);
        long governor = create("/api/v1/claimants", "{\"name\":\"Jane Governor\",\"kind\":\"PERSON\"}", REVIEWER);
        long claim = create("/api/v1/documents/" + doc + "/claims", "{\"start\":18,\"end\":42,\"attribution\":{\"claimantId\":"
                + governor + ",\"cue\":\"said\",\"form\":\"INDIRECT\"}}", REVIEWER);
        long source = create("/api/v1/sources", "{\"url\":\"https://stats.example/jobs-" + claim
                + "\",\"title\":\"Labour statistics\",\"kind\":\"DATASET\"}", REVIEWER);
        mvc.perform(post("/api/v1/claims/" + claim + "/evidence").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"sourceId\":" + source + ",\"stance\":\"REFUTES\"}"));
        mvc.perform(post("/api/v1/claims/" + claim + "/transitions").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"IN_RESEARCH\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/claims/" + claim + "/verdict").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{}"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/claims/" + claim + "/verdict")
                .header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"verdict\":\"FALSE\",\"rationale\":\"12,000 jobs.\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/claims/" + claim + "/transitions").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"IN_REVIEW\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/claims/" + claim + "/transitions").header(HttpHeaders.AUTHORIZATION, EDITOR2)
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"PUBLISHED\"}")).andExpect(status().isOk());

        var reviews = new String(report(doc, "claimreview", VIEWER), StandardCharsets.UTF_8);
        List<Map<String, Object>> list = JsonPath.read(reviews, "$");
        assertThat(list).hasSize(1);
        var review = list.getFirst();
        assertThat(review).containsEntry("@context", "https://schema.org").containsEntry("@type", "ClaimReview")
                .containsEntry("claimReviewed", "50,000 jobs were created")
                .containsEntry("url", "http://localhost:8080/published/" + JsonPath.read(mvc.perform(
                        get("/api/v1/claims/" + claim + "/publications").header(HttpHeaders.AUTHORIZATION, VIEWER))
                        .andReturn().getResponse().getContentAsString(), "$[0].id"));
        assertThat(JsonPath.<Integer>read(reviews, "$[0].reviewRating.ratingValue")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(reviews, "$[0].reviewRating.bestRating")).isEqualTo(5);
        assertThat(JsonPath.<Integer>read(reviews, "$[0].reviewRating.worstRating")).isEqualTo(1);
        assertThat(JsonPath.<String>read(reviews, "$[0].reviewRating.alternateName")).isEqualTo("False");
        assertThat(JsonPath.<String>read(reviews, "$[0].itemReviewed.@type")).isEqualTo("Claim");
        assertThat(JsonPath.<String>read(reviews, "$[0].itemReviewed.author.@type")).isEqualTo("Person");
        assertThat(JsonPath.<String>read(reviews, "$[0].itemReviewed.author.name")).isEqualTo("Jane Governor");
        assertThat(JsonPath.<String>read(reviews, "$[0].itemReviewed.datePublished")).isEqualTo("2024-03-01");
        assertThat(JsonPath.<String>read(reviews, "$[0].itemReviewed.appearance[0].url")).isEqualTo("https://news.example/jobs");
        assertThat(JsonPath.<String>read(reviews, "$[0].author.@type")).isEqualTo("Organization");
        assertThat(JsonPath.<String>read(reviews, "$[0].datePublished")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void json_export_then_import_gives_back_the_document_and_its_claims() throws Exception {
        var exported = report(1, "json", VIEWER);
        assertThat(JsonPath.<Integer>read(new String(exported, StandardCharsets.UTF_8), "$.version")).isEqualTo(2);
        mvc.perform(post("/api/v1/documents/import").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(exported)).andExpect(status().isForbidden());
        // Issue 36: the desk has this document already: said, naming it, and nothing is written.
        long before = documentCount();
        mvc.perform(post("/api/v1/documents/import").header(HttpHeaders.AUTHORIZATION, EDITOR)
                .contentType(MediaType.APPLICATION_JSON).content(exported)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.existing[0]").value(1)).andExpect(jsonPath("$.kind").value("document"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("document 1")));
        assertThat(documentCount()).isEqualTo(before);
        mvc.perform(post("/api/v1/documents/import").param("duplicate", "sometimes").header(HttpHeaders.AUTHORIZATION,
                EDITOR).contentType(MediaType.APPLICATION_JSON).content(exported))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("duplicate"));
        var created = mvc.perform(post("/api/v1/documents/import").param("duplicate", "copy")
                .header(HttpHeaders.AUTHORIZATION, EDITOR)
                .contentType(MediaType.APPLICATION_JSON).content(exported)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long copy = ((Number) JsonPath.read(created, "$.id")).longValue();

        var original = claimsOf(1);
        var imported = claimsOf(copy);
        assertThat(imported).hasSameSizeAs(original).hasSize(5);
        for (int i = 0; i < original.size(); i++) {
            var a = original.get(i);
            var b = imported.get(i);
            for (var field : List.of("start", "end", "exact", "claimText", "tags", "status")) {
                assertThat(b.get(field)).as(field).isEqualTo(a.get(field));
            }
            assertThat(((Map<?, ?>) b.get("attribution")).get("check")).isEqualTo(((Map<?, ?>) a.get("attribution")).get("check"));
            assertThat(((Map<?, ?>) b.get("attribution")).get("statedRole"))
                    .isEqualTo(((Map<?, ?>) a.get("attribution")).get("statedRole"));
            assertThat(((List<?>) b.get("evidence")).size()).isEqualTo(((List<?>) a.get("evidence")).size());
        }
        mvc.perform(post("/api/v1/documents/import").header(HttpHeaders.AUTHORIZATION, EDITOR)
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"something else\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void w3c_export_then_import_gives_back_the_same_claims_and_hypothesis_quotes_are_re_anchored() throws Exception {
        var text = new String(report(1, "json", VIEWER), StandardCharsets.UTF_8);
        String articleText = JsonPath.read(text, "$.document.text");
        long copy = create("/api/v1/documents", "{\"title\":\"Copy\",\"text\":" + jsonString(articleText) + "}", REVIEWER);
        var w3c = report(1, "w3c", VIEWER);
        assertThat(JsonPath.<String>read(new String(w3c, StandardCharsets.UTF_8), "$.@context"))
                .isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(JsonPath.<String>read(new String(w3c, StandardCharsets.UTF_8), "$.first.items[0].type")).isEqualTo("Annotation");

        mvc.perform(post("/api/v1/documents/" + copy + "/annotations").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(w3c))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created.length()").value(5));
        // Issue 36: the same file again makes no second set of claims unless asked to.
        mvc.perform(post("/api/v1/documents/" + copy + "/annotations").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(w3c))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.kind").value("claim"))
                .andExpect(jsonPath("$.existing.length()").value(5));
        assertThat(claimsOf(copy)).hasSize(5);
        mvc.perform(post("/api/v1/documents/" + copy + "/annotations").param("duplicate", "skip")
                .header(HttpHeaders.AUTHORIZATION, REVIEWER).contentType(MediaType.APPLICATION_JSON).content(w3c))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created.length()").value(0))
                .andExpect(jsonPath("$.skipped.length()").value(5));
        assertThat(claimsOf(copy)).hasSize(5);
        var original = claimsOf(1);
        var imported = claimsOf(copy);
        for (int i = 0; i < original.size(); i++) {
            for (var field : List.of("start", "end", "exact", "claimText", "tags")) {
                assertThat(imported.get(i).get(field)).as(field).isEqualTo(original.get(i).get(field));
            }
        }

        // A Hypothesis annotation whose position is off (counted in UTF-16 elsewhere): placed by its quote.
        long third = create("/api/v1/documents", "{\"title\":\"Third\",\"text\":" + jsonString(articleText) + "}", REVIEWER);
        var hypothesis = "{\"rows\":[{\"text\":\"Troop figure\",\"tags\":[\"troops\"],\"target\":[{\"source\":\"https://x\","
                + "\"selector\":[{\"type\":\"TextPositionSelector\",\"start\":5,\"end\":28},"
                + "{\"type\":\"TextQuoteSelector\",\"exact\":\"more than 80,000 troops\",\"prefix\":\"of deploying \","
                + "\"suffix\":\" on the\"}]}]},{\"text\":\"Not there\",\"target\":[{\"selector\":[{\"type\":"
                + "\"TextQuoteSelector\",\"exact\":\"words that are not in the article\"}]}]}]}";
        mvc.perform(post("/api/v1/documents/" + third + "/annotations").header(HttpHeaders.AUTHORIZATION, REVIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(hypothesis))
                .andExpect(jsonPath("$.created.length()").value(1)).andExpect(jsonPath("$.skipped.length()").value(1));
        var placed = claimsOf(third).getFirst();
        assertThat(placed.get("exact")).isEqualTo("more than 80,000 troops");
        assertThat(placed.get("start")).isEqualTo(articleText.indexOf("more than 80,000 troops"));
        assertThat(placed.get("claimText")).isEqualTo("Troop figure");
    }

    @Test
    void brat_standoff_holds_the_text_and_attribution_spans() throws Exception {
        var zip = report(1, "brat", VIEWER);
        var files = new HashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("document-1.txt", "document-1.ann");
        var txt = files.get("document-1.txt");
        var ann = files.get("document-1.ann");
        assertThat(ann).contains("\tSource ").contains("\tCue ").contains("\tContent ").containsPattern(
                "E\\d+\\tAttribution:T\\d+ Source:T\\d+ Cue:T\\d+ Content:T\\d+");
        for (var line : ann.lines().toList()) {
            if (line.startsWith("T") && !line.contains(";")) {
                var parts = line.split("\t");
                var span = parts[1].split(" ");
                int s = Integer.parseInt(span[1]);
                int e = Integer.parseInt(span[2]);
                assertThat(txt.substring(txt.offsetByCodePoints(0, s), txt.offsetByCodePoints(0, e))).isEqualTo(parts[2]);
            }
        }
    }

    @Test
    void a_report_over_a_filter_lists_the_matching_claims() throws Exception {
        var csv = new String(mvc.perform(get("/api/v1/reports").param("format", "csv").param("claimant", "kiev")
                .header(HttpHeaders.AUTHORIZATION, VIEWER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        // Other tests may import copies of the sample: every row must be a claim attributed to Kyiv.
        var rows = csv.lines().skip(1).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).contains("80,000 troops").contains("Kyiv"));
        assertThat(csv).contains("Biden Invited Putin");
        mvc.perform(get("/api/v1/reports").param("format", "pdf").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isUnprocessableContent());
    }

    private long documentCount() {
        return jdbc.sql("select count(*) from document").query(Long.class).single();
    }

    private List<Map<String, Object>> claimsOf(long documentId) throws Exception {
        var body = mvc.perform(get("/api/v1/documents/" + documentId + "/claims").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$");
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
