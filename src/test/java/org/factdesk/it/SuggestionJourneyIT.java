package org.factdesk.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Playwright;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer asks for suggestions in a real browser, sees them dashed, and accepts one with a single key. */
class SuggestionJourneyIT {

    @Test
    void a_suggestion_is_drawn_dashed_and_accepted_with_the_a_key(@TempDir Path tmp) throws Exception {
        Chromium.executable();
        try (var app = new FactdeskProcess(tmp.resolve("data")).start();
                var playwright = Playwright.create();
                var browser = Chromium.launch(playwright)) {
            var http = HttpClient.newHttpClient();
            var text = Files.readString(Path.of("sample-data/documents/biden-invited-putin.txt"));
            var created = http.send(HttpRequest.newBuilder(app.uri("/api/v1/documents"))
                    .header("Authorization", FactdeskProcess.basicAdmin()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Fresh copy\",\"text\":"
                            + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text) + "}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            var id = created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
            var page = browser.newPage();
            ClaimJourneyIT.signIn(page, app);
            page.navigate(app.baseUrl() + "/documents/" + id);
            page.waitForSelector("fd-reader[data-rendered]");

            page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Suggest")).click();
            assertThat(page.locator(".fd-suggestion-card").first()).isVisible();
            assertThat(ClaimJourneyIT.highlighted(page, "fd-suggestion"))
                    .anyMatch(t -> t.contains("more than 80,000 troops"));

            var card = page.locator(".fd-suggestion-card", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText("80,000 troops")).first();
            // The card says what raised the sentence's score, in words.
            assertThat(card.locator(".fd-reasons")).containsText("Scored up by:");
            card.locator(".fd-snippet").click();
            // The current suggestion is marked in the text once the server has answered the click.
            page.waitForFunction("() => { const h = CSS.highlights.get('fd-suggestion-current'); "
                    + "return h && [...h].some(r => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); "
                    + "x.setEnd(r.endContainer, r.endOffset); return x.toString().includes('80,000 troops'); }); }");
            assertThat(card).hasAttribute("aria-current", "true");
            page.keyboard().press("a");
            assertThat(ClaimJourneyIT.notification(page, "Claim created from the suggestion")).isVisible();
            assertThat(page.locator(".fd-suggestion-card", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText("80,000 troops"))).hasCount(0);

            var claims = http.send(HttpRequest.newBuilder(app.uri("/api/v1/documents/" + id + "/claims"))
                    .header("Authorization", FactdeskProcess.basicAdmin()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(claims.body()).contains("80,000 troops").contains("\"name\":\"Kyiv\"");
        }
    }
}
