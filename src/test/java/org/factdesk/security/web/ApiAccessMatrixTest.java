package org.factdesk.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.api.ApiTestSupport.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.IntegrationTest;
import org.factdesk.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Walks every API endpoint as anonymous, VIEWER, REVIEWER, EDITOR and ADMIN and compares what
 * happens with {@link #MATRIX}: below the least role an endpoint needs, the answer must be 401
 * (anonymous) or 403; from that role up it must not be refused (nor fail). Each call gets fresh
 * data of its own, so a delete or a merge never changes what the next call sees. The same table is
 * in the README, and this test fails when the two drift apart.
 */
@IntegrationTest
class ApiAccessMatrixTest {

    /** Who may call an endpoint: everybody signed in, or this role and the roles above it. */
    enum Least { VIEWER, REVIEWER, EDITOR, ADMIN }

    record Endpoint(String method, String path, Least least, String body, String what) {
        String row() {
            return "| `" + method + " " + path.replace("#upload", "").replaceAll("\\{[a-z0-9]+\\}", "{id}") + "` | " + what + " | " + least + " |";
        }
    }

    static final List<Endpoint> MATRIX = List.of(
            new Endpoint("GET", "/api/v1/me", Least.VIEWER, "", "who am I"),
            new Endpoint("GET", "/api/v1/me/tokens", Least.VIEWER, "", "my API tokens"),
            new Endpoint("POST", "/api/v1/me/tokens", Least.VIEWER, "{\"name\":\"ci\"}", "create my API token"),
            new Endpoint("DELETE", "/api/v1/me/tokens/{token}", Least.VIEWER, "", "revoke my API token"),
            new Endpoint("GET", "/api/v1/me/filters", Least.VIEWER, "", "my saved claim filters"),
            new Endpoint("PUT", "/api/v1/me/filters/{filter}", Least.VIEWER, "{\"search\":\"status=IN_REVIEW\"}",
                    "save a claim filter under a name"),
            new Endpoint("DELETE", "/api/v1/me/filters/{filter}", Least.VIEWER, "", "remove my saved claim filter"),
            new Endpoint("GET", "/api/v1/documents", Least.VIEWER, "", "list documents"),
            new Endpoint("GET", "/api/v1/documents/{doc}", Least.VIEWER, "", "read a document"),
            new Endpoint("POST", "/api/v1/documents", Least.REVIEWER, "{\"title\":\"T\",\"text\":\"Some text.\"}",
                    "create a document (JSON)"),
            new Endpoint("POST", "/api/v1/documents#upload", Least.REVIEWER, "", "upload a document (multipart)"),
            new Endpoint("PATCH", "/api/v1/documents/{doc}", Least.REVIEWER, "{\"publisher\":\"The Ledger\"}",
                    "edit document metadata"),
            new Endpoint("PUT", "/api/v1/documents/{doc}/text", Least.REVIEWER,
                    "{\"text\":\"Kiev accused Moscow of deploying troops. Later text.\"}", "replace the text"),
            new Endpoint("DELETE", "/api/v1/documents/{doc}", Least.EDITOR, "", "delete a document"),
            new Endpoint("PUT", "/api/v1/documents/{doc}/archived", Least.EDITOR, "{\"archived\":true}",
                    "archive a document (or bring it back)"),
            new Endpoint("POST", "/api/v1/documents/import", Least.EDITOR, "{}", "import a Factdesk JSON export"),
            new Endpoint("POST", "/api/v1/documents/{doc}/annotations", Least.REVIEWER, "[]",
                    "import W3C annotations"),
            new Endpoint("GET", "/api/v1/documents/{doc}/report?format=md", Least.VIEWER, "", "document report"),
            new Endpoint("GET", "/api/v1/reports?format=csv", Least.VIEWER, "", "report over a filter"),
            new Endpoint("GET", "/api/v1/documents/{doc}/claims", Least.VIEWER, "", "claims of a document"),
            new Endpoint("POST", "/api/v1/documents/{doc}/claims", Least.REVIEWER, "{\"start\":0,\"end\":4}",
                    "create a claim"),
            new Endpoint("GET", "/api/v1/claims?q=Kiev", Least.VIEWER, "", "search claims"),
            new Endpoint("GET", "/api/v1/claims/{claim}", Least.VIEWER, "", "read a claim"),
            new Endpoint("PATCH", "/api/v1/claims/{claim}", Least.REVIEWER, "{\"claimText\":\"Changed\"}",
                    "edit a claim"),
            new Endpoint("DELETE", "/api/v1/claims/{claim}", Least.REVIEWER, "", "delete a claim"),
            new Endpoint("PUT", "/api/v1/claims/{claim}/verdict", Least.REVIEWER,
                    "{\"verdict\":\"FALSE\",\"rationale\":\"Ministry figures say otherwise.\"}", "set the verdict"),
            new Endpoint("POST", "/api/v1/claims/{claim}/transitions", Least.REVIEWER, "{\"to\":\"IN_RESEARCH\"}",
                    "workflow step"),
            new Endpoint("PUT", "/api/v1/claims/{claim}/attribution", Least.REVIEWER,
                    "{\"claimantId\":{claimant},\"cue\":\"accused\",\"form\":\"INDIRECT\"}", "set the attribution"),
            new Endpoint("GET", "/api/v1/claims/{claim}/steps", Least.VIEWER, "", "the steps open to the caller"),
            new Endpoint("GET", "/api/v1/claims/{claim}/comments", Least.VIEWER, "", "read comments"),
            new Endpoint("POST", "/api/v1/claims/{claim}/comments", Least.REVIEWER, "{\"body\":\"Check this.\"}",
                    "comment"),
            new Endpoint("GET", "/api/v1/claims/{claim}/evidence", Least.VIEWER, "", "read evidence"),
            new Endpoint("POST", "/api/v1/claims/{claim}/evidence", Least.REVIEWER,
                    "{\"sourceId\":{source},\"stance\":\"REFUTES\"}", "link evidence"),
            new Endpoint("DELETE", "/api/v1/evidence/{evidence}", Least.REVIEWER, "", "unlink evidence"),
            new Endpoint("GET", "/api/v1/claims/{claim}/history", Least.VIEWER, "", "audit trail: each change's type, its parts and its words"),
            new Endpoint("GET", "/api/v1/claimants", Least.VIEWER, "", "list claimants"),
            new Endpoint("GET", "/api/v1/claimants/{claimant}", Least.VIEWER, "", "read a claimant"),
            new Endpoint("GET", "/api/v1/claimants/{claimant}/claims", Least.VIEWER, "", "track record"),
            new Endpoint("POST", "/api/v1/claimants", Least.REVIEWER, "{\"name\":\"Jen Psaki\",\"kind\":\"PERSON\"}",
                    "create a claimant"),
            new Endpoint("PATCH", "/api/v1/claimants/{claimant}", Least.REVIEWER, "{\"notes\":\"Spokesperson\"}",
                    "edit a claimant"),
            new Endpoint("POST", "/api/v1/claimants/{claimant}/merge", Least.REVIEWER, "{\"into\":{claimant2}}",
                    "merge claimants"),
            new Endpoint("GET", "/api/v1/sources", Least.VIEWER, "", "list sources"),
            new Endpoint("GET", "/api/v1/sources/{source}", Least.VIEWER, "", "read a source"),
            new Endpoint("GET", "/api/v1/sources/{source}/claims", Least.VIEWER, "", "claims citing a source"),
            new Endpoint("POST", "/api/v1/sources", Least.REVIEWER,
                    "{\"url\":\"https://example.org/readout-{n}\",\"title\":\"Readout\",\"kind\":\"OFFICIAL_STATEMENT\"}",
                    "create a source"),
            new Endpoint("PATCH", "/api/v1/sources/{source}", Least.REVIEWER, "{\"notes\":\"Checked\"}",
                    "edit a source"),
            new Endpoint("POST", "/api/v1/suggest", Least.VIEWER, "{\"text\":\"Kiev said 80,000 troops came.\"}",
                    "suggestions for a text"),
            new Endpoint("GET", "/api/v1/documents/{doc}/suggestions", Least.VIEWER, "", "suggestions of a document"),
            new Endpoint("POST", "/api/v1/documents/{doc}/suggestions/dismissals", Least.REVIEWER,
                    "{\"quote\":\"Kiev accused Moscow\"}", "dismiss a suggestion"),
            new Endpoint("POST", "/api/v1/documents/{doc}/suggestions/accept", Least.REVIEWER,
                    "{\"start\":0,\"end\":40}", "accept a suggestion"),
            new Endpoint("GET", "/api/v1/verdicts", Least.VIEWER, "", "the verdict scale"),
            new Endpoint("POST", "/api/v1/admin/verdicts", Least.ADMIN,
                    "{\"code\":\"SATIRE_{n}\",\"label\":\"Satire {n}\",\"color\":\"#884488\"}", "add a verdict"),
            new Endpoint("PATCH", "/api/v1/admin/verdicts/{verdict}", Least.ADMIN, "{\"label\":\"Renamed\"}",
                    "rename or recolour a verdict"),
            new Endpoint("DELETE", "/api/v1/admin/verdicts/{verdict}", Least.ADMIN, "", "delete an unused verdict"),
            new Endpoint("GET", "/api/v1/admin/users", Least.ADMIN, "", "list users"),
            new Endpoint("POST", "/api/v1/admin/users", Least.ADMIN,
                    "{\"username\":\"new-{n}\",\"password\":\"a-long-password-{n}\",\"role\":\"VIEWER\"}", "create a user"),
            new Endpoint("PATCH", "/api/v1/admin/users/{user}", Least.ADMIN, "{\"active\":false}",
                    "change role, password, activity"),
            new Endpoint("GET", "/api/v1/admin/users/{user}/tokens", Least.ADMIN, "",
                    "a user's API tokens (never their secrets)"),
            new Endpoint("DELETE", "/api/v1/admin/users/{user}/tokens/{token}", Least.ADMIN, "",
                    "revoke a user's API token"),
            new Endpoint("POST", "/api/v1/admin/backup", Least.ADMIN, "", "take a backup"),
            new Endpoint("POST", "/api/v1/match", Least.VIEWER, "{\"text\":\"Moscow deployed 80,000 troops\"}",
                    "already checked? for a text"),
            new Endpoint("GET", "/api/v1/claims/{claim}/matches", Least.VIEWER, "", "already checked? for a claim"),
            new Endpoint("PUT", "/api/v1/claims/{claim}/duplicate-of", Least.REVIEWER, "{\"claimId\":null}",
                    "mark a claim a duplicate of another (or clear it)"),
            new Endpoint("GET", "/api/v1/library/collections", Least.VIEWER, "", "imported fact-check collections"),
            new Endpoint("GET", "/api/v1/library/collections/{collection}/fact-checks?q=fixture", Least.VIEWER, "",
                    "a collection's fact-checks"),
            new Endpoint("POST", "/api/v1/library/collections#upload", Least.EDITOR, "",
                    "import fact-checks (multipart: ClaimReview JSON-LD, TSV or CSV)"),
            new Endpoint("DELETE", "/api/v1/library/collections/{collection}", Least.EDITOR, "",
                    "delete a collection of fact-checks"),
            new Endpoint("GET", "/api/v1/publications", Least.VIEWER, "", "the desk's publications, newest first"),
            new Endpoint("GET", "/api/v1/publications/{publication}", Least.VIEWER, "",
                    "a publication: its frozen record, sha256 and previousSha256"),
            new Endpoint("GET", "/api/v1/publications/{publication}/record", Least.VIEWER, "",
                    "a publication's record as stored and hashed"),
            new Endpoint("GET", "/api/v1/claims/{claim}/publications", Least.VIEWER, "",
                    "every published version of a claim's fact check"),
            new Endpoint("GET", "/api/v1/admin/publications/verification", Least.ADMIN, "",
                    "check the chain of publications end to end"));

    /** One published fact check for the publication endpoints (they only read; it is made once). */
    private static String publication;

    /** Callers: anonymous, then one user per role, lowest first. */
    static final List<String> CALLERS = List.of("anonymous", "viewer", "reviewer", "editor", "admin");

    private static final String ADMIN = basic("admin", TestUsers.ADMIN_PASSWORD);
    private static final AtomicInteger N = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Test
    void every_endpoint_answers_every_role_as_the_table_says() throws Exception {
        var unexpected = new ArrayList<String>();
        int calls = 0;
        for (var endpoint : MATRIX) {
            for (int c = 0; c < CALLERS.size(); c++) {
                var caller = CALLERS.get(c);
                var auth = caller.equals("anonymous") ? null
                        : basic(caller, caller.equals("admin") ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD);
                var fixture = fixture(auth);
                var response = mvc.perform(build(endpoint, fixture, auth)).andReturn().getResponse();
                int status = response.getStatus();
                calls++;
                boolean allowedByTable = c > 0 && c >= endpoint.least().ordinal() + 1;
                String problem = null;
                if (!allowedByTable && c == 0 && status != 401) {
                    problem = "expected 401";
                } else if (!allowedByTable && c > 0 && status != 403) {
                    problem = "expected 403";
                } else if (allowedByTable && (status == 401 || status == 403 || status >= 500)) {
                    problem = "expected to be allowed";
                }
                if (problem != null) {
                    unexpected.add(endpoint.method() + " " + endpoint.path() + " as " + caller + ": " + status + " ("
                            + problem + ") " + response.getContentAsString());
                }
            }
        }
        assertThat(unexpected).as("answers that differ from the access table").isEmpty();
        assertThat(calls).isEqualTo(MATRIX.size() * CALLERS.size());
    }

    /**
     * A caller below an endpoint's role is refused on the URL, before the body is read: a malformed
     * body gets 403, not the 400 that parsing it would give (and a huge one costs the server nothing).
     */
    @Test
    void a_write_the_role_may_not_make_is_refused_before_its_body_is_parsed() throws Exception {
        var unexpected = new ArrayList<String>();
        int checked = 0;
        for (var endpoint : MATRIX) {
            if (endpoint.method().equals("GET") || endpoint.least() == Least.VIEWER || endpoint.path().endsWith("#upload")) {
                continue;
            }
            var below = CALLERS.get(endpoint.least().ordinal()); // the role just under the least one
            var auth = basic(below, TestUsers.PASSWORD);
            var path = endpoint.path().replaceAll("\\{[a-z0-9]+\\}", "1");
            var response = mvc.perform(request(HttpMethod.valueOf(endpoint.method()), path)
                    .header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"not json")).andReturn().getResponse();
            checked++;
            if (response.getStatus() != 403) {
                unexpected.add(endpoint.method() + " " + path + " as " + below + ": " + response.getStatus() + " "
                        + response.getContentAsString());
            }
        }
        assertThat(checked).isGreaterThan(25);
        assertThat(unexpected).as("writes that read the body before refusing the role").isEmpty();
    }

    @Test
    void the_readme_shows_the_same_table() throws Exception {
        var readme = Files.readString(Path.of("docs/security.md"));
        var start = readme.indexOf("<!-- api-access:start -->");
        var end = readme.indexOf("<!-- api-access:end -->");
        assertThat(start).as("docs/security.md has the API access table between its markers").isNotNegative();
        var inReadme = readme.substring(start, end).lines().filter(l -> l.startsWith("| `")).toList();
        var expected = MATRIX.stream().map(Endpoint::row).distinct().toList();
        assertThat(inReadme).as("README rows (expected:\n" + String.join("\n", expected) + "\n)")
                .containsExactlyElementsOf(expected);
    }

    /** Fresh data for one call, made by the admin (and a token of the caller's own). */
    private Map<String, String> fixture(String auth) throws Exception {
        int n = N.incrementAndGet();
        var ids = new HashMap<String, String>();
        ids.put("n", String.valueOf(n));
        ids.put("filter", "queue-" + n);
        ids.put("doc", id(post("/api/v1/documents", "{\"title\":\"Access " + n + "\",\"text\":"
                + "\"Kiev accused Moscow of deploying more than 80,000 troops, officials said.\"}")));
        ids.put("claim", id(post("/api/v1/documents/" + ids.get("doc") + "/claims", "{\"start\":0,\"end\":19}")));
        ids.put("claimant", id(post("/api/v1/claimants", "{\"name\":\"Claimant " + n + "\",\"kind\":\"GOVERNMENT\"}")));
        ids.put("claimant2", id(post("/api/v1/claimants", "{\"name\":\"Other " + n + "\",\"kind\":\"GOVERNMENT\"}")));
        ids.put("source", id(post("/api/v1/sources",
                "{\"url\":\"https://example.org/fixture-" + n + "\",\"title\":\"Fixture\",\"kind\":\"NEWS_REPORT\"}")));
        ids.put("evidence", id(post("/api/v1/claims/" + ids.get("claim") + "/evidence",
                "{\"sourceId\":" + ids.get("source") + ",\"stance\":\"SUPPORTS\"}")));
        var verdict = "FIXTURE_" + n;
        post("/api/v1/admin/verdicts", "{\"code\":\"" + verdict + "\",\"label\":\"Fixture " + n + "\",\"color\":\"#123456\"}");
        ids.put("verdict", verdict);
        var collection = mvc.perform(multipart("/api/v1/library/collections").file(new MockMultipartFile("file",
                "fixture.tsv", "text/tab-separated-values", ("id\tclaim\turl\n1\tFixture claim " + n
                        + "\thttps://checks.example/fixture-" + n + "\n").getBytes(StandardCharsets.UTF_8)))
                .header(HttpHeaders.AUTHORIZATION, ADMIN)).andReturn().getResponse().getContentAsString();
        if (publication == null) {
            publication = String.valueOf(org.factdesk.api.PublishedFixture.publish(mvc, "Access", "Claimant published")
                    .publication());
        }
        ids.put("publication", publication);
        ids.put("collection", String.valueOf(((Number) JsonPath.read(collection, "$.collection.id")).longValue()));
        var user = "fixture-" + n;
        post("/api/v1/admin/users", "{\"username\":\"" + user + "\",\"password\":\"fixture-password-" + n
                + "\",\"role\":\"VIEWER\"}");
        ids.put("user", user);
        if (auth != null) {
            var token = mvc.perform(request(HttpMethod.POST, "/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, auth)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"fixture\"}"))
                    .andReturn().getResponse().getContentAsString();
            ids.put("token", String.valueOf(((Number) JsonPath.read(token, "$.id")).longValue()));
        } else {
            ids.put("token", "1");
        }
        return ids;
    }

    private RequestBuilder build(Endpoint endpoint, Map<String, String> ids, String auth) {
        if (endpoint.path().endsWith("#upload")) {
            var target = endpoint.path().replace("#upload", "");
            var upload = target.equals("/api/v1/documents")
                    ? multipart(target).file(new MockMultipartFile("file", "upload.txt", "text/plain",
                            "Uploaded text.".getBytes(StandardCharsets.UTF_8)))
                    : multipart(target).file(new MockMultipartFile("file", "checks.tsv", "text/tab-separated-values",
                            ("id\tclaim\turl\n1\tUploaded claim " + ids.get("n") + "\thttps://checks.example/upload-"
                                    + ids.get("n") + "\n").getBytes(StandardCharsets.UTF_8)));
            if (auth != null) {
                upload.header(HttpHeaders.AUTHORIZATION, auth);
            }
            return upload;
        }
        MockHttpServletRequestBuilder builder;
        {
            builder = request(HttpMethod.valueOf(endpoint.method()), fill(endpoint.path(), ids));
            if (!endpoint.body().isEmpty()) {
                builder.contentType(MediaType.APPLICATION_JSON).content(fill(endpoint.body(), ids));
            }
        }
        if (auth != null) {
            builder.header(HttpHeaders.AUTHORIZATION, auth);
        }
        return builder;
    }

    private static String fill(String template, Map<String, String> ids) {
        var result = template;
        for (var entry : ids.entrySet()) {
            result = result.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return result;
    }

    private String post(String path, String json) throws Exception {
        var response = mvc.perform(request(HttpMethod.POST, path).header(HttpHeaders.AUTHORIZATION, ADMIN)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " " + response.getContentAsString()).isBetween(200, 201);
        return response.getContentAsString();
    }

    private static String id(String json) {
        return String.valueOf(((Number) JsonPath.read(json, "$.id")).longValue());
    }
}
