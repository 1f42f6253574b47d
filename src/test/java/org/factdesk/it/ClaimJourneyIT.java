package org.factdesk.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer highlights a claim in a real browser; after a reload the highlight is on the same words. */
class ClaimJourneyIT {

    static void signIn(Page page, FactdeskProcess app) {
        page.navigate(app.baseUrl() + "/login");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill(FactdeskProcess.ADMIN_PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(app.baseUrl() + "/");
    }

    /** A notification card showing the given text. */
    static com.microsoft.playwright.Locator notification(Page page, String text) {
        return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text)).first();
    }

    /** Selects the first occurrence of a phrase in the reader the way a mouse would, and lets go. */
    static void selectPhrase(Page page, String phrase) {
        page.locator(".fd-reader-text").focus();
        page.evaluate("""
                phrase => {
                  const reader = document.querySelector('fd-reader');
                  const p = [...reader.querySelectorAll('p')].find(p => p.textContent.includes(phrase));
                  const node = p.firstChild;
                  const i = node.data.indexOf(phrase);
                  const range = document.createRange();
                  range.setStart(node, i);
                  range.setEnd(node, i + phrase.length);
                  const selection = getSelection();
                  selection.removeAllRanges();
                  selection.addRange(range);
                  reader.querySelector('.fd-reader-text').dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
                }""", phrase);
    }

    /** The text of every range of a highlight, as the browser paints it. */
    @SuppressWarnings("unchecked")
    static List<String> highlighted(Page page, String name) {
        return (List<String>) page.evaluate("name => { const h = CSS.highlights.get(name); "
                + "if (!h) return []; return [...h].map(r => { const x = document.createRange(); "
                + "x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x.toString(); }); }",
                name);
    }

    @Test
    void a_claim_created_from_a_selection_stays_on_the_same_words_after_reload(@TempDir Path tmp) throws Exception {
        Chromium.executable();
        try (var app = new FactdeskProcess(tmp.resolve("data")).start();
                var playwright = Playwright.create();
                var browser = Chromium.launch(playwright)) {
            var page = browser.newPage();
            signIn(page, app);
            page.navigate(app.baseUrl() + "/documents/1");
            page.waitForSelector("fd-reader[data-rendered]");

            selectPhrase(page, "more than at any time since 2014");
            assertThat(page.locator(".fd-reader-popover button")).isVisible();
            page.keyboard().press("Enter");
            assertThat(notification(page, "Claim created")).isVisible();

            page.reload();
            page.waitForSelector("fd-reader[data-rendered]");
            // The sample's five claims and the new one, nested inside the Psaki claim.
            assertThat(page.locator("fd-reader").getAttribute("data-rendered")).isEqualTo("6");
            assertThat(highlighted(page, "fd-unchecked")).contains("more than at any time since 2014");
            assertThat(highlighted(page, "fd-overlap")).contains("more than at any time since 2014");

            // The API agrees, in code points.
            var http = HttpClient.newHttpClient();
            var claims = http.send(HttpRequest.newBuilder(app.uri("/api/v1/documents/1/claims"))
                    .header("Authorization", FactdeskProcess.basicAdmin()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(claims.body()).contains("\"exact\":\"more than at any time since 2014\"");
        }
    }

    @Test
    void emoji_before_a_selection_do_not_shift_the_claim(@TempDir Path tmp) throws Exception {
        Chromium.executable();
        try (var app = new FactdeskProcess(tmp.resolve("data")).start();
                var playwright = Playwright.create();
                var browser = Chromium.launch(playwright)) {
            var http = HttpClient.newHttpClient();
            var text = "\uD83D\uDE80\uD83D\uDE80 Launch day.\\nThe ministry said 80,000 troops moved.";
            var created = http.send(HttpRequest.newBuilder(app.uri("/api/v1/documents"))
                    .header("Authorization", FactdeskProcess.basicAdmin()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Emoji\",\"text\":\"" + text + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            var id = created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
            var page = browser.newPage();
            signIn(page, app);
            page.navigate(app.baseUrl() + "/documents/" + id);
            page.waitForSelector("fd-reader[data-rendered]");

            selectPhrase(page, "80,000 troops");
            page.locator(".fd-reader-popover button").click();
            assertThat(notification(page, "Claim created")).isVisible();

            var claims = http.send(HttpRequest.newBuilder(app.uri("/api/v1/documents/" + id + "/claims"))
                    .header("Authorization", FactdeskProcess.basicAdmin()).build(), HttpResponse.BodyHandlers.ofString());
            // Two emoji, a space, "Launch day." and a newline come first: 15 code points, 17 UTF-16 units.
            assertThat(claims.body()).contains("\"exact\":\"80,000 troops\"").contains("\"start\":33").contains("\"end\":46");
        }
    }
}
