package org.factdesk.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.factdesk.IntegrationTest;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.security.SystemTask;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first paint in the reader's first response: the text and its claims for a signed-in reader,
 * nothing for anyone else or for a page that is not a document; hostile text stays data.
 */
@IntegrationTest
class FirstPaintTest {

    private static final String PAGE = "<!DOCTYPE html><html><head></head><body><div id=\"outlet\"></div></body></html>";
    private static final String HOSTILE = "Officials said </script><script>window.__pwned = 1</script><!-- and"
            + " \u2028 \"quotes\" happened.\nSecond line \uD83D\uDC4D with 5,000 troops.";

    @Autowired
    FirstPaint firstPaint;
    @Autowired
    DocumentService documents;
    @Autowired
    ClaimService claims;
    @Autowired
    SystemTask systemTask;

    private long[] documentWithClaim() {
        var ids = new long[2];
        systemTask.run(() -> {
            var document = documents.create(DocumentMetadata.titled("First paint </h1><b>bold</b>"), HOSTILE);
            ids[0] = document.id();
            int start = HOSTILE.codePointCount(0, HOSTILE.indexOf("5,000"));
            ids[1] = claims.create(document.id(), NewClaim.at(start, start + 12)).id();
        });
        return ids;
    }

    private Document page(String path) {
        var page = Jsoup.parse(PAGE);
        var request = new MockHttpServletRequest("GET", path);
        firstPaint.modify(new IndexHtmlResponse(new VaadinServletRequest(request, null), null, page));
        // What the browser gets: the page written out and read again.
        return Jsoup.parse(page.outerHtml());
    }

    @Test
    @WithUserDetails("viewer")
    void a_signed_in_reader_gets_the_text_and_its_claims_in_the_first_response_as_data() throws Exception {
        var ids = documentWithClaim();
        var page = page("/documents/" + ids[0]);

        var shell = page.getElementById("fd-first-paint");
        assertThat(shell).isNotNull();
        assertThat(shell.selectFirst("h1").text()).isEqualTo("First paint </h1><b>bold</b>");
        assertThat(shell.select("b")).isEmpty();
        assertThat(shell.select("fd-first-paint")).hasSize(1);
        // Before the application's outlet, so it is drawn before the application's scripts run.
        assertThat(page.body().children().last().id()).isEqualTo("outlet");

        // The hostile text neither ends the data element nor adds one: three scripts, in this order.
        var scripts = page.body().select("script");
        assertThat(scripts).hasSize(3);
        assertThat(scripts.get(0).attr("type")).isEqualTo("application/json");
        assertThat(scripts.get(1).attr("src")).isEqualTo("frontend/fd-reader.js");
        assertThat(scripts.get(2).data()).isEqualTo(FirstPaint.BOOT);
        assertThat(scripts.get(0).data()).doesNotContain("<");

        var data = JsonMapper.builder().build().readTree(scripts.get(0).data());
        assertThat(data.get("text").asString()).isEqualTo(documents.get(ids[0]).text());
        var rows = JsonMapper.builder().build().readTree(data.get("claims").asString());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(0).asLong()).isEqualTo(ids[1]);
        assertThat(rows.get(0).get(3).asString()).isEqualTo("UNCHECKED");
    }

    @Test
    @WithUserDetails("viewer")
    void other_pages_and_missing_documents_are_left_as_vaadin_writes_them() {
        var ids = documentWithClaim();
        for (var path : new String[] {"/documents", "/documents/999999999", "/documents/" + ids[0] + "/x", "/claims",
                "/documents/" + ids[0] + "1234567890123456789"}) {
            assertThat(page(path).getElementById("fd-first-paint")).as(path).isNull();
            assertThat(page(path).select("script")).as(path).isEmpty();
        }
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_gets_no_text() {
        long id = documentWithClaim()[0];
        var page = page("/documents/" + id);
        assertThat(page.getElementById("fd-first-paint")).isNull();
        assertThat(page.outerHtml()).doesNotContain("Officials said");
    }
}
