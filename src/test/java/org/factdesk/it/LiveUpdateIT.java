package org.factdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two people on one document: one changes a claim, the other's open reader shows it within 2 seconds. */
class LiveUpdateIT {

    @Test
    void another_users_change_reaches_an_open_reader_within_two_seconds(@TempDir Path tmp) throws Exception {
        Chromium.executable();
        try (var app = new FactdeskProcess(tmp.resolve("data")).start();
                var playwright = Playwright.create();
                var browser = Chromium.launch(playwright)) {
            var http = HttpClient.newHttpClient();
            var created = http.send(HttpRequest.newBuilder(app.uri("/api/v1/admin/users"))
                    .header("Authorization", FactdeskProcess.basicAdmin()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"alice\",\"password\":\"alice-password-1\",\"role\":\"REVIEWER\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);

            var page = browser.newContext().newPage();
            ClaimJourneyIT.signIn(page, app);
            page.navigate(app.baseUrl() + "/documents/1");
            page.waitForSelector("fd-reader[data-rendered]");
            assertThat(ClaimJourneyIT.highlighted(page, "fd-in-research")).isEmpty();

            var alice = "Basic " + Base64.getEncoder().encodeToString("alice:alice-password-1".getBytes(StandardCharsets.UTF_8));
            var moved = http.send(HttpRequest.newBuilder(app.uri("/api/v1/claims/3/transitions"))
                    .header("Authorization", alice).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"IN_RESEARCH\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            long changedAt = System.nanoTime();

            var note = ClaimJourneyIT.notification(page, "alice changed claim 3");
            note.waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(2_000));
            page.waitForFunction("() => { const h = CSS.highlights.get('fd-in-research'); return h && h.size === 1; }",
                    null, new Page.WaitForFunctionOptions().setTimeout(2_000));
            assertThat((System.nanoTime() - changedAt) / 1_000_000).as("milliseconds until the other reader showed it")
                    .isLessThanOrEqualTo(2_000);
            assertThat(ClaimJourneyIT.highlighted(page, "fd-in-research")).containsExactly(
                    "Moscow of deploying more than 80,000 troops on the Ukrainian border and in the annexed Crimea");
        }
    }
}
